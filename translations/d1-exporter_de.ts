<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name, query or fragment.</source>
        <translation>Die API-Basis-URL darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a server on this computer; use https for %1.</source>
        <translation>Unverschlüsseltes http ist nur für einen Server auf diesem Computer erlaubt; verwenden Sie https für %1.</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>Die API-Basis-URL muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ApiEnvelope</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is an HTML or XML page, not JSON</source>
        <translation>die Antwort ist eine HTML- oder XML-Seite, kein JSON</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer is JSON but not an object</source>
        <translation>die Antwort ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot; field</source>
        <translation>die Antwort hat kein Feld „success“</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>Der Server ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1.</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden: %1.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not a Cloudflare API response.</source>
        <translation>Der Server hat etwas gesendet, das keine Antwort der Cloudflare-API ist.</translation>
    </message>
    <message>
        <source>Cloudflare did not accept the credentials.</source>
        <translation>Cloudflare hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The credentials are not allowed to do this.</source>
        <translation>Die Zugangsdaten haben dafür keine Berechtigung.</translation>
    </message>
    <message>
        <source>The account was not found or is not available to these credentials.</source>
        <translation>Das Konto wurde nicht gefunden oder ist mit diesen Zugangsdaten nicht erreichbar.</translation>
    </message>
    <message>
        <source>The database was not found in this account.</source>
        <translation>Die Datenbank wurde in diesem Konto nicht gefunden.</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>Der Server kennt diese Adresse nicht.</translation>
    </message>
    <message>
        <source>D1 is already exporting this database.</source>
        <translation>D1 exportiert diese Datenbank bereits.</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached.</source>
        <translation>Das Anfragelimit von Cloudflare wurde erreicht.</translation>
    </message>
    <message>
        <source>Cloudflare reported an internal error.</source>
        <translation>Cloudflare hat einen internen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Cloudflare refused the request.</source>
        <translation>Cloudflare hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>D1 could not export the database: %1</source>
        <translation>D1 konnte die Datenbank nicht exportieren: %1</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>Der Download-Link ist abgelaufen.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The dump could not be loaded into SQLite: %1</source>
        <translation>Der Dump ließ sich nicht in SQLite laden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS, then try again.</source>
        <translation>Prüfen Sie die Systemuhr und jeden Proxy, der HTTPS abfängt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A proxy or Cloudflare&apos;s edge may be having trouble; try again in a few minutes.</source>
        <translation>Ein Proxy oder das Edge-Netz von Cloudflare hat möglicherweise Probleme; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Check the API token (or the email and global API key); it may be mistyped, expired or revoked.</source>
        <translation>Prüfen Sie das API-Token (bzw. E-Mail-Adresse und globalen API-Schlüssel); es ist vielleicht falsch eingegeben, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>Give the API token the &quot;D1&quot; permission (read or edit) for this account, or use another token.</source>
        <translation>Geben Sie dem API-Token die Berechtigung „D1“ (Lesen oder Bearbeiten) für dieses Konto oder verwenden Sie ein anderes Token.</translation>
    </message>
    <message>
        <source>Check the account ID (32 hexadecimal characters, shown in the Cloudflare dashboard).</source>
        <translation>Prüfen Sie die Konto-ID (32 Hexadezimalzeichen, angezeigt im Cloudflare-Dashboard).</translation>
    </message>
    <message>
        <source>Check the database name or ID, and that it belongs to the chosen account.</source>
        <translation>Prüfen Sie Namen oder ID der Datenbank und ob sie zum gewählten Konto gehört.</translation>
    </message>
    <message>
        <source>Wait for the running export to finish (or to be cancelled by D1 after a while), then try again.</source>
        <translation>Warten Sie, bis der laufende Export fertig ist (oder von D1 nach einer Weile abgebrochen wird), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again.</source>
        <translation>Warten Sie ein paar Minuten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check Cloudflare&apos;s status page.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; wenn es weiter passiert, sehen Sie auf der Statusseite von Cloudflare nach.</translation>
    </message>
    <message>
        <source>Start the export again to get a fresh link.</source>
        <translation>Starten Sie den Export erneut, um einen neuen Link zu erhalten.</translation>
    </message>
    <message>
        <source>Try the export again.</source>
        <translation>Versuchen Sie den Export erneut.</translation>
    </message>
    <message>
        <source>Choose another location, or free some disk space, and try again.</source>
        <translation>Wählen Sie einen anderen Speicherort oder schaffen Sie Platz auf dem Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Export again; if it keeps happening, keep the SQL file and report the statement named above.</source>
        <translation>Exportieren Sie erneut; wenn es weiter passiert, behalten Sie die SQL-Datei und melden Sie die oben genannte Anweisung.</translation>
    </message>
    <message>
        <source>Check the message from D1 above, then try again.</source>
        <translation>Prüfen Sie die Meldung von D1 oben und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Not in the database: %1</source>
        <translation>Nicht in der Datenbank: %1</translation>
    </message>
    <message>
        <source>The local database could not be read: %1</source>
        <translation>Die lokale Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Check the table names (the &quot;tables&quot; command lists them); nothing was exported.</source>
        <translation>Prüfen Sie die Tabellennamen (der Befehl „tables“ listet sie auf); es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Check that wrangler has created the local database, then try again.</source>
        <translation>Prüfen Sie, ob wrangler die lokale Datenbank angelegt hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The export did not finish within the time limit: %1.</source>
        <translation>Der Export wurde nicht innerhalb des Zeitlimits fertig: %1.</translation>
    </message>
    <message>
        <source>Try again later, or allow more time (--timeout on the command line, Options in the window).</source>
        <translation>Versuchen Sie es später erneut oder erlauben Sie mehr Zeit (--timeout auf der Kommandozeile, Optionen im Fenster).</translation>
    </message>
    <message>
        <source>D1 is importing into this database right now.</source>
        <translation>D1 importiert gerade in diese Datenbank.</translation>
    </message>
    <message>
        <source>D1 could not import the file: %1</source>
        <translation>D1 konnte die Datei nicht importieren: %1</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>Das Hochladen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Importing (and creating or restoring a database) needs an API token with the D1 Edit permission; these credentials may only read D1.</source>
        <translation>Das Importieren (und das Anlegen oder Wiederherstellen einer Datenbank) braucht ein API-Token mit der Berechtigung D1 Edit; diese Zugangsdaten dürfen D1 nur lesen.</translation>
    </message>
    <message>
        <source>Wait until the running import has finished (D1 blocks the database until then), then try again.</source>
        <translation>Warten Sie, bis der laufende Import abgeschlossen ist (D1 sperrt die Datenbank bis dahin), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>D1 rolled the import back: the database is as it was. Fix the statement named above and import again.</source>
        <translation>D1 hat den Import zurückgerollt: Die Datenbank ist unverändert. Korrigieren Sie die oben genannte Anweisung und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Check the connection and import again; nothing was changed on D1.</source>
        <translation>Prüfen Sie die Verbindung und importieren Sie erneut; auf D1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Choose a .sql or .sql.gz dump (ours, wrangler&apos;s or sqlite3&apos;s .dump) or an SQLite database file; nothing was sent to D1.</source>
        <translation>Wählen Sie einen .sql- oder .sql.gz-Dump (unseren, den von wrangler oder den .dump von sqlite3) oder eine SQLite-Datenbankdatei; an D1 wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Give the token Account → D1 → Edit (Cloudflare dashboard, My Profile → API Tokens), or use another token. Nothing was uploaded.</source>
        <translation>Geben Sie dem Token Account → D1 → Edit (Cloudflare-Dashboard, My Profile → API Tokens) oder verwenden Sie ein anderes Token. Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>D1&apos;s answer to the import request was lost, and D1 shows no import under the bookmark from before it: whether D1 is importing the file is not known.</source>
        <translation>Die Antwort von D1 auf die Import-Anfrage ging verloren, und D1 zeigt keinen Import unter dem Bookmark von davor: Ob D1 die Datei importiert, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Wait until the database answers queries again, look whether the rows are there, and import again only if they are not.</source>
        <translation>Warten Sie, bis die Datenbank wieder Abfragen beantwortet, sehen Sie nach, ob die Zeilen da sind, und importieren Sie nur dann erneut, wenn sie es nicht sind.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Database name, UUID or binding (export, tables).</source>
        <translation>Name, UUID oder Binding der Datenbank (export, tables).</translation>
    </message>
    <message>
        <source>Unknown option %1.%2</source>
        <translation>Unbekannte Option %1.%2</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>der Befehl</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.%2</source>
        <translation>Unbekannter Befehl „%1“.%2</translation>
    </message>
    <message>
        <source>%1 does not apply to &quot;%2&quot; (it is an option of %3). See &quot;%2 --help&quot;.</source>
        <translation>%1 gilt nicht für „%2“ (es ist eine Option von %3). Siehe „%2 --help“.</translation>
    </message>
    <message>
        <source>--table takes one table each time: write --table %1 --table %2, or --table %1,%2 (&quot;%2&quot; was read as a further argument).</source>
        <translation>--table nimmt jeweils eine Tabelle: Schreiben Sie --table %1 --table %2 oder --table %1,%2 („%2“ wurde als weiteres Argument gelesen).</translation>
    </message>
    <message>
        <source>Name the database to use, e.g. &quot;%1 my-db&quot;.</source>
        <translation>Nennen Sie die zu verwendende Datenbank, z. B. „%1 my-db“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments (&quot;%2&quot; was not expected).</source>
        <translation>„%1“ nimmt keine weiteren Argumente („%2“ wurde nicht erwartet).</translation>
    </message>
    <message>
        <source>--table needs a table name.</source>
        <translation>--table braucht einen Tabellennamen.</translation>
    </message>
    <message>
        <source>--local and --remote exclude each other.</source>
        <translation>--local und --remote schließen einander aus.</translation>
    </message>
    <message>
        <source>--%1 is about Cloudflare; it does not apply to --local.</source>
        <translation>--%1 betrifft Cloudflare; es gilt nicht für --local.</translation>
    </message>
    <message>
        <source>--persist-to says where the local development data is: it needs --local.</source>
        <translation>--persist-to gibt an, wo die lokalen Entwicklungsdaten liegen: Es braucht --local.</translation>
    </message>
    <message>
        <source>export, backup, accounts, databases, tables, import or restore</source>
        <translation>export, backup, accounts, databases, tables, import oder restore</translation>
    </message>
</context>
<context>
    <name>DumpSandbox</name>
    <message numerus="yes">
        <source>it ran longer than %n second(s); a D1 dump&apos;s statements take far less</source>
        <translation>
            <numerusform>sie lief länger als %n Sekunde; die Anweisungen eines D1-Dumps brauchen weit weniger</numerusform>
            <numerusform>sie lief länger als %n Sekunden; die Anweisungen eines D1-Dumps brauchen weit weniger</numerusform>
        </translation>
    </message>
    <message>
        <source>a D1 dump holds no %1; the file was not loaded further</source>
        <translation>%1 kommt in einem D1-Dump nicht vor; die Datei wurde nicht weiter geladen</translation>
    </message>
    <message>
        <source>statement on the database &quot;%1&quot;</source>
        <translation>Anweisung auf der Datenbank „%1“</translation>
    </message>
    <message>
        <source>call of %1()</source>
        <translation>Aufruf von %1()</translation>
    </message>
    <message>
        <source>PRAGMA %1</source>
        <translation>PRAGMA %1</translation>
    </message>
    <message>
        <source>ATTACH (of %1)</source>
        <translation>ATTACH (von %1)</translation>
    </message>
    <message>
        <source>statement of this kind (SQLite action %1)</source>
        <translation>Anweisung dieser Art (SQLite-Aktion %1)</translation>
    </message>
</context>
<context>
    <name>DumpVerifier</name>
    <message>
        <source>Not verified.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The dump does not load into SQLite: %1</source>
        <translation>Der Dump lässt sich nicht in SQLite laden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite and every row count matches the live database (%n table(s), %1 rows).</source>
        <translation>
            <numerusform>Geprüft: Der Dump lässt sich in SQLite laden und jede Zeilenzahl stimmt mit der Live-Datenbank überein (%n Tabelle, %1 Zeilen).</numerusform>
            <numerusform>Geprüft: Der Dump lässt sich in SQLite laden und jede Zeilenzahl stimmt mit der Live-Datenbank überein (%n Tabellen, %1 Zeilen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite (%n table(s), %1 rows; live counts not compared).</source>
        <translation>
            <numerusform>Geprüft: Der Dump lässt sich in SQLite laden (%n Tabelle, %1 Zeilen; Live-Zahlen nicht verglichen).</numerusform>
            <numerusform>Geprüft: Der Dump lässt sich in SQLite laden (%n Tabellen, %1 Zeilen; Live-Zahlen nicht verglichen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dump loads into SQLite, but %n row count(s) differ from the live database: %1</source>
        <translation>
            <numerusform>Der Dump lässt sich in SQLite laden, aber %n Zeilenzahl weicht von der Live-Datenbank ab: %1</numerusform>
            <numerusform>Der Dump lässt sich in SQLite laden, aber %n Zeilenzahlen weichen von der Live-Datenbank ab: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) exceed D1&apos;s 100 KB statement limit (longest %1): the dump loads into SQLite but not back into D1 as is.</source>
        <translation>
            <numerusform>%n Anweisung überschreitet das Limit von D1 von 100 KB pro Anweisung (längste %1): Der Dump lässt sich in SQLite laden, aber nicht unverändert zurück in D1.</numerusform>
            <numerusform>%n Anweisungen überschreiten das Limit von D1 von 100 KB pro Anweisung (längste %1): Der Dump lässt sich in SQLite laden, aber nicht unverändert zurück in D1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no temporary database in %1: %2</source>
        <translation>keine temporäre Datenbank in %1: %2</translation>
    </message>
    <message>
        <source>statement %1: %2 (%3…)</source>
        <translation>Anweisung %1: %2 (%3…)</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but is missing from the dump</source>
        <translation>%1 hat %2 Zeilen in D1, fehlt aber im Dump</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but %3 in the dump</source>
        <translation>%1 hat %2 Zeilen in D1, aber %3 im Dump</translation>
    </message>
    <message>
        <source>the SQLite database could not be written to disk in %1</source>
        <translation>die SQLite-Datenbank konnte nicht in %1 auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 konnte nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>statement %1 is longer than %2: not a D1 dump (its statements are at most a few MB); the file was not loaded further</source>
        <translation>Anweisung %1 ist länger als %2: kein D1-Dump (seine Anweisungen sind höchstens einige MB groß); die Datei wurde nicht weiter geladen</translation>
    </message>
    <message numerus="yes">
        <source>statement %1 could not be told apart within %n second(s): not a D1 dump</source>
        <translation>
            <numerusform>Anweisung %1 ließ sich nicht innerhalb von %n Sekunde abgrenzen: kein D1-Dump</numerusform>
            <numerusform>Anweisung %1 ließ sich nicht innerhalb von %n Sekunden abgrenzen: kein D1-Dump</numerusform>
        </translation>
    </message>
    <message>
        <source>the download started again from its first byte</source>
        <translation>der Download hat wieder beim ersten Byte begonnen</translation>
    </message>
    <message>
        <source>the decompressor could not be started</source>
        <translation>der Dekomprimierer konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>a row written into sqlite_schema that is not one of sqlite3&apos;s virtual tables</source>
        <translation>eine in sqlite_schema geschriebene Zeile, die keine der virtuellen Tabellen von sqlite3 ist</translation>
    </message>
    <message>
        <source>the virtual tables of the dump could not be made: %1</source>
        <translation>die virtuellen Tabellen des Dumps konnten nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>the virtual table %1 of the dump cannot be read: %2</source>
        <translation>die virtuelle Tabelle %1 des Dumps kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation>Anweisung %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDependencies</name>
    <message>
        <source>the trigger %1 uses %2</source>
        <translation>der Trigger %1 verwendet %2</translation>
    </message>
    <message>
        <source>the view %1 reads %2</source>
        <translation>die View %1 liest %2</translation>
    </message>
    <message>
        <source>the table %1 has a foreign key to %2</source>
        <translation>die Tabelle %1 hat einen Fremdschlüssel auf %2</translation>
    </message>
    <message>
        <source>Not exported but needed: %1. Without them the dump loads, but fails on first use.</source>
        <translation>Nicht exportiert, aber benötigt: %1. Ohne sie lässt sich der Dump laden, schlägt aber bei der ersten Verwendung fehl.</translation>
    </message>
</context>
<context>
    <name>ImportTransform</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a statement of %1 bytes came out longer than D1&apos;s limit of %2 bytes (a fault of this program: please report it)</source>
        <translation>eine Anweisung mit %1 Bytes ist länger geworden als das Limit von D1 von %2 Bytes (ein Fehler dieses Programms: Bitte melden Sie ihn)</translation>
    </message>
    <message>
        <source>a row has too many columns to be written in statements of at most %1 bytes</source>
        <translation>eine Zeile hat zu viele Spalten, um in Anweisungen von höchstens %1 Bytes geschrieben zu werden</translation>
    </message>
    <message>
        <source>a value could not be cut into pieces of at most %1 bytes</source>
        <translation>ein Wert konnte nicht in Stücke von höchstens %1 Bytes zerlegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the database&apos;s schema cannot be read: %1</source>
        <translation>das Schema der Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: D1&apos;s own table (_cf_*), left out</source>
        <translation>%1: eigene Tabelle von D1 (_cf_*), weggelassen</translation>
    </message>
    <message>
        <source>%1: belongs to D1&apos;s own table %2, left out</source>
        <translation>%1: gehört zur eigenen Tabelle %2 von D1, weggelassen</translation>
    </message>
    <message>
        <source>the rows of %1 cannot be read: %2</source>
        <translation>die Zeilen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the columns of %1 cannot be read: %2</source>
        <translation>die Spalten von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: a contentless full-text table, recreated empty (its rows cannot be read back)</source>
        <translation>%1: eine inhaltslose Volltexttabelle, leer neu angelegt (ihre Zeilen lassen sich nicht zurücklesen)</translation>
    </message>
    <message>
        <source>%1 would be replaced by its own transformed copy: choose another file for the SQL that is uploaded.</source>
        <translation>%1 würde durch seine eigene umgewandelte Kopie ersetzt: Wählen Sie eine andere Datei für das SQL, das hochgeladen wird.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the path and that you may read the file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import. Choose an SQL dump or a SQLite database file.</source>
        <translation>%1 ist leer: Es gibt nichts zu importieren. Wählen Sie einen SQL-Dump oder eine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an SQL dump: it was probably saved from a browser or an error page instead of the file itself. Download or export the database again.</source>
        <translation>%1 ist eine Webseite (HTML), kein SQL-Dump: Sie wurde vermutlich aus einem Browser oder als Fehlerseite statt der Datei selbst gespeichert. Laden Sie die Datenbank erneut herunter, oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is neither an SQL dump nor a SQLite database (it holds binary data). Choose a .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>%1 ist weder ein SQL-Dump noch eine SQLite-Datenbank (die Datei enthält Binärdaten). Wählen Sie einen .sql- oder .sql.gz-Dump oder eine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The dump is loaded into a temporary database in %1 before it is written for D1, but that folder cannot be written to. Choose an output file in a folder you can write to.</source>
        <translation>Der Dump wird in eine temporäre Datenbank in %1 geladen, bevor er für D1 geschrieben wird, aber in diesen Ordner kann nicht geschrieben werden. Wählen Sie eine Ausgabedatei in einem Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 is cut short (the compressed file ends too early): it was not downloaded or saved completely. Download or export it again.</source>
        <translation>%1 ist abgeschnitten (die komprimierte Datei endet zu früh): Sie wurde nicht vollständig heruntergeladen oder gespeichert. Laden Sie sie erneut herunter, oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQL dump: %2. Choose a complete .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>%1 kann nicht als SQL-Dump gelesen werden: %2. Wählen Sie einen vollständigen .sql- oder .sql.gz-Dump oder eine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SQLite database: %2. Choose an intact SQLite database file or an SQL dump.</source>
        <translation>%1 kann nicht als SQLite-Datenbank geöffnet werden: %2. Wählen Sie eine intakte SQLite-Datenbankdatei oder einen SQL-Dump.</translation>
    </message>
    <message>
        <source>%1 could not be turned into SQL for D1: %2</source>
        <translation>%1 konnte nicht in SQL für D1 umgewandelt werden: %2</translation>
    </message>
</context>
<context>
    <name>LiveValueCheckJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 hat dafür %n Zeile gelesen</numerusform>
            <numerusform>D1 hat dafür %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: not compared with D1.</source>
        <translation>Werte: nicht mit D1 verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>Values: every value of the %n table(s) is the same in the dump as on D1 (%1).</source>
        <translation>
            <numerusform>Werte: Jeder Wert der %n Tabelle ist im Dump genauso wie in D1 (%1).</numerusform>
            <numerusform>Werte: Jeder Wert der %n Tabellen ist im Dump genauso wie in D1 (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values: %n table(s) hold values that differ from D1&apos;s: %1 (%2).</source>
        <translation>
            <numerusform>Werte: %n Tabelle enthält Werte, die von denen in D1 abweichen: %1 (%2).</numerusform>
            <numerusform>Werte: %n Tabellen enthalten Werte, die von denen in D1 abweichen: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: could not be compared with D1 (%1).</source>
        <translation>Werte: konnten nicht mit D1 verglichen werden (%1).</translation>
    </message>
    <message>
        <source>Values: comparison cancelled.</source>
        <translation>Werte: Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>Comparing values with D1: loading the saved dump once more…</source>
        <translation>Werte werden mit D1 verglichen: Der gespeicherte Dump wird erneut geladen…</translation>
    </message>
    <message>
        <source>the loaded dump could not be read</source>
        <translation>der geladene Dump konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>D1&apos;s answer was incomplete</source>
        <translation>Die Antwort von D1 war unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>%1: compared in %n D1 queries.</source>
        <translation>
            <numerusform>%1: in %n D1-Abfrage verglichen.</numerusform>
            <numerusform>%1: in %n D1-Abfragen verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: values differ (a WITHOUT ROWID table: the row is not narrowed down)</source>
        <translation>%1: Werte weichen ab (eine WITHOUT-ROWID-Tabelle: die Zeile wird nicht eingegrenzt)</translation>
    </message>
    <message>
        <source>%1: the row with rowid %2 differs</source>
        <translation>%1: Die Zeile mit rowid %2 weicht ab</translation>
    </message>
    <message>
        <source>%1: a row with rowid between %2 and %3 differs</source>
        <translation>%1: Eine Zeile mit rowid zwischen %2 und %3 weicht ab</translation>
    </message>
    <message>
        <source>%1: missing from the saved dump</source>
        <translation>%1: fehlt im gespeicherten Dump</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the folder %1 could not be created: %2</source>
        <translation>der Ordner %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is not followed, so that no other file is overwritten. Remove it, or choose the file it points to</source>
        <translation>%1 ist ein symbolischer Link; ihm wird nicht gefolgt, damit keine andere Datei überschrieben wird. Entfernen Sie ihn oder wählen Sie die Datei, auf die er zeigt</translation>
    </message>
</context>
<context>
    <name>StagedOutput</name>
    <message>
        <source>the finished dump could not be moved to %1 (%2); that file was left as it was</source>
        <translation>der fertige Dump konnte nicht nach %1 verschoben werden (%2); diese Datei blieb unverändert</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>etwa %n s</numerusform>
            <numerusform>etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ValueRepairJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 hat dafür %n Zeile gelesen</numerusform>
            <numerusform>D1 hat dafür %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: not checked.</source>
        <translation>Exakte Werte: nicht geprüft.</translation>
    </message>
    <message>
        <source>Exact values: D1&apos;s dump holds no value it had to round.</source>
        <translation>Exakte Werte: Der Dump von D1 enthält keinen Wert, den es runden musste.</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: D1 had rounded or broken %n value(s) (64-bit integers, infinities); all were restored exactly (%1).</source>
        <translation>
            <numerusform>Exakte Werte: D1 hatte %n Wert gerundet oder beschädigt (64-Bit-Ganzzahlen, Unendlichkeiten); er wurde exakt wiederhergestellt (%1).</numerusform>
            <numerusform>Exakte Werte: D1 hatte %n Werte gerundet oder beschädigt (64-Bit-Ganzzahlen, Unendlichkeiten); alle wurden exakt wiederhergestellt (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact values: %n row(s) differ on D1 from the dump (written since the export?) and were left as D1 exported them, with its rounding; %1 other value(s) were restored (%2).</source>
        <translation>
            <numerusform>Exakte Werte: %n Zeile weicht auf D1 vom Dump ab (seit dem Export geschrieben?) und blieb so, wie D1 sie exportiert hat, mit seiner Rundung; %1 andere Werte wurden wiederhergestellt (%2).</numerusform>
            <numerusform>Exakte Werte: %n Zeilen weichen auf D1 vom Dump ab (seit dem Export geschrieben?) und blieben so, wie D1 sie exportiert hat, mit seiner Rundung; %1 andere Werte wurden wiederhergestellt (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: cancelled.</source>
        <translation>Exakte Werte: abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: the %n row(s) D1 may have rounded could not be read again (%1).</source>
        <translation>
            <numerusform>Exakte Werte: Die %n Zeile, die D1 möglicherweise gerundet hat, konnte nicht erneut gelesen werden (%1).</numerusform>
            <numerusform>Exakte Werte: Die %n Zeilen, die D1 möglicherweise gerundet hat, konnten nicht erneut gelesen werden (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x</name>
    <message>
        <source>Where to save the SQL dump; &quot;-&quot; writes it to stdout (a name ending in .gz compresses it).</source>
        <translation>Wohin der SQL-Dump gespeichert wird; „-“ schreibt ihn nach stdout (ein Name auf .gz komprimiert ihn).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Export only this table (repeatable, or several separated by commas).</source>
        <translation>Nur diese Tabelle exportieren (wiederholbar, oder mehrere durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Export the schema only.</source>
        <translation>Nur das Schema exportieren.</translation>
    </message>
    <message>
        <source>Export the data only.</source>
        <translation>Nur die Daten exportieren.</translation>
    </message>
    <message>
        <source>Export the database on Cloudflare (the default here; wrangler&apos;s is --local).</source>
        <translation>Die Datenbank auf Cloudflare exportieren (hier die Vorgabe; bei wrangler ist es --local).</translation>
    </message>
    <message>
        <source>Export the local development database that &quot;wrangler dev&quot; keeps under .wrangler/state.</source>
        <translation>Die lokale Entwicklungsdatenbank exportieren, die „wrangler dev“ unter .wrangler/state hält.</translation>
    </message>
    <message>
        <source>The wrangler configuration (wrangler.toml, .json or .jsonc) whose d1_databases name the database (default: found in this folder or above).</source>
        <translation>Die wrangler-Konfiguration (wrangler.toml, .json oder .jsonc), deren d1_databases die Datenbank nennen (Vorgabe: in diesem Ordner oder darüber gefunden).</translation>
    </message>
    <message>
        <source>The environment of the wrangler configuration.</source>
        <translation>Die Umgebung der wrangler-Konfiguration.</translation>
    </message>
    <message>
        <source>With --local: the folder wrangler dev persists into (its --persist-to).</source>
        <translation>Mit --local: der Ordner, in den wrangler dev speichert (sein --persist-to).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>With --table: do not add the indexes and triggers of the chosen tables (D1&apos;s own filter leaves them out).</source>
        <translation>Mit --table: die Indizes und Trigger der gewählten Tabellen nicht hinzufügen (der eigene Filter von D1 lässt sie weg).</translation>
    </message>
    <message>
        <source>Compress the SQL dump with gzip while it is written (export, backup).</source>
        <translation>Den SQL-Dump beim Schreiben mit gzip komprimieren (export, backup).</translation>
    </message>
    <message>
        <source>Also count every exported table&apos;s rows on D1 just before the export (one query) and compare them with the dump. Counting reads every row, and D1 bills rows read. Implies --verify.</source>
        <translation>Zusätzlich die Zeilen jeder exportierten Tabelle in D1 direkt vor dem Export zählen (eine Abfrage) und mit dem Dump vergleichen. Das Zählen liest jede Zeile, und D1 berechnet gelesene Zeilen. Schließt --verify ein.</translation>
    </message>
    <message>
        <source>Also (or, without --output, instead) save the dump as an SQLite database. Implies --verify (export).</source>
        <translation>Den Dump zusätzlich (oder, ohne --output, stattdessen) als SQLite-Datenbank speichern. Schließt --verify ein (export).</translation>
    </message>
    <message>
        <source>Also save each database as &lt;database&gt;-&lt;time&gt;.sqlite (backup).</source>
        <translation>Jede Datenbank zusätzlich als &lt;database&gt;-&lt;time&gt;.sqlite speichern (backup).</translation>
    </message>
    <message>
        <source>Back up every database of the account (backup).</source>
        <translation>Alle Datenbanken des Kontos sichern (backup).</translation>
    </message>
    <message>
        <source>Back up this database, name or UUID (backup; repeatable).</source>
        <translation>Diese Datenbank sichern, Name oder UUID (backup; wiederholbar).</translation>
    </message>
    <message>
        <source>Where backups go (backup).</source>
        <translation>Wohin die Sicherungen kommen (backup).</translation>
    </message>
    <message>
        <source>Cloudflare account ID.</source>
        <translation>Cloudflare-Konto-ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>API base URL (default: CLOUDFLARE_API_BASE_URL or %1).</source>
        <translation>Basis-URL der API (Vorgabe: CLOUDFLARE_API_BASE_URL oder %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Only databases whose name contains this (databases).</source>
        <translation>Nur Datenbanken, deren Name dies enthält (databases).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>export &lt;database&gt;: export one database as SQL (and/or SQLite).
&lt;database&gt; is a name, a UUID, or a binding of the wrangler configuration; with --local, the
local development database of that binding is exported instead (no credentials needed).
On success stdout carries the saved path(s), one a line (--json: the result as JSON);
with --output - it carries the dump itself.</source>
        <translation>export &lt;database&gt;: eine Datenbank als SQL (und/oder SQLite) exportieren.
&lt;database&gt; ist ein Name, eine UUID oder ein Binding der wrangler-Konfiguration; mit --local wird
stattdessen die lokale Entwicklungsdatenbank dieses Bindings exportiert (ohne Zugangsdaten).
Bei Erfolg enthält stdout den oder die gespeicherten Pfade, einen pro Zeile (--json: das Ergebnis
als JSON); mit --output - enthält es den Dump selbst.</translation>
    </message>
    <message>
        <source>backup: export --all databases, or each --database, into --folder, one after the other,
as &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], and record each in &lt;folder&gt;/manifest.json.</source>
        <translation>backup: --all Datenbanken oder jede --database nacheinander in --folder exportieren,
als &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], und jede in &lt;folder&gt;/manifest.json verzeichnen.</translation>
    </message>
    <message>
        <source>accounts: list the accounts the credentials can see (id and name).</source>
        <translation>accounts: die Konten auflisten, die die Zugangsdaten sehen (ID und Name).</translation>
    </message>
    <message>
        <source>databases: list the D1 databases of the account (uuid, name, size, created).</source>
        <translation>databases: die D1-Datenbanken des Kontos auflisten (UUID, Name, Größe, Erstellung).</translation>
    </message>
    <message>
        <source>tables &lt;database&gt;: list the tables, indexes, views and triggers of a database.</source>
        <translation>tables &lt;database&gt;: die Tabellen, Indizes, Views und Trigger einer Datenbank auflisten.</translation>
    </message>
    <message>
        <source>Give up when D1 has not produced the dump after this long, rate-limit waits included: seconds, or with m or h (default 2h; export, backup).</source>
        <translation>Aufgeben, wenn D1 den Dump nach dieser Zeit nicht erstellt hat, Wartezeiten wegen Ratenbegrenzung eingeschlossen: Sekunden, oder mit m oder h (Standard 2h; export, backup).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>While the dump downloads, load it into a temporary SQLite database: row counts per table, and statements over D1&apos;s 100 KB import limit (export, backup).</source>
        <translation>Den Dump während des Downloads in eine temporäre SQLite-Datenbank laden: Zeilenzahlen pro Tabelle und Anweisungen über dem 100-KB-Importlimit von D1 (export, backup).</translation>
    </message>
    <message>
        <source>After the dump is saved, compare every exported table&apos;s values with D1&apos;s by fingerprints computed by the same SQL on both sides, and name the first row that differs (exit code 8). D1 reads every row once more, and bills rows read.</source>
        <translation>Nach dem Speichern des Dumps die Werte jeder exportierten Tabelle mit denen in D1 vergleichen, anhand von Fingerabdrücken, die auf beiden Seiten mit demselben SQL berechnet werden, und die erste abweichende Zeile nennen (Exit-Code 8). D1 liest jede Zeile noch einmal und berechnet gelesene Zeilen.</translation>
    </message>
    <message>
        <source>Accepted for wrangler&apos;s command lines; nothing is ever asked (import: the same as --yes).</source>
        <translation>Für die Befehlszeilen von wrangler akzeptiert; es wird nie nachgefragt (import: dasselbe wie --yes).</translation>
    </message>
    <message>
        <source>Import even into a database that holds tables (a Time Travel bookmark is taken first, to undo it).</source>
        <translation>Auch in eine Datenbank importieren, die Tabellen enthält (zuerst wird ein Time-Travel-Bookmark gesetzt, um es rückgängig zu machen).</translation>
    </message>
    <message>
        <source>The dump or database to import: .sql, .sql.gz (ours, wrangler&apos;s, sqlite3&apos;s .dump) or an SQLite file (.sqlite, .sqlite3, .db).</source>
        <translation>Der zu importierende Dump bzw. die Datenbank: .sql, .sql.gz (unserer, der von wrangler, der .dump von sqlite3) oder eine SQLite-Datei (.sqlite, .sqlite3, .db).</translation>
    </message>
    <message>
        <source>Create &lt;database&gt; as a new database and import into it (import).</source>
        <translation>&lt;database&gt; als neue Datenbank anlegen und in sie importieren (import).</translation>
    </message>
    <message>
        <source>After the import, count each table&apos;s rows on D1 (one query; D1 bills rows read) and compare them with the file&apos;s (exit code 8 when they differ).</source>
        <translation>Nach dem Import die Zeilen jeder Tabelle in D1 zählen (eine Abfrage; D1 berechnet gelesene Zeilen) und mit denen der Datei vergleichen (Exit-Code 8, wenn sie abweichen).</translation>
    </message>
    <message>
        <source>The Time Travel bookmark to restore the database to (restore); an import prints it.</source>
        <translation>Das Time-Travel-Bookmark, auf das die Datenbank zurückgesetzt wird (restore); ein Import gibt es aus.</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>bookmark</translation>
    </message>
    <message>
        <source>Print lists and results as JSON (accounts, databases, tables, export, backup, import, restore).</source>
        <translation>Listen und Ergebnisse als JSON ausgeben (accounts, databases, tables, export, backup, import, restore).</translation>
    </message>
    <message>
        <source>import &lt;database&gt;: import --input FILE into the database (with --create: a new database of
that name). The file (.sql, .sql.gz or an SQLite database) is first turned into SQL that D1
loads; its size, statements and rows per table are shown before the upload. A database that
holds tables is imported into only with --yes; a Time Travel bookmark is taken first, and the
line that undoes the import is printed on stdout (--json: the result as JSON).
The token needs the D1 Edit permission.</source>
        <translation>import &lt;database&gt;: --input FILE in die Datenbank importieren (mit --create: eine neue Datenbank
dieses Namens). Die Datei (.sql, .sql.gz oder eine SQLite-Datenbank) wird zuerst in SQL umgewandelt,
das D1 lädt; ihre Größe, Anweisungen und Zeilen pro Tabelle werden vor dem Hochladen angezeigt. In eine
Datenbank, die Tabellen enthält, wird nur mit --yes importiert; zuerst wird ein Time-Travel-Bookmark gesetzt,
und die Zeile, die den Import rückgängig macht, wird auf stdout ausgegeben (--json: das Ergebnis als JSON).
Das Token braucht die Berechtigung D1 Edit.</translation>
    </message>
    <message>
        <source>restore &lt;database&gt;: restore the database in place to --bookmark (Time Travel), e.g. to undo
an import. The token needs the D1 Edit permission.</source>
        <translation>restore &lt;database&gt;: die Datenbank an Ort und Stelle auf --bookmark (Time Travel) zurücksetzen, z. B. um
einen Import rückgängig zu machen. Das Token braucht die Berechtigung D1 Edit.</translation>
    </message>
</context>
<context>
    <name>d1x::ApiCall</name>
    <message>
        <source>the server redirected the request to %1, which is not followed</source>
        <translation>der Server hat die Anfrage nach %1 umgeleitet; dem wird nicht gefolgt</translation>
    </message>
    <message>
        <source>the answer was larger than %1 MB and was cut off; no API answer is that large</source>
        <translation>die Antwort war größer als %1 MB und wurde abgeschnitten; keine API-Antwort ist so groß</translation>
    </message>
</context>
<context>
    <name>d1x::BackupRunner</name>
    <message>
        <source>no backup folder was chosen</source>
        <translation>es wurde kein Sicherungsordner gewählt</translation>
    </message>
    <message>
        <source>no database was chosen</source>
        <translation>es wurde keine Datenbank gewählt</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a writable folder</source>
        <translation>%1 ist kein beschreibbarer Ordner</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>The account has no D1 databases: nothing to back up.</source>
        <translation>Das Konto hat keine D1-Datenbanken: Es gibt nichts zu sichern.</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1.</source>
        <translation>
            <numerusform>%n Datenbank wird in %1 gesichert.</numerusform>
            <numerusform>%n Datenbanken werden in %1 gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Database %1 of %2: %3.</source>
        <translation>Datenbank %1 von %2: %3.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: fertig.</translation>
    </message>
    <message>
        <source>%1: failed (%2).</source>
        <translation>%1: fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The existing manifest could not be read; it was kept as %1 and a new one is started.</source>
        <translation>Das vorhandene Manifest ließ sich nicht lesen; es wurde als %1 aufbewahrt und ein neues wird begonnen.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Backup finished: %1 of %n database(s) saved; manifest %2.</source>
        <translation>
            <numerusform>Sicherung beendet: %1 von %n Datenbank gespeichert; Manifest %2.</numerusform>
            <numerusform>Sicherung beendet: %1 von %n Datenbanken gespeichert; Manifest %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>keine Datenbank namens „%1“.%2</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1; %2 of them not found.</source>
        <translation>
            <numerusform>%n Datenbank wird in %1 gesichert; %2 davon nicht gefunden.</numerusform>
            <numerusform>%n Datenbanken werden in %1 gesichert; %2 davon nicht gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API request(s) sent, at most %1 per %2 s.</source>
        <translation>
            <numerusform>%n API-Anfrage gesendet, höchstens %1 pro %2 s.</numerusform>
            <numerusform>%n API-Anfragen gesendet, höchstens %1 pro %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::CliApp</name>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>--no-data and --no-schema exclude each other.</source>
        <translation>--no-data und --no-schema schließen einander aus.</translation>
    </message>
    <message>
        <source>--gzip compresses the SQL file: it needs --output.</source>
        <translation>--gzip komprimiert die SQL-Datei: Es braucht --output.</translation>
    </message>
    <message>
        <source>Say where the backups go with --folder DIR.</source>
        <translation>Geben Sie mit --folder ORDNER an, wohin die Sicherungen kommen.</translation>
    </message>
    <message>
        <source>Name the databases to back up: --all, or --database NAME (repeatable).</source>
        <translation>Nennen Sie die zu sichernden Datenbanken: --all oder --database NAME (wiederholbar).</translation>
    </message>
    <message>
        <source>No credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).</source>
        <translation>Keine Zugangsdaten: Setzen Sie CLOUDFLARE_API_TOKEN (oder CLOUDFLARE_EMAIL und CLOUDFLARE_API_KEY).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>Die Konto-ID „%1“ enthält unzulässige Zeichen.</translation>
    </message>
    <message>
        <source>These credentials see no account. Pass --account ID or set CLOUDFLARE_ACCOUNT_ID (account-owned tokens cannot list accounts).</source>
        <translation>Diese Zugangsdaten sehen kein Konto. Geben Sie --account ID an oder setzen Sie CLOUDFLARE_ACCOUNT_ID (kontoeigene Tokens können Konten nicht auflisten).</translation>
    </message>
    <message numerus="yes">
        <source>These credentials see %n account(s); choose one with --account ID:</source>
        <translation>
            <numerusform>Diese Zugangsdaten sehen %n Konto; wählen Sie eines mit --account ID:</numerusform>
            <numerusform>Diese Zugangsdaten sehen %n Konten; wählen Sie eines mit --account ID:</numerusform>
        </translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>Die Datenbank „%1“ enthält unzulässige Zeichen.</translation>
    </message>
    <message>
        <source>Say where to save the dump with --output FILE (or --sqlite FILE; --output - writes it to stdout).</source>
        <translation>Geben Sie mit --output DATEI an, wohin der Dump gespeichert wird (oder --sqlite DATEI; --output - schreibt ihn nach stdout).</translation>
    </message>
    <message>
        <source>%1: the database %2 (%3) of %4.</source>
        <translation>%1: die Datenbank %2 (%3) von %4.</translation>
    </message>
    <message>
        <source>--json prints the result on stdout, where --output %1 sends the dump: choose one.</source>
        <translation>--json gibt das Ergebnis auf stdout aus, wohin --output %1 den Dump schickt: Wählen Sie eines davon.</translation>
    </message>
    <message>
        <source>--sqlite needs a file name: an SQLite database cannot be streamed.</source>
        <translation>--sqlite braucht einen Dateinamen: Eine SQLite-Datenbank kann nicht gestreamt werden.</translation>
    </message>
    <message>
        <source>no temporary file for the dump in %1: %2</source>
        <translation>keine temporäre Datei für den Dump in %1: %2</translation>
    </message>
    <message>
        <source>--gzip: saving as %1, with the .gz suffix that says it is compressed.</source>
        <translation>--gzip: wird als %1 gespeichert, mit der Endung .gz, die anzeigt, dass es komprimiert ist.</translation>
    </message>
    <message>
        <source>%1 exists; it will be replaced once the export has succeeded (a failed export leaves it as it is).</source>
        <translation>%1 existiert; es wird ersetzt, sobald der Export erfolgreich war (ein fehlgeschlagener Export lässt es unverändert).</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>ID	NAME</source>
        <translation>ID	NAME</translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>keine Datenbank namens „%1“.%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UUID	NAME	BYTES	CREATED</source>
        <translation>UUID	NAME	BYTES	ERSTELLT</translation>
    </message>
    <message>
        <source>NAME	TYPE	TABLE</source>
        <translation>NAME	TYP	TABELLE</translation>
    </message>
    <message>
        <source>--timeout takes a duration such as 90, 45m or 3h, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet eine Dauer wie 90, 45m oder 3h, nicht „%1“.</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own: --no-schema excludes --verify, --compare-live-counts, --compare-live-values and --sqlite.</source>
        <translation>Ein Dump nur mit Daten kann nicht allein geladen werden: --no-schema schließt --verify, --compare-live-counts, --compare-live-values und --sqlite aus.</translation>
    </message>
</context>
<context>
    <name>d1x::CliOptions</name>
    <message>
        <source>Export Cloudflare D1 databases as SQL.

Commands (&quot;COMMAND --help&quot; shows the options of one):
  export &lt;database&gt;   export a database (name, UUID, or binding in the wrangler configuration)
                      to --output and/or --sqlite
  backup              export --all databases, or each --database, into --folder, one after
                      the other, as &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], with a manifest.json
  accounts            list the accounts the credentials can see
  databases           list the D1 databases of the account
  tables &lt;database&gt;   list the tables, indexes, views and triggers of a database
  import &lt;database&gt;   import --input FILE (.sql, .sql.gz, .sqlite) into a database (--create:
                      a new one of that name); undo with the restore line it prints
  restore &lt;database&gt;  restore a database in place to a Time Travel --bookmark

wrangler&apos;s command lines work as they are, with only the program name replaced:
  export NAME --remote --output FILE [-y|--skip-confirmation] [--table T]... [--no-data|--no-schema]
  export NAME --local --output FILE [--config|-c FILE] [--env|-e ENV] [--persist-to DIR]
NAME may be the database name or its binding in wrangler.toml / wrangler.json / wrangler.jsonc.
Unlike wrangler, the default is --remote. &quot;--output -&quot; writes the dump to stdout, e.g.
  d1-exporter-cli export my-db --output - | sqlite3 copy.db

Databases with virtual tables (FTS5), which D1 cannot export, are exported without them and
their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.

Credentials come from the environment, never from the command line (not needed for --local):
  CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY.
The account comes from --account or CLOUDFLARE_ACCOUNT_ID; when neither is given and the
credentials see exactly one account, that one is used.

Exit codes: 0 success, 1 other failure, 2 usage, 3 authentication or permission (also: no
credentials), 4 account, database or table not found, 5 export failed or already running,
6 network or server, 7 file could not be written, 8 saved but not verified (does not load, or
row counts differ), 9 backup: at least one database failed or did not verify, 130 interrupted.
import and restore use the same codes: 2 also when a database holding tables is imported into
without --yes, 3 a token without D1 Edit, 5 D1 refused or rolled back the import, 6 also the
upload, 8 row counts on D1 differ from the file&apos;s (--compare-row-counts).</source>
        <translation>Cloudflare-D1-Datenbanken als SQL exportieren.

Befehle („BEFEHL --help“ zeigt die Optionen eines Befehls):
  export &lt;database&gt;   eine Datenbank exportieren (Name, UUID oder Binding in der wrangler-
                      Konfiguration) nach --output und/oder --sqlite
  backup              --all Datenbanken oder jede --database nacheinander in --folder
                      exportieren, als &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], mit einer manifest.json
  accounts            die Konten auflisten, die die Zugangsdaten sehen
  databases           die D1-Datenbanken des Kontos auflisten
  tables &lt;database&gt;   die Tabellen, Indizes, Views und Trigger einer Datenbank auflisten
  import &lt;database&gt;   --input FILE (.sql, .sql.gz, .sqlite) in eine Datenbank importieren (--create:
                      eine neue dieses Namens); rückgängig mit der ausgegebenen restore-Zeile
  restore &lt;database&gt;  eine Datenbank an Ort und Stelle auf ein Time Travel --bookmark zurücksetzen

Die Befehlszeilen von wrangler funktionieren unverändert, nur der Programmname wird ersetzt:
  export NAME --remote --output FILE [-y|--skip-confirmation] [--table T]... [--no-data|--no-schema]
  export NAME --local --output FILE [--config|-c FILE] [--env|-e ENV] [--persist-to DIR]
NAME kann der Datenbankname oder ihr Binding in wrangler.toml / wrangler.json / wrangler.jsonc sein.
Anders als bei wrangler ist die Vorgabe --remote. „--output -“ schreibt den Dump nach stdout, z. B.
  d1-exporter-cli export my-db --output - | sqlite3 copy.db

Datenbanken mit virtuellen Tabellen (FTS5), die D1 nicht exportieren kann, werden ohne sie
exportiert; ihre CREATE VIRTUAL TABLE-Anweisungen und Inhalte werden ans Ende des Dumps angefügt.

Zugangsdaten kommen aus der Umgebung, nie von der Befehlszeile (für --local nicht nötig):
  CLOUDFLARE_API_TOKEN, oder CLOUDFLARE_EMAIL und CLOUDFLARE_API_KEY.
Das Konto kommt aus --account oder CLOUDFLARE_ACCOUNT_ID; ist beides nicht angegeben und sehen
die Zugangsdaten genau ein Konto, wird dieses verwendet.

Exit-Codes: 0 Erfolg, 1 anderer Fehler, 2 Aufruf, 3 Authentifizierung oder Berechtigung (auch:
keine Zugangsdaten), 4 Konto, Datenbank oder Tabelle nicht gefunden, 5 Export fehlgeschlagen oder
läuft bereits, 6 Netzwerk oder Server, 7 Datei konnte nicht geschrieben werden, 8 gespeichert, aber
nicht geprüft (lässt sich nicht laden, oder Zeilenzahlen weichen ab), 9 backup: mindestens eine
Datenbank ist fehlgeschlagen oder wurde nicht geprüft, 130 unterbrochen.
import und restore verwenden dieselben Codes: 2 auch, wenn ohne --yes in eine Datenbank mit
Tabellen importiert wird, 3 ein Token ohne D1 Edit, 5 D1 hat den Import abgelehnt oder zurückgerollt,
6 auch das Hochladen, 8 Zeilenzahlen auf D1 weichen von denen der Datei ab (--compare-row-counts).</translation>
    </message>
</context>
<context>
    <name>d1x::CliProgress</name>
    <message>
        <source>D1: </source>
        <translation>D1: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3%)</source>
        <translation>Herunterladen: %1 von %2 (%3%)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>Verifying: %1%</source>
        <translation>Prüfung: %1%</translation>
    </message>
    <message>
        <source>D1 is still preparing the dump (%1 s)…</source>
        <translation>D1 bereitet den Dump noch vor (%1 s)…</translation>
    </message>
    <message>
        <source>Rate limited by Cloudflare: going on in %1 s</source>
        <translation>Ratenbegrenzung durch Cloudflare: weiter in %1 s</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 (%3%)</source>
        <translation>Hochladen: %1 von %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, noch %n s</numerusform>
            <numerusform>, noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the file: %1%</source>
        <translation>Datei wird vorbereitet: %1%</translation>
    </message>
</context>
<context>
    <name>d1x::CloseMatches</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source> Did you mean %1?</source>
        <translation> Meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>d1x::CloudflareClient</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>eine ID enthält unzulässige Zeichen</translation>
    </message>
</context>
<context>
    <name>d1x::ConnectionSession</name>
    <message>
        <source>no API endpoint to ask</source>
        <translation>kein API-Endpunkt zum Abfragen</translation>
    </message>
</context>
<context>
    <name>d1x::Downloader</name>
    <message>
        <source>the server resumed at the wrong position</source>
        <translation>der Server hat an der falschen Stelle fortgesetzt</translation>
    </message>
    <message>
        <source>The server cannot resume; downloading again from the start.</source>
        <translation>Der Server kann nicht fortsetzen; der Download beginnt von vorn.</translation>
    </message>
    <message>
        <source>not enough free space: the dump needs %1, the disk has %2 free</source>
        <translation>nicht genug freier Speicher: Der Dump braucht %1, auf dem Datenträger sind %2 frei</translation>
    </message>
    <message>
        <source>the server sent a web page instead of the SQL file (HTTP %1)</source>
        <translation>der Server hat eine Webseite statt der SQL-Datei gesendet (HTTP %1)</translation>
    </message>
    <message>
        <source>the server sent more data than it announced</source>
        <translation>der Server hat mehr Daten gesendet als angekündigt</translation>
    </message>
    <message>
        <source>the download was redirected to an unsafe address</source>
        <translation>der Download wurde an eine unsichere Adresse umgeleitet</translation>
    </message>
    <message>
        <source>The download link has expired; asking Cloudflare for a fresh one.</source>
        <translation>Der Download-Link ist abgelaufen; Cloudflare wird nach einem neuen gefragt.</translation>
    </message>
    <message>
        <source>the download server answered HTTP %1</source>
        <translation>der Download-Server hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the download stalled</source>
        <translation>der Download ist ins Stocken geraten</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <source>received %1 of %2 bytes</source>
        <translation>%1 von %2 Bytes empfangen</translation>
    </message>
    <message>
        <source>Download interrupted (%1); resuming from byte %2 in %3 s.</source>
        <translation>Download unterbrochen (%1); er wird in %3 s ab Byte %2 fortgesetzt.</translation>
    </message>
    <message>
        <source>Download failed (%1); trying again in %2 s.</source>
        <translation>Download fehlgeschlagen (%1); neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>the file behind the link is now %1 bytes long, not %2: it is not the dump the first part came from, and the two are not joined</source>
        <translation>die Datei hinter dem Link ist jetzt %1 Bytes lang, nicht %2: Sie ist nicht der Dump, aus dem der erste Teil stammt, und die beiden werden nicht zusammengefügt</translation>
    </message>
    <message>
        <source>the file behind the link changed while it was downloading (its ETag is %1, was %2): the parts are not joined</source>
        <translation>die Datei hinter dem Link hat sich während des Herunterladens geändert (ihr ETag ist %1, war %2): Die Teile werden nicht zusammengefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n fresh link(s) in a row were refused as expired before a byte arrived; the computer&apos;s clock may be wrong, or a proxy may be changing the requests</source>
        <translation>
            <numerusform>%n neuer Link wurde als abgelaufen abgelehnt, bevor ein Byte ankam; die Uhr des Computers geht vielleicht falsch, oder ein Proxy verändert die Anfragen</numerusform>
            <numerusform>%n neue Links in Folge wurden als abgelaufen abgelehnt, bevor ein Byte ankam; die Uhr des Computers geht vielleicht falsch, oder ein Proxy verändert die Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>The fresh download link was refused as expired too; asking again in %1 s (%2 of %3).</source>
        <translation>Auch der neue Download-Link wurde als abgelaufen abgelehnt; neue Anfrage in %1 s (%2 von %3).</translation>
    </message>
</context>
<context>
    <name>d1x::DumpSink</name>
    <message>
        <source>the compressor could not be started</source>
        <translation>der Kompressor konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the compressor failed</source>
        <translation>der Kompressor ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>d1x::ExportController</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Export wird gestartet…</translation>
    </message>
    <message>
        <source>D1 is preparing the dump…</source>
        <translation>D1 bereitet den Dump vor…</translation>
    </message>
    <message>
        <source>Downloading the dump…</source>
        <translation>Dump wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Verifying the dump…</source>
        <translation>Dump wird geprüft…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>schema and data</source>
        <translation>Schema und Daten</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>nur Schema</translation>
    </message>
    <message>
        <source>data only</source>
        <translation>nur Daten</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>alle Tabellen</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): %1</source>
        <translation>
            <numerusform>%n Tabelle: %1</numerusform>
            <numerusform>%n Tabellen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the export of %1 (%2, %3).</source>
        <translation>Export von %1 wird gestartet (%2, %3).</translation>
    </message>
    <message>
        <source>Also exporting the indexes and triggers of the chosen tables, which D1&apos;s table filter would leave out: %1.</source>
        <translation>Die Indizes und Trigger der gewählten Tabellen, die der Tabellenfilter von D1 weglassen würde, werden ebenfalls exportiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual table(s): %1. D1 refuses to export a database that holds them, so everything else is exported and their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.</source>
        <translation>
            <numerusform>%n virtuelle Tabelle: %1. D1 verweigert den Export einer Datenbank, die solche enthält; daher wird alles andere exportiert und ihre CREATE-VIRTUAL-TABLE-Anweisung samt Inhalt am Ende des Dumps angefügt.</numerusform>
            <numerusform>%n virtuelle Tabellen: %1. D1 verweigert den Export einer Datenbank, die solche enthält; daher wird alles andere exportiert und ihre CREATE-VIRTUAL-TABLE-Anweisungen samt Inhalt am Ende des Dumps angefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out their internal tables, which CREATE VIRTUAL TABLE makes again: %1.</source>
        <translation>Ihre internen Tabellen, die CREATE VIRTUAL TABLE neu anlegt, wurden weggelassen: %1.</translation>
    </message>
    <message>
        <source>%1 indexes the table %2, which is not exported: it is recreated empty; run INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) once %2 is back.</source>
        <translation>%1 indiziert die Tabelle %2, die nicht exportiert wird: Sie wird leer neu angelegt; führen Sie INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) aus, sobald %2 wieder da ist.</translation>
    </message>
    <message>
        <source>%1 is a contentless full-text index: its rows cannot be read back, so it is recreated empty. Fill it again from its source.</source>
        <translation>%1 ist ein inhaltsloser Volltextindex: Seine Zeilen lassen sich nicht zurücklesen, daher wird er leer neu angelegt. Füllen Sie ihn erneut aus seiner Quelle.</translation>
    </message>
    <message>
        <source>the export finished without a usable download link</source>
        <translation>der Export endete ohne brauchbaren Download-Link</translation>
    </message>
    <message>
        <source>Got a fresh download link; resuming.</source>
        <translation>Neuer Download-Link erhalten; es geht weiter.</translation>
    </message>
    <message>
        <source>The dump %1 is ready; downloading it from %2.</source>
        <translation>Der Dump %1 ist fertig; er wird von %2 heruntergeladen.</translation>
    </message>
    <message>
        <source>Compressing it with gzip while it downloads.</source>
        <translation>Er wird beim Herunterladen mit gzip komprimiert.</translation>
    </message>
    <message>
        <source>Downloaded %1 in %2 s (%3/s).</source>
        <translation>%1 in %2 s heruntergeladen (%3/s).</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 von %1: %2</translation>
    </message>
    <message>
        <source>Verifying: loading the dump into a temporary SQLite database…</source>
        <translation>Prüfung: Der Dump wird in eine temporäre SQLite-Datenbank geladen…</translation>
    </message>
    <message>
        <source>Loading the dump into the SQLite database %1…</source>
        <translation>Der Dump wird in die SQLite-Datenbank %1 geladen…</translation>
    </message>
    <message>
        <source>%1: %2 (D1: %3)</source>
        <translation>%1: %2 (D1: %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows per table after loading the dump: %1.</source>
        <translation>Zeilen pro Tabelle nach dem Laden des Dumps: %1.</translation>
    </message>
    <message>
        <source>Statement %1 is %2 long%3; D1 imports statements of at most 100 KB.</source>
        <translation>Anweisung %1 ist %2 lang%3; D1 importiert Anweisungen von höchstens 100 KB.</translation>
    </message>
    <message>
        <source> (a row of %1)</source>
        <translation> (eine Zeile von %1)</translation>
    </message>
    <message>
        <source>Rows written to D1 between the count and the start of the export also show up as differences.</source>
        <translation>Zeilen, die zwischen dem Zählen und dem Start des Exports in D1 geschrieben wurden, erscheinen ebenfalls als Unterschiede.</translation>
    </message>
    <message>
        <source>Saved the SQLite database %1 (%2), SHA-256 %3.</source>
        <translation>SQLite-Datenbank %1 gespeichert (%2), SHA-256 %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved %1 in %2 s.</source>
        <translation>%1 in %2 s gespeichert.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Cancelled; the SQL dump %1 had already been saved and was kept.</source>
        <translation>Abgebrochen; der SQL-Dump %1 war bereits gespeichert und wurde behalten.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded and checked %n statement(s) in %1 s.</source>
        <translation>
            <numerusform>%n Anweisung in %1 s geladen und geprüft.</numerusform>
            <numerusform>%n Anweisungen in %1 s geladen und geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema only: the live rows are not counted.</source>
        <translation>Nur Schema: Die Zeilen in D1 werden nicht gezählt.</translation>
    </message>
    <message>
        <source>None of the chosen tables is one D1 exports itself, so D1 is not asked to export anything.</source>
        <translation>Keine der gewählten Tabellen wird von D1 selbst exportiert, daher wird D1 um keinen Export gebeten.</translation>
    </message>
    <message>
        <source>no table named &quot;%1&quot; in %2.%3</source>
        <translation>keine Tabelle namens „%1“ in %2.%3</translation>
    </message>
    <message>
        <source>%1 To include them, choose them too (command line: --table %2).</source>
        <translation>%1 Um sie einzuschließen, wählen Sie sie ebenfalls (Befehlszeile: --table %2).</translation>
    </message>
    <message>
        <source>a local database has no live row counts on D1 to compare with</source>
        <translation>eine lokale Datenbank hat keine aktuellen Zeilenzahlen in D1 zum Vergleichen</translation>
    </message>
    <message>
        <source>Reading the local database %1 (read-only; a running wrangler dev is not disturbed).</source>
        <translation>Die lokale Datenbank %1 wird gelesen (nur lesend; ein laufendes wrangler dev wird nicht gestört).</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s).</source>
        <translation>
            <numerusform>%1: mit ihrer %n Zeile neu angelegt.</numerusform>
            <numerusform>%1: mit ihren %n Zeilen neu angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the dump of the local database (%1).</source>
        <translation>Der Dump der lokalen Datenbank wurde geschrieben (%1).</translation>
    </message>
    <message>
        <source>Restoring the values D1 rounded…</source>
        <translation>Die von D1 gerundeten Werte werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>the fresh link is for another file (%1, not %2): the parts are not joined</source>
        <translation>der neue Link gehört zu einer anderen Datei (%1, nicht %2): Die Teile werden nicht zusammengefügt</translation>
    </message>
    <message>
        <source>Export again once nothing writes to the database, to get those rows exact too.</source>
        <translation>Exportieren Sie erneut, wenn nichts mehr in die Datenbank schreibt, um auch diese Zeilen exakt zu erhalten.</translation>
    </message>
    <message>
        <source>a local database has no values on D1 to compare with</source>
        <translation>eine lokale Datenbank hat keine Werte in D1, mit denen verglichen werden könnte</translation>
    </message>
    <message>
        <source>Verifying while it downloads: loading the dump into a temporary SQLite database…</source>
        <translation>Prüfung während des Downloads: Der Dump wird in eine temporäre SQLite-Datenbank geladen…</translation>
    </message>
    <message>
        <source>the API (%1) is reached over HTTPS, but the download link it gave is plain HTTP (%2): the dump would travel unencrypted, so it was not downloaded</source>
        <translation>die API (%1) wird über HTTPS erreicht, aber der Download-Link, den sie geliefert hat, ist reines HTTP (%2): der Dump würde unverschlüsselt übertragen und wurde daher nicht heruntergeladen</translation>
    </message>
    <message>
        <source> %1 was left as it was.</source>
        <translation> %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be read again exactly (%1), so nothing was saved: the dump would hold them rounded.%2 Try again later.</source>
        <translation>die von D1 gerundeten Werte konnten nicht exakt erneut gelesen werden (%1), daher wurde nichts gespeichert: Der Dump würde sie gerundet enthalten.%2 Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Schema only: no values to compare with D1.</source>
        <translation>Nur Schema: keine Werte zum Vergleich mit D1.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the values of %n table(s) with D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>Die Werte von %n Tabelle werden mit D1 verglichen (D1 berechnet jede dabei gelesene Zeile)…</numerusform>
            <numerusform>Die Werte von %n Tabellen werden mit D1 verglichen (D1 berechnet jede dabei gelesene Zeile)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows written to D1 since the export also show up as differences.</source>
        <translation>Zeilen, die seit dem Export in D1 geschrieben wurden, erscheinen ebenfalls als Abweichungen.</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be written back into the dump (%1), so nothing was saved.%2</source>
        <translation>die von D1 gerundeten Werte konnten nicht in den Dump zurückgeschrieben werden (%1), daher wurde nichts gespeichert.%2</translation>
    </message>
</context>
<context>
    <name>d1x::ExportPollJob</name>
    <message>
        <source>the export answer has no known status</source>
        <translation>die Export-Antwort hat keinen bekannten Status</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>D1 refused even though the virtual tables were left out of the table list. Export the other tables in smaller groups, or report this so that a dump through /query can be added.</source>
        <translation>D1 hat abgelehnt, obwohl die virtuellen Tabellen aus der Tabellenliste weggelassen wurden. Exportieren Sie die übrigen Tabellen in kleineren Gruppen, oder melden Sie dies, damit ein Dump über /query ergänzt werden kann.</translation>
    </message>
    <message>
        <source>D1 accepted the export (bookmark %1).</source>
        <translation>D1 hat den Export angenommen (Bookmark %1).</translation>
    </message>
    <message>
        <source>the export answer has no bookmark to poll with</source>
        <translation>die Export-Antwort hat kein Bookmark zum Abfragen</translation>
    </message>
    <message>
        <source>D1 says an export is already running (%1). It is probably the one our lost request started; D1 cancels it once it goes unpolled. Trying again in %2 s.</source>
        <translation>D1 meldet, dass bereits ein Export läuft (%1). Vermutlich ist es der, den unsere verlorene Anfrage gestartet hat; D1 bricht ihn ab, sobald er nicht mehr abgefragt wird. Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>D1 ended the export while we waited for the rate limit (%1). Starting it again, once.</source>
        <translation>D1 hat den Export beendet, während wir auf die Ratenbegrenzung gewartet haben (%1). Er wird noch einmal gestartet.</translation>
    </message>
    <message>
        <source>D1 had not started the export after %1</source>
        <translation>D1 hatte den Export nach %1 nicht begonnen</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still preparing the dump after %1 (%n poll(s))</source>
        <translation>
            <numerusform>D1 bereitete den Dump nach %1 noch vor (%n Abfrage)</numerusform>
            <numerusform>D1 bereitete den Dump nach %1 noch vor (%n Abfragen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ExportReadiness</name>
    <message>
        <source>Choose a project folder and one of its local D1 databases.</source>
        <translation>Wählen Sie einen Projektordner und eine seiner lokalen D1-Datenbanken.</translation>
    </message>
    <message>
        <source>Enter your Cloudflare credentials to begin.</source>
        <translation>Geben Sie zu Beginn Ihre Cloudflare-Zugangsdaten ein.</translation>
    </message>
    <message>
        <source>Choose the account that owns the database.</source>
        <translation>Wählen Sie das Konto, dem die Datenbank gehört.</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>Wählen Sie eine Datenbank zum Exportieren.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Tabellen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Ready to export all of %1.</source>
        <translation>Bereit, %1 vollständig zu exportieren.</translation>
    </message>
    <message>
        <source>%1 has no tables; the export will hold only what D1 writes for an empty database.</source>
        <translation>%1 hat keine Tabellen; der Export enthält nur das, was D1 für eine leere Datenbank schreibt.</translation>
    </message>
    <message>
        <source>Check at least one table to export.</source>
        <translation>Haken Sie mindestens eine Tabelle zum Exportieren an.</translation>
    </message>
    <message>
        <source>Ready to export %1.</source>
        <translation>Bereit, %1 zu exportieren.</translation>
    </message>
</context>
<context>
    <name>d1x::ExportRequestCheck</name>
    <message>
        <source>no output file was chosen</source>
        <translation>es wurde keine Ausgabedatei gewählt</translation>
    </message>
    <message>
        <source>the SQL file and the SQLite file must differ</source>
        <translation>SQL-Datei und SQLite-Datei müssen verschieden sein</translation>
    </message>
    <message>
        <source>&quot;schema only&quot; and &quot;data only&quot; exclude each other</source>
        <translation>„nur Schema“ und „nur Daten“ schließen einander aus</translation>
    </message>
    <message>
        <source>a data-only dump cannot be loaded on its own, so it can be neither verified nor saved as an SQLite database</source>
        <translation>ein Dump nur mit Daten lässt sich nicht für sich allein laden, kann also weder geprüft noch als SQLite-Datenbank gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <source>the folder of %1 is not writable</source>
        <translation>der Ordner von %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>nothing can be saved in the folder of %1 (%2)</source>
        <translation>im Ordner von %1 lässt sich nichts speichern (%2)</translation>
    </message>
</context>
<context>
    <name>d1x::ImportCommand</name>
    <message>
        <source>Say which state to restore with --bookmark B (an import prints the bookmark taken before it).</source>
        <translation>Geben Sie mit --bookmark B an, welcher Stand wiederhergestellt werden soll (ein Import gibt das vorher gesetzte Bookmark aus).</translation>
    </message>
    <message>
        <source>Say which file to import with --input FILE (.sql, .sql.gz, .sqlite, .sqlite3 or .db).</source>
        <translation>Geben Sie mit --input FILE an, welche Datei importiert werden soll (.sql, .sql.gz, .sqlite, .sqlite3 oder .db).</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; check the path given to --input.</source>
        <translation>%1 ist keine lesbare Datei; prüfen Sie den bei --input angegebenen Pfad.</translation>
    </message>
    <message numerus="yes">
        <source>To import: %1 (%2 bytes), %n statement(s)</source>
        <translation>
            <numerusform>Zu importieren: %1 (%2 Bytes), %n Anweisung</numerusform>
            <numerusform>Zu importieren: %1 (%2 Bytes), %n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual tables (recreated): %1</source>
        <translation>Virtuelle Tabellen (neu angelegt): %1</translation>
    </message>
    <message numerus="yes">
        <source>Target: %1, which holds %n table(s) now.</source>
        <translation>
            <numerusform>Ziel: %1, enthält jetzt %n Tabelle.</numerusform>
            <numerusform>Ziel: %1, enthält jetzt %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: a new database, %1.</source>
        <translation>Ziel: eine neue Datenbank, %1.</translation>
    </message>
    <message>
        <source>D1 blocks the database while it imports.</source>
        <translation>D1 sperrt die Datenbank, während es importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s) (%2). Importing adds to them and may clash with what is there. Add --yes to import anyway (a Time Travel bookmark is taken first, so the import can be undone), or import into a new database with --create NAME.</source>
        <translation>
            <numerusform>%1 enthält bereits %n Tabelle (%2). Der Import fügt etwas hinzu und kann mit dem Vorhandenen kollidieren. Fügen Sie --yes hinzu, um trotzdem zu importieren (zuerst wird ein Time-Travel-Bookmark gesetzt, damit der Import rückgängig gemacht werden kann), oder importieren Sie mit --create NAME in eine neue Datenbank.</numerusform>
            <numerusform>%1 enthält bereits %n Tabellen (%2). Der Import fügt etwas hinzu und kann mit dem Vorhandenen kollidieren. Fügen Sie --yes hinzu, um trotzdem zu importieren (zuerst wird ein Time-Travel-Bookmark gesetzt, damit der Import rückgängig gemacht werden kann), oder importieren Sie mit --create NAME in eine neue Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Bookmark before the import: %1</source>
        <translation>Bookmark vor dem Import: %1</translation>
    </message>
    <message>
        <source>To undo the import: %1</source>
        <translation>Import rückgängig machen: %1</translation>
    </message>
    <message>
        <source>or with wrangler: %1</source>
        <translation>oder mit wrangler: %1</translation>
    </message>
    <message>
        <source>Restoring %1 to the Time Travel bookmark %2…</source>
        <translation>%1 wird auf das Time-Travel-Bookmark %2 zurückgesetzt…</translation>
    </message>
    <message>
        <source>the restore answer has no bookmark</source>
        <translation>die Antwort auf die Wiederherstellung enthält kein Bookmark</translation>
    </message>
    <message>
        <source>%1 is restored to %2.</source>
        <translation>%1 ist auf %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>To undo this restore: %1</source>
        <translation>Diese Wiederherstellung rückgängig machen: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ImportController</name>
    <message>
        <source>D1 is importing the file; the database is blocked until it has finished.</source>
        <translation>D1 importiert die Datei; die Datenbank ist gesperrt, bis es fertig ist.</translation>
    </message>
    <message>
        <source>%1: %2 in the file, %3 on D1</source>
        <translation>%1: %2 in der Datei, %3 auf D1</translation>
    </message>
    <message numerus="yes">
        <source>Row counts on D1 equal the file&apos;s, table by table (%n table(s)).</source>
        <translation>
            <numerusform>Die Zeilenzahlen auf D1 stimmen Tabelle für Tabelle mit denen der Datei überein (%n Tabelle).</numerusform>
            <numerusform>Die Zeilenzahlen auf D1 stimmen Tabelle für Tabelle mit denen der Datei überein (%n Tabellen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts on D1 differ from the file&apos;s: %1</source>
        <translation>Die Zeilenzahlen auf D1 weichen von denen der Datei ab: %1</translation>
    </message>
    <message>
        <source>no account or target database was given</source>
        <translation>es wurde kein Konto und keine Zieldatenbank angegeben</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; choose the dump or database to import</source>
        <translation>%1 ist keine lesbare Datei; wählen Sie den Dump oder die Datenbank zum Importieren</translation>
    </message>
    <message>
        <source>no temporary file could be made in %1: %2</source>
        <translation>in %1 konnte keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Preparing %1 for D1…</source>
        <translation>%1 wird für D1 vorbereitet…</translation>
    </message>
    <message>
        <source>a database named %1 already exists; choose another name, or import into it (without --create / &quot;new database&quot;)</source>
        <translation>eine Datenbank namens %1 existiert bereits; wählen Sie einen anderen Namen oder importieren Sie in sie (ohne --create / „neue Datenbank“)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Weggelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Prepared %1 bytes of SQL: %n statement(s), %2 table(s).</source>
        <translation>
            <numerusform>%1 Bytes SQL vorbereitet: %n Anweisung, %2 Tabelle(n).</numerusform>
            <numerusform>%1 Bytes SQL vorbereitet: %n Anweisungen, %2 Tabelle(n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) longer than D1&apos;s statement limit are written in pieces.</source>
        <translation>
            <numerusform>%n Zeile, länger als das Anweisungslimit von D1, wird in Stücken geschrieben.</numerusform>
            <numerusform>%n Zeilen, länger als das Anweisungslimit von D1, werden in Stücken geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s): %2</source>
        <translation>
            <numerusform>%1 enthält bereits %n Tabelle: %2</numerusform>
            <numerusform>%1 enthält bereits %n Tabellen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Die Datenbank %1 wird angelegt…</translation>
    </message>
    <message>
        <source>the new database&apos;s id is missing from the answer</source>
        <translation>in der Antwort fehlt die ID der neuen Datenbank</translation>
    </message>
    <message>
        <source>Created the database %1 (%2).</source>
        <translation>Die Datenbank %1 wurde angelegt (%2).</translation>
    </message>
    <message>
        <source>Time Travel gave no bookmark</source>
        <translation>Time Travel hat kein Bookmark geliefert</translation>
    </message>
    <message>
        <source>Time Travel bookmark before the import: %1. To undo the import: %2 (or %3)</source>
        <translation>Time-Travel-Bookmark vor dem Import: %1. Import rückgängig machen: %2 (oder %3)</translation>
    </message>
    <message>
        <source>Importing into %1: %2 bytes to upload.</source>
        <translation>Import in %1: %2 Bytes zum Hochladen.</translation>
    </message>
    <message numerus="yes">
        <source>D1 imported the file: %n quer(y/ies), %1 row(s) written, the database is now %2 bytes.</source>
        <translation>
            <numerusform>D1 hat die Datei importiert: %n Abfrage, %1 Zeile(n) geschrieben, die Datenbank hat jetzt %2 Bytes.</numerusform>
            <numerusform>D1 hat die Datei importiert: %n Abfragen, %1 Zeile(n) geschrieben, die Datenbank hat jetzt %2 Bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (one query; D1 bills the rows it reads)…</source>
        <translation>
            <numerusform>Die Zeilen von %n Tabelle werden auf D1 gezählt (eine Abfrage; D1 berechnet die gelesenen Zeilen)…</numerusform>
            <numerusform>Die Zeilen von %n Tabellen werden auf D1 gezählt (eine Abfrage; D1 berechnet die gelesenen Zeilen)…</numerusform>
        </translation>
    </message>
    <message>
        <source>D1 has the file and goes on by itself: it completes the import or rolls it back; the database stays blocked until then.</source>
        <translation>D1 hat die Datei und macht allein weiter: Es schließt den Import ab oder rollt ihn zurück; die Datenbank bleibt bis dahin gesperrt.</translation>
    </message>
    <message>
        <source>The database %1 created for this import could not be deleted again: %2</source>
        <translation>Die für diesen Import angelegte Datenbank %1 konnte nicht wieder gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted the database %1 created for this import again.</source>
        <translation>Die für diesen Import angelegte Datenbank %1 wurde wieder gelöscht.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed on D1.</source>
        <translation>Abgebrochen; auf D1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled after D1 took the file: D1 completes the import or rolls it back on its own, and the database stays blocked until then.%1</source>
        <translation>Abgebrochen, nachdem D1 die Datei übernommen hatte: D1 schließt den Import selbst ab oder rollt ihn zurück, und die Datenbank bleibt bis dahin gesperrt.%1</translation>
    </message>
    <message>
        <source> To go back to the state before it afterwards: %1</source>
        <translation> Um danach zum Stand davor zurückzukehren: %1</translation>
    </message>
    <message>
        <source>Cancelled before D1 took the file; nothing was changed on D1.</source>
        <translation>Abgebrochen, bevor D1 die Datei übernommen hat; auf D1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Row counting cancelled; the import itself is complete.</source>
        <translation>Zeilenzählung abgebrochen; der Import selbst ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark before the import (%2)…</source>
        <translation>%1 wird auf das Bookmark vor dem Import zurückgesetzt (%2)…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is back at its state before the import.%2</source>
        <translation>%1 ist wieder auf dem Stand vor dem Import.%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n table(s) of the same name as the file&apos;s: %2. D1 would refuse the whole import (&quot;table already exists&quot;), so nothing was sent. Import into a new database instead, or drop those tables first.</source>
        <translation>
            <numerusform>%1 hat bereits %n Tabelle mit demselben Namen wie in der Datei: %2. D1 würde den ganzen Import ablehnen („table already exists“), daher wurde nichts gesendet. Importieren Sie stattdessen in eine neue Datenbank, oder löschen Sie diese Tabelle zuerst.</numerusform>
            <numerusform>%1 hat bereits %n Tabellen mit denselben Namen wie in der Datei: %2. D1 würde den ganzen Import ablehnen („table already exists“), daher wurde nichts gesendet. Importieren Sie stattdessen in eine neue Datenbank, oder löschen Sie diese Tabellen zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ImportJob</name>
    <message>
        <source>the import answer has no known status</source>
        <translation>die Import-Antwort hat keinen bekannten Status</translation>
    </message>
    <message>
        <source>D1 asked for an upload while importing</source>
        <translation>D1 hat während des Imports ein Hochladen verlangt</translation>
    </message>
    <message>
        <source>D1 gave an upload address that is not a web address</source>
        <translation>D1 hat eine Upload-Adresse geliefert, die keine Webadresse ist</translation>
    </message>
    <message>
        <source>D1 gave no file name for the upload</source>
        <translation>D1 hat keinen Dateinamen für das Hochladen geliefert</translation>
    </message>
    <message>
        <source>D1 is ready for the upload of %1 bytes.</source>
        <translation>D1 ist bereit für das Hochladen von %1 Bytes.</translation>
    </message>
    <message>
        <source>D1 already holds this file (md5 %1); no upload needed.</source>
        <translation>D1 hat diese Datei bereits (md5 %1); kein Hochladen nötig.</translation>
    </message>
    <message>
        <source>the import answer has no bookmark to poll with</source>
        <translation>die Import-Antwort hat kein Bookmark zum Abfragen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the upload address redirected elsewhere (HTTP %1); an upload is never sent on</source>
        <translation>die Upload-Adresse hat anderswohin umgeleitet (HTTP %1); ein Upload wird nie weitergesendet</translation>
    </message>
    <message numerus="yes">
        <source>the upload address expired %n time(s) in a row</source>
        <translation>
            <numerusform>die Upload-Adresse ist %n Mal in Folge abgelaufen</numerusform>
            <numerusform>die Upload-Adresse ist %n Mal in Folge abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload address has expired; asking D1 for a fresh one.</source>
        <translation>Die Upload-Adresse ist abgelaufen; D1 wird um eine neue gebeten.</translation>
    </message>
    <message>
        <source>the upload server answered HTTP %1</source>
        <translation>der Upload-Server hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>the upload stalled</source>
        <translation>das Hochladen ist ins Stocken geraten</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>what arrived differed from the file %n time(s) (ETag %1, md5 %2)</source>
        <translation>
            <numerusform>was ankam, wich %n Mal von der Datei ab (ETag %1, md5 %2)</numerusform>
            <numerusform>was ankam, wich %n Mal von der Datei ab (ETag %1, md5 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>What arrived differs from the file (ETag %1, md5 %2); uploading it again.</source>
        <translation>Was ankam, weicht von der Datei ab (ETag %1, md5 %2); sie wird erneut hochgeladen.</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes in %2 s; the upload server confirmed the md5. Asking D1 to import it.</source>
        <translation>%1 Bytes in %2 s hochgeladen; der Upload-Server hat die md5 bestätigt. D1 wird gebeten, sie zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s); nothing was imported)</source>
        <translation>
            <numerusform>%1 (nach %n Versuch; es wurde nichts importiert)</numerusform>
            <numerusform>%1 (nach %n Versuchen; es wurde nichts importiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload was interrupted (%1) after %2 bytes; sending the file again in %3 s (attempt %4 of %5).</source>
        <translation>Das Hochladen wurde nach %2 Bytes unterbrochen (%1); die Datei wird in %3 s erneut gesendet (Versuch %4 von %5).</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still importing after %1 (%n poll(s)); it finishes or rolls back on its own</source>
        <translation>
            <numerusform>D1 importierte nach %1 noch (%n Abfrage); es schließt selbst ab oder rollt zurück</numerusform>
            <numerusform>D1 importierte nach %1 noch (%n Abfragen); es schließt selbst ab oder rollt zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Found D1&apos;s import of the file; following it.</source>
        <translation>D1s Import der Datei gefunden; er wird weiter verfolgt.</translation>
    </message>
    <message>
        <source>The answer to the request to import the file was lost (%1). D1 may be importing it already, so it is not sent again: looking for the import under the bookmark from before it…</source>
        <translation>Die Antwort auf die Anfrage, die Datei zu importieren, ging verloren (%1). D1 importiert sie vielleicht schon, daher wird sie nicht erneut gesendet: Der Import wird unter dem Bookmark von davor gesucht…</translation>
    </message>
    <message>
        <source>D1 started no import under that bookmark; asking for the upload again.</source>
        <translation>D1 hat unter diesem Bookmark keinen Import begonnen; der Upload wird erneut angefordert.</translation>
    </message>
    <message>
        <source>The answer to the first request of the import was lost (%1). D1 starts importing at once when it still holds this file, so the request is not sent again before looking for an import under the bookmark from before it…</source>
        <translation>Die Antwort auf die erste Anfrage des Imports ging verloren (%1). D1 beginnt sofort mit dem Import, wenn es diese Datei noch hat, daher wird die Anfrage nicht erneut gesendet, bevor unter dem Bookmark von davor nach einem Import gesucht wurde…</translation>
    </message>
</context>
<context>
    <name>d1x::LiveCountJob</name>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>Die Zeilen von %n Tabelle in D1 werden gezählt (D1 berechnet jede dabei gelesene Zeile)…</numerusform>
            <numerusform>Die Zeilen von %n Tabellen in D1 werden gezählt (D1 berechnet jede dabei gelesene Zeile)…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>The rows could not be counted on D1 (%1); the export goes on without the comparison.</source>
        <translation>Die Zeilen konnten in D1 nicht gezählt werden (%1); der Export läuft ohne den Vergleich weiter.</translation>
    </message>
    <message>
        <source>the row counts came back incomplete</source>
        <translation>die Zeilenzahlen kamen unvollständig zurück</translation>
    </message>
    <message>
        <source>D1 holds %1 rows in these tables.</source>
        <translation>D1 hält %1 Zeilen in diesen Tabellen.</translation>
    </message>
</context>
<context>
    <name>d1x::LocalDatabaseLocator</name>
    <message>
        <source>There is no local development data yet: %1 does not exist. Create the local database first, e.g. with &quot;wrangler d1 migrations apply %2 --local&quot; or &quot;wrangler dev&quot; in %3%4.</source>
        <translation>Es gibt noch keine lokalen Entwicklungsdaten: %1 existiert nicht. Legen Sie zuerst die lokale Datenbank an, z. B. mit „wrangler d1 migrations apply %2 --local“ oder „wrangler dev“ in %3%4.</translation>
    </message>
    <message>
        <source> with the same --persist-to</source>
        <translation> mit demselben --persist-to</translation>
    </message>
    <message>
        <source>The local database of %1 has not been created yet (no %2). Run &quot;wrangler d1 migrations apply %1 --local&quot; or &quot;wrangler d1 execute %1 --local --command …&quot; first, or start &quot;wrangler dev&quot; and use the database once.</source>
        <translation>Die lokale Datenbank von %1 wurde noch nicht angelegt (kein %2). Führen Sie zuerst „wrangler d1 migrations apply %1 --local“ oder „wrangler d1 execute %1 --local --command …“ aus, oder starten Sie „wrangler dev“ und verwenden Sie die Datenbank einmal.</translation>
    </message>
</context>
<context>
    <name>d1x::LocalDumpWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>Lesen der Spalten von %1</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>Lesen der Zeilen von %1</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>%1 is a virtual table; it must be recreated after the dump</source>
        <translation>%1 ist eine virtuelle Tabelle; sie muss nach dem Dump neu angelegt werden</translation>
    </message>
</context>
<context>
    <name>d1x::OutputStream</name>
    <message>
        <source>%1 did not take the dump: %2</source>
        <translation>%1 hat den Dump nicht angenommen: %2</translation>
    </message>
</context>
<context>
    <name>d1x::PagedCall</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>eine ID enthält unzulässige Zeichen</translation>
    </message>
</context>
<context>
    <name>d1x::Parser</name>
    <message>
        <source>a table header is not closed with ]</source>
        <translation>ein Tabellenkopf ist nicht mit ] geschlossen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>unexpected text after a value</source>
        <translation>unerwarteter Text nach einem Wert</translation>
    </message>
    <message>
        <source>a key was expected</source>
        <translation>ein Schlüssel wurde erwartet</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 ist doppelt definiert</translation>
    </message>
    <message>
        <source>%1 is not a table</source>
        <translation>%1 ist keine Tabelle</translation>
    </message>
    <message>
        <source>= was expected after the key %1</source>
        <translation>nach dem Schlüssel %1 wurde = erwartet</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a \u escape needs hexadecimal digits</source>
        <translation>ein \u-Escape braucht Hexadezimalziffern</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation>unbekanntes Escape \%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>an array is not closed with ]</source>
        <translation>ein Array ist nicht mit ] geschlossen</translation>
    </message>
    <message>
        <source>an inline table is not closed with }</source>
        <translation>eine Inline-Tabelle ist nicht mit } geschlossen</translation>
    </message>
</context>
<context>
    <name>d1x::PollPacer</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached; waiting %1 s as it asks, then going on.</source>
        <translation>Die Ratenbegrenzung von Cloudflare wurde erreicht; wie verlangt wird %1 s gewartet, dann geht es weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ProjectDatabase</name>
    <message>
        <source>The wrangler configuration %1 does not exist.</source>
        <translation>Die wrangler-Konfiguration %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No wrangler configuration (wrangler.json, wrangler.jsonc or wrangler.toml) in %1 or a folder above it. Run this in your Worker&apos;s project folder, or name the file with --config FILE.</source>
        <translation>Keine wrangler-Konfiguration (wrangler.json, wrangler.jsonc oder wrangler.toml) in %1 oder einem Ordner darüber. Führen Sie dies im Projektordner Ihres Workers aus, oder nennen Sie die Datei mit --config FILE.</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases)%2, so there is no local database &quot;%3&quot;.</source>
        <translation>%1 deklariert keine D1-Datenbanken (d1_databases)%2, daher gibt es keine lokale Datenbank „%3“.</translation>
    </message>
    <message>
        <source> in the environment %1</source>
        <translation> in der Umgebung %1</translation>
    </message>
    <message>
        <source>%1 has no D1 database with the name or binding &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 hat keine D1-Datenbank mit dem Namen oder Binding „%2“ (vorhanden: %3).%4</translation>
    </message>
    <message>
        <source>%1 declares %2 without a database_id, which a remote export needs. Create the database (&quot;wrangler d1 create %2&quot;) and add its id, or export the local one with --local.</source>
        <translation>%1 deklariert %2 ohne database_id, die ein Export von Cloudflare braucht. Legen Sie die Datenbank an („wrangler d1 create %2“) und tragen Sie ihre ID ein, oder exportieren Sie die lokale mit --local.</translation>
    </message>
</context>
<context>
    <name>d1x::SavedSecrets</name>
    <message>
        <source>Loaded the saved secret for %1 from the system keychain.</source>
        <translation>Das gespeicherte Geheimnis für %1 wurde aus dem Systemschlüsselbund geladen.</translation>
    </message>
    <message>
        <source>No saved secret for %1 was found in the system keychain.</source>
        <translation>Im Systemschlüsselbund wurde kein gespeichertes Geheimnis für %1 gefunden.</translation>
    </message>
    <message>
        <source>Saved the secret in the system keychain.</source>
        <translation>Das Geheimnis wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Moved the saved secret to an entry for %1 only.</source>
        <translation>Das gespeicherte Geheimnis wurde in einen Eintrag nur für %1 verschoben.</translation>
    </message>
    <message>
        <source>Removed the secret from the system keychain.</source>
        <translation>Das Geheimnis wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Your secret is kept for this session only and will not be remembered.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Ihr Geheimnis wird nur für diese Sitzung aufbewahrt und nicht gemerkt.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Your secret is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ließ sich nicht verwenden (%1). Ihr Geheimnis wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>d1x::ValueRepairJob</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of D1&apos;s dump hold numbers D1 may have rounded (64-bit integers, infinities); reading just those again, as exact text…</source>
        <translation>
            <numerusform>%n Zeile des Dumps von D1 enthält Zahlen, die D1 gerundet haben könnte (64-Bit-Ganzzahlen, Unendlichkeiten); nur diese wird erneut als exakter Text gelesen…</numerusform>
            <numerusform>%n Zeilen des Dumps von D1 enthalten Zahlen, die D1 gerundet haben könnte (64-Bit-Ganzzahlen, Unendlichkeiten); nur diese werden erneut als exakter Text gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>its columns are unknown</source>
        <translation>ihre Spalten sind unbekannt</translation>
    </message>
    <message>
        <source>its key columns are not in the dump</source>
        <translation>ihre Schlüsselspalten sind nicht im Dump</translation>
    </message>
    <message>
        <source>%1 has no key to find rows by: reading it in order up to row %2.</source>
        <translation>%1 hat keinen Schlüssel, um Zeilen zu finden: Sie wird der Reihe nach bis Zeile %2 gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>no row on D1 holds these values now (%n row(s) with its key)</source>
        <translation>
            <numerusform>keine Zeile auf D1 enthält jetzt diese Werte (%n Zeile mit ihrem Schlüssel)</numerusform>
            <numerusform>keine Zeile auf D1 enthält jetzt diese Werte (%n Zeilen mit ihrem Schlüssel)</numerusform>
        </translation>
    </message>
    <message>
        <source>the row is no longer on D1</source>
        <translation>die Zeile ist nicht mehr auf D1</translation>
    </message>
    <message>
        <source>its columns differ on D1</source>
        <translation>ihre Spalten sind auf D1 anders</translation>
    </message>
    <message>
        <source>%1 is now %2 on D1 (row %3 of the table)</source>
        <translation>%1 ist auf D1 jetzt %2 (Zeile %3 der Tabelle)</translation>
    </message>
    <message>
        <source>%1, line %2 of the dump: %3</source>
        <translation>%1, Zeile %2 des Dumps: %3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the dump again with %n exact value(s)…</source>
        <translation>
            <numerusform>Der Dump wird mit %n exakten Wert neu geschrieben…</numerusform>
            <numerusform>Der Dump wird mit %n exakten Werten neu geschrieben…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::VirtualTableReadJob</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>%1: recreated (schema only).</source>
        <translation>%1: neu angelegt (nur Schema).</translation>
    </message>
    <message>
        <source>%1: recreated; its index is rebuilt from %2 on import.</source>
        <translation>%1: neu angelegt; der Index wird beim Import aus %2 neu aufgebaut.</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>the rows of the virtual table %1 could not be read (%2); a dump without them would be incomplete, so nothing was saved. Try again, or choose schema only to export its definition alone.</source>
        <translation>die Zeilen der virtuellen Tabelle %1 konnten nicht gelesen werden (%2); ein Dump ohne sie wäre unvollständig, daher wurde nichts gespeichert. Versuchen Sie es erneut, oder wählen Sie „nur Schema“, um nur ihre Definition zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s), read through /query.</source>
        <translation>
            <numerusform>%1: mit ihrer %n Zeile neu angelegt, gelesen über /query.</numerusform>
            <numerusform>%1: mit ihren %n Zeilen neu angelegt, gelesen über /query.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::WranglerConfig</name>
    <message>
        <source>The wrangler configuration %1 cannot be read: %2.</source>
        <translation>Die wrangler-Konfiguration %1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid TOML (%2).</source>
        <translation>Die wrangler-Konfiguration %1 ist kein gültiges TOML (%2).</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid JSON (%2).</source>
        <translation>Die wrangler-Konfiguration %1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>%1 defines no environments, so there is no --env %2.</source>
        <translation>%1 definiert keine Umgebungen, daher gibt es kein --env %2.</translation>
    </message>
    <message>
        <source>%1 has no environment &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 hat keine Umgebung „%2“ (vorhanden: %3).%4</translation>
    </message>
</context>
<context>
    <name>d1x::ui::AccountCombo</name>
    <message>
        <source>Pick an account or paste its ID</source>
        <translation>Konto wählen oder seine ID einfügen</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>Konto-ID: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::BackupDialog</name>
    <message>
        <source>Back up &amp;all databases of the account, also ones created later</source>
        <translation>Alle Datenbanken des &amp;Kontos sichern, auch später angelegte</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>A&amp;lle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Keine aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Compress with &amp;gzip (.sql.gz)</source>
        <translation>Mit &amp;gzip komprimieren (.sql.gz)</translation>
    </message>
    <message>
        <source>Also save each as an S&amp;QLite database</source>
        <translation>Jede zusätzlich als S&amp;QLite-Datenbank speichern</translation>
    </message>
    <message>
        <source>Chec&amp;k each dump after saving</source>
        <translation>Jeden Dump nach dem Speichern &amp;prüfen</translation>
    </message>
    <message>
        <source>Compare row counts with &amp;D1</source>
        <translation>Zeilenzahlen mit D1 &amp;vergleichen</translation>
    </message>
    <message>
        <source>Back Up Databases</source>
        <translation>Datenbanken sichern</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Filter databases</source>
        <translation>Datenbanken filtern</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation>Zu sichernde Datenbanken</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Databases to back &amp;up:</source>
        <translation>Zu &amp;sichernde Datenbanken:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Folder for the dumps and manifest.json</source>
        <translation>Ordner für die Dumps und manifest.json</translation>
    </message>
    <message>
        <source>D1 backups</source>
        <translation>D1-Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Load each saved dump into a temporary SQLite database: row counts per table, and statements too long to load back into D1.</source>
        <translation>Jeden gespeicherten Dump in eine temporäre SQLite-Datenbank laden: Zeilenzahlen pro Tabelle und Anweisungen, die zu lang sind, um zurück in D1 geladen zu werden.</translation>
    </message>
    <message>
        <source>Before each export, count the rows of every table on D1 with one query and compare them with the dump.</source>
        <translation>Vor jedem Export die Zeilen jeder Tabelle in D1 mit einer Abfrage zählen und mit dem Dump vergleichen.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Every database the account has when the backup starts.</source>
        <translation>Jede Datenbank, die das Konto beim Start der Sicherung hat.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>Angehakt: %1 von %n</numerusform>
            <numerusform>Angehakt: %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one database, or back up all of them.</source>
        <translation>Haken Sie mindestens eine Datenbank an oder sichern Sie alle.</translation>
    </message>
    <message>
        <source>Choose the folder the backups go into.</source>
        <translation>Wählen Sie den Ordner, in den die Sicherungen kommen.</translation>
    </message>
    <message>
        <source>Folder for the Backups</source>
        <translation>Ordner für die Sicherungen</translation>
    </message>
    <message>
        <source>Compare &amp;values with D1</source>
        <translation>&amp;Werte mit D1 vergleichen</translation>
    </message>
    <message>
        <source>After saving, load each dump once more and compare every table&apos;s values with D1&apos;s by fingerprints (the same SQL on both sides).</source>
        <translation>Nach dem Speichern jeden Dump erneut laden und die Werte jeder Tabelle anhand von Fingerabdrücken mit denen in D1 vergleichen (dasselbe SQL auf beiden Seiten).</translation>
    </message>
    <message>
        <source>Counting reads every row once, comparing values once more, and D1 bills rows read.</source>
        <translation>Das Zählen liest jede Zeile einmal, der Wertevergleich noch einmal, und D1 berechnet gelesene Zeilen.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::CredentialsPanel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>API token (recommended)</source>
        <translation>API-Token (empfohlen)</translation>
    </message>
    <message>
        <source>Email and global API key</source>
        <translation>E-Mail und globaler API-Schlüssel</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Paste an API token with D1 read permission</source>
        <translation>API-Token mit D1-Leseberechtigung einfügen</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Create a token&lt;/a&gt; (My Profile → API Tokens, D1 Read)</source>
        <translation>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Token erstellen&lt;/a&gt; (My Profile → API Tokens, D1 Read)</translation>
    </message>
    <message>
        <source>Opens the Cloudflare dashboard in your browser</source>
        <translation>Öffnet das Cloudflare-Dashboard im Browser</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>E-Mail-Adresse des Kontos</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-Mai&amp;l:</translation>
    </message>
    <message>
        <source>Global API key from your Cloudflare profile</source>
        <translation>Globaler API-Schlüssel aus Ihrem Cloudflare-Profil</translation>
    </message>
    <message>
        <source>Global API key</source>
        <translation>Globaler API-Schlüssel</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>Globaler API-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain so you need not paste it again. It is never written to the settings file.</source>
        <translation>Das Geheimnis im Schlüsselbund des Systems aufbewahren, damit Sie es nicht erneut einfügen müssen. Es wird nie in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Where the Cloudflare API lives. Change it only for a proxy or a local emulator; plain http is accepted for this computer only.</source>
        <translation>Wo die Cloudflare-API erreichbar ist. Nur für einen Proxy oder einen lokalen Emulator ändern; unverschlüsseltes http wird nur für diesen Computer akzeptiert.</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>API-Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Ask Cloudflare whether these credentials work (Enter in the secret field)</source>
        <translation>Cloudflare fragen, ob diese Zugangsdaten funktionieren (Eingabetaste im Geheimnisfeld)</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Erweiterte Einstellungen ausblenden</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabaseListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation>Rechtsraum: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Speicherort: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabasePicker</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Cloudflare account</source>
        <translation>Cloudflare-Konto</translation>
    </message>
    <message>
        <source>The account that owns the database. Account-owned tokens cannot list accounts: paste the account ID from the dashboard instead.</source>
        <translation>Das Konto, dem die Datenbank gehört. Kontoeigene Tokens können Konten nicht auflisten: Fügen Sie stattdessen die Konto-ID aus dem Dashboard ein.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Reload the list of accounts</source>
        <translation>Kontoliste neu laden</translation>
    </message>
    <message>
        <source>Reload accounts</source>
        <translation>Konten neu laden</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Name oder ID</translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation>Datenbanken durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Load the list of databases again</source>
        <translation>Datenbankliste erneut laden</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>Wählen Sie ein Konto, um seine Datenbanken zu sehen.</translation>
    </message>
    <message>
        <source>This account has no D1 databases.</source>
        <translation>Dieses Konto hat keine D1-Datenbanken.</translation>
    </message>
    <message numerus="yes">
        <source>Databases: %n</source>
        <translation>
            <numerusform>Datenbanken: %n</numerusform>
            <numerusform>Datenbanken: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Databases: %1 of %n match the search</source>
        <translation>
            <numerusform>Datenbanken: %1 von %n passt zur Suche</numerusform>
            <numerusform>Datenbanken: %1 von %n passen zur Suche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>the emulator did not report that it was ready within %n second(s)</source>
        <translation>
            <numerusform>der Emulator hat nicht innerhalb von %n Sekunde gemeldet, dass er bereit ist</numerusform>
            <numerusform>der Emulator hat nicht innerhalb von %n Sekunden gemeldet, dass er bereit ist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the emulator stopped unexpectedly. %1</source>
        <translation>der Emulator wurde unerwartet beendet. %1</translation>
    </message>
    <message>
        <source>the emulator exited with code %1. %2</source>
        <translation>der Emulator wurde mit Code %1 beendet. %2</translation>
    </message>
    <message>
        <source>the emulator program was not found at %1</source>
        <translation>das Emulator-Programm wurde nicht unter %1 gefunden</translation>
    </message>
    <message>
        <source>the emulator did not say where it listens</source>
        <translation>der Emulator hat nicht mitgeteilt, wo er lauscht</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DependencyNote</name>
    <message numerus="yes">
        <source>Add %n Table(s)</source>
        <translation>
            <numerusform>%n Tabelle hinzufügen</numerusform>
            <numerusform>%n Tabellen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1 too</source>
        <translation>%1 ebenfalls exportieren</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Include related ob&amp;jects</source>
        <translation>Zugehörige Ob&amp;jekte einbeziehen</translation>
    </message>
    <message>
        <source>Check the dump after sav&amp;ing</source>
        <translation>Dump nach dem Spei&amp;chern prüfen</translation>
    </message>
    <message>
        <source>Compare row counts with D1</source>
        <translation>Zeilenzahlen mit D1 vergleichen</translation>
    </message>
    <message>
        <source>Also save as S&amp;QLite</source>
        <translation>Zusätzlich als S&amp;QLite speichern</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>Das Zählen liest jede Zeile einmal, und D1 berechnet gelesene Zeilen.</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, which D1&apos;s table filter leaves out.</source>
        <translation>Indizes und Trigger der gewählten Tabellen, die der Tabellenfilter von D1 weglässt.</translation>
    </message>
    <message>
        <source>Loads it into SQLite: rows per table, statements too long for D1.</source>
        <translation>Lädt ihn in SQLite: Zeilen pro Tabelle, Anweisungen, die für D1 zu lang sind.</translation>
    </message>
    <message>
        <source>A .sqlite database beside the SQL file.</source>
        <translation>Eine .sqlite-Datenbank neben der SQL-Datei.</translation>
    </message>
    <message>
        <source>A data-only dump holds no indexes or triggers.</source>
        <translation>Ein Dump nur mit Daten enthält keine Indizes oder Trigger.</translation>
    </message>
    <message>
        <source>Every table is chosen: D1 exports all indexes and triggers anyway.</source>
        <translation>Alle Tabellen sind gewählt: D1 exportiert ohnehin alle Indizes und Trigger.</translation>
    </message>
    <message>
        <source>D1&apos;s table filter keeps only the objects named in it, so a partial export would lose the indexes and triggers of the chosen tables. With this on they are exported too.</source>
        <translation>Der Tabellenfilter von D1 behält nur die darin genannten Objekte; ein teilweiser Export würde daher die Indizes und Trigger der gewählten Tabellen verlieren. Ist dies eingeschaltet, werden sie mitexportiert.</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own, so it cannot be checked.</source>
        <translation>Ein Dump nur mit Daten lässt sich nicht für sich allein laden und daher nicht prüfen.</translation>
    </message>
    <message>
        <source>A schema-only dump has no rows to compare.</source>
        <translation>Ein Dump nur mit Schema hat keine Zeilen zum Vergleichen.</translation>
    </message>
    <message>
        <source>Just before the export, count the rows of every exported table on D1 with one query, and compare them with the rows of the saved dump.</source>
        <translation>Direkt vor dem Export die Zeilen jeder exportierten Tabelle in D1 mit einer Abfrage zählen und mit den Zeilen des gespeicherten Dumps vergleichen.</translation>
    </message>
    <message>
        <source>Load the dump into a new SQLite database and save it beside the SQL file, with the same name ending in .sqlite. To save only the SQLite database, choose that file type when saving.</source>
        <translation>Den Dump in eine neue SQLite-Datenbank laden und diese neben der SQL-Datei speichern, unter demselben Namen mit der Endung .sqlite. Um nur die SQLite-Datenbank zu speichern, wählen Sie beim Speichern diesen Dateityp.</translation>
    </message>
    <message>
        <source>Comparing row counts and saving an SQLite database both load the dump, which checks it.</source>
        <translation>Der Vergleich der Zeilenzahlen und das Speichern als SQLite-Datenbank laden beide den Dump und prüfen ihn damit.</translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation>Aufgeben nach (Minuten)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Aufgeben nach</translation>
    </message>
    <message>
        <source>when D1 has not produced the dump by then, waits for Cloudflare&apos;s rate limit included.</source>
        <translation>wenn D1 den Dump bis dahin nicht erstellt hat, Wartezeiten wegen der Ratenbegrenzung von Cloudflare eingeschlossen.</translation>
    </message>
    <message>
        <source>Compare values with D1</source>
        <translation>Werte mit D1 vergleichen</translation>
    </message>
    <message>
        <source>Fingerprints of every value, by the same SQL on D1 and on the saved dump: reads every row once more, and D1 bills rows read.</source>
        <translation>Fingerabdrücke aller Werte, mit demselben SQL in D1 und im gespeicherten Dump: Liest jede Zeile noch einmal, und D1 berechnet gelesene Zeilen.</translation>
    </message>
    <message>
        <source>A schema-only dump has no values to compare.</source>
        <translation>Ein Dump nur mit Schema hat keine Werte zum Vergleichen.</translation>
    </message>
    <message>
        <source>After saving, load the dump once more and compare every exported table&apos;s values with D1&apos;s by fingerprints; a difference names the table and row.</source>
        <translation>Nach dem Speichern den Dump erneut laden und die Werte jeder exportierten Tabelle anhand von Fingerabdrücken mit denen in D1 vergleichen; eine Abweichung nennt Tabelle und Zeile.</translation>
    </message>
    <message>
        <source>Load the dump into a temporary SQLite database while it downloads: row counts per table, and statements too long to load back into D1.</source>
        <translation>Den Dump während des Downloads in eine temporäre SQLite-Datenbank laden: Zeilenzahlen pro Tabelle und Anweisungen, die zu lang sind, um zurück in D1 geladen zu werden.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>O&amp;pen Folder</source>
        <translation>Ordner &amp;öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y Path</source>
        <translation>Pfad k&amp;opieren</translation>
    </message>
    <message>
        <source>Choose where to save, then export (Ctrl+E)</source>
        <translation>Speicherort wählen, dann exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Stop the export; no file is written (Esc)</source>
        <translation>Export anhalten; es wird keine Datei geschrieben (Esc)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Fortschrittsprotokoll</translation>
    </message>
    <message>
        <source>Show the saved file&apos;s folder in the file manager</source>
        <translation>Den Ordner der gespeicherten Datei im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Copy the saved file&apos;s full path to the clipboard</source>
        <translation>Den vollständigen Pfad der gespeicherten Datei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>Wählen Sie eine Datenbank zum Exportieren.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4 left</source>
        <translation>%1 von %2 · %3 · noch %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Saved %1: %2 in %3.</source>
        <translation>%1 gespeichert: %2 in %3.</translation>
    </message>
    <message>
        <source>You cancelled the export. No file was written; an existing file with that name was left as it was.</source>
        <translation>Sie haben den Export abgebrochen. Es wurde keine Datei geschrieben; eine vorhandene Datei mit diesem Namen blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <source>Loading the saved dump into SQLite to check it…</source>
        <translation>Der gespeicherte Dump wird zur Prüfung in SQLite geladen…</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>%1 compressed to %2, in %3</source>
        <translation>%1 auf %2 komprimiert, in %3</translation>
    </message>
    <message numerus="yes">
        <source>It loads into SQLite, but %n statement(s) are too long to load back into D1.</source>
        <translation>
            <numerusform>Die Datei lässt sich in SQLite laden, aber %n Anweisung ist zu lang, um zurück in D1 geladen zu werden.</numerusform>
            <numerusform>Die Datei lässt sich in SQLite laden, aber %n Anweisungen sind zu lang, um zurück in D1 geladen zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: it loads into SQLite (%1 rows).</source>
        <translation>Geprüft: Die Datei lässt sich in SQLite laden (%1 Zeilen).</translation>
    </message>
    <message>
        <source>Back Up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Export several databases of this account, or all of them, into one folder with a manifest (Ctrl+B)</source>
        <translation>Mehrere oder alle Datenbanken dieses Kontos in einen gemeinsamen Ordner mit einem Manifest exportieren (Strg+B)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row count(s) differ from D1: see the report.</source>
        <translation>
            <numerusform>%n Zeilenzahl weicht von D1 ab: siehe Bericht.</numerusform>
            <numerusform>%n Zeilenzahlen weichen von D1 ab: siehe Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>But it does not load into SQLite: see the report.</source>
        <translation>Die Datei lässt sich aber nicht in SQLite laden: siehe Bericht.</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>Sicherung nach %1…</translation>
    </message>
    <message>
        <source>Listing the databases…</source>
        <translation>Datenbanken werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>You cancelled the backup after %n database(s); what was saved is in the manifest.</source>
        <translation>
            <numerusform>Sie haben die Sicherung nach %n Datenbank abgebrochen; was gespeichert wurde, steht im Manifest.</numerusform>
            <numerusform>Sie haben die Sicherung nach %n Datenbanken abgebrochen; was gespeichert wurde, steht im Manifest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <source>Backup finished with problems</source>
        <translation>Sicherung mit Problemen abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s).</source>
        <translation>
            <numerusform>%1 von %n Datenbank gesichert.</numerusform>
            <numerusform>%1 von %n Datenbanken gesichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the report.</source>
        <translation>
            <numerusform>%n ist fehlgeschlagen: siehe Bericht.</numerusform>
            <numerusform>%n sind fehlgeschlagen: siehe Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>Das Manifest konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Reading the saved dump for values D1 rounded…</source>
        <translation>Der gespeicherte Dump wird nach von D1 gerundeten Werten durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare&apos;s rate limit: going on in %n s</source>
        <translation>
            <numerusform>Ratenbegrenzung von Cloudflare: weiter in %n s</numerusform>
            <numerusform>Ratenbegrenzung von Cloudflare: weiter in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Count &amp;rows after the import</source>
        <translation>&amp;Zeilen nach dem Import zählen</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Vorbereiten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Import into D1</source>
        <translation>In D1 importieren</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>A .sql or .sql.gz dump, or an SQLite database (.sqlite, .sqlite3, .db)</source>
        <translation>Ein .sql- oder .sql.gz-Dump oder eine SQLite-Datenbank (.sqlite, .sqlite3, .db)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>After the import, count the rows of every table on D1 with one query and compare them with the file.</source>
        <translation>Nach dem Import die Zeilen jeder Tabelle in D1 mit einer Abfrage zählen und mit der Datei vergleichen.</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>Das Zählen liest jede Zeile einmal, und D1 berechnet gelesene Zeilen.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Zusammen&amp;fassung</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Repor&amp;t</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>Restore the database to the Time Travel bookmark taken before the import (asks first)</source>
        <translation>Die Datenbank auf das vor dem Import gesetzte Time-Travel-Bookmark zurücksetzen (fragt vorher nach)</translation>
    </message>
    <message>
        <source>Stop the import. Before D1 starts loading the file nothing changes on D1.</source>
        <translation>Den Import stoppen. Bevor D1 mit dem Laden der Datei beginnt, ändert sich auf D1 nichts.</translation>
    </message>
    <message>
        <source>Turn the file into SQL that D1 loads and show what will be imported; nothing is sent to D1 yet</source>
        <translation>Die Datei in SQL umwandeln, das D1 lädt, und zeigen, was importiert wird; noch wird nichts an D1 gesendet</translation>
    </message>
    <message>
        <source>Upload the prepared SQL and let D1 import it</source>
        <translation>Das vorbereitete SQL hochladen und von D1 importieren lassen</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>%1 is not a file that exists: choose the file again.</source>
        <translation>%1 ist keine vorhandene Datei: Wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>SQL dumps and SQLite databases (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQL-Dumps und SQLite-Datenbanken (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The choices changed: prepare again.</source>
        <translation>Die Auswahl hat sich geändert: Bereiten Sie erneut vor.</translation>
    </message>
    <message>
        <source>Preparing %1 for %2…</source>
        <translation>%1 wird für %2 vorbereitet…</translation>
    </message>
    <message>
        <source>Not imported: nothing was sent to D1.</source>
        <translation>Nicht importiert: An D1 wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>You cancelled before importing: nothing changed on D1.</source>
        <translation>Sie haben vor dem Import abgebrochen: Auf D1 hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Undo the Import?</source>
        <translation>Import rückgängig machen?</translation>
    </message>
    <message>
        <source>Restore %1 to the Time Travel bookmark taken before the import?</source>
        <translation>%1 auf das vor dem Import gesetzte Time-Travel-Bookmark zurücksetzen?</translation>
    </message>
    <message>
        <source>Everything written to %1 since that bookmark is undone: the import, and anything else written to it meanwhile. D1 keeps a bookmark of the state before the restore.</source>
        <translation>Alles, was seit diesem Bookmark in %1 geschrieben wurde, wird rückgängig gemacht: der Import und alles andere, was inzwischen hineingeschrieben wurde. D1 behält ein Bookmark des Stands vor der Wiederherstellung.</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>D1 is working on %1.</source>
        <translation>D1 arbeitet an %1.</translation>
    </message>
    <message>
        <source>The import has not reached D1 yet.</source>
        <translation>Der Import hat D1 noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Close anyway? D1 goes on on its own and either completes or rolls back; the database stays blocked until then.</source>
        <translation>Trotzdem schließen? D1 macht allein weiter und schließt entweder ab oder rollt zurück; die Datenbank bleibt bis dahin gesperrt.</translation>
    </message>
    <message>
        <source>Cancel it and close? Nothing changes on D1.</source>
        <translation>Abbrechen und schließen? Auf D1 ändert sich nichts.</translation>
    </message>
    <message>
        <source>Ready: Prepare turns the file into SQL that D1 loads. Nothing is sent yet.</source>
        <translation>Bereit: Vorbereiten wandelt die Datei in SQL um, das D1 lädt. Noch wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>Die Datei wird vorbereitet…</translation>
    </message>
    <message>
        <source>Prepared: check the summary, then Import.</source>
        <translation>Vorbereitet: Prüfen Sie die Zusammenfassung, dann Importieren.</translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Die Datenbank %1 wird angelegt…</translation>
    </message>
    <message>
        <source>Taking a Time Travel bookmark of %1…</source>
        <translation>Ein Time-Travel-Bookmark von %1 wird gesetzt…</translation>
    </message>
    <message>
        <source>Uploading the SQL for %1…</source>
        <translation>Das SQL für %1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>D1 is importing into %1; the database is blocked until it is done…</source>
        <translation>D1 importiert in %1; die Datenbank ist gesperrt, bis es fertig ist…</translation>
    </message>
    <message>
        <source>Counting the rows of %1 on D1…</source>
        <translation>Die Zeilen von %1 werden auf D1 gezählt…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark taken before the import…</source>
        <translation>%1 wird auf das vor dem Import gesetzte Bookmark zurückgesetzt…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2</source>
        <translation>%1 von %2 hochgeladen</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3</source>
        <translation>%1 von %2 hochgeladen · %3</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3 · %4 left</source>
        <translation>%1 von %2 hochgeladen · %3 · noch %4</translation>
    </message>
    <message>
        <source>D1 has been importing for %1</source>
        <translation>D1 importiert seit %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <source>%1 already holds tables: read the warning before you import.</source>
        <translation>%1 enthält bereits Tabellen: Lesen Sie die Warnung, bevor Sie importieren.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written in %3.</source>
        <translation>In %1 importiert: %2 Zeilen in %3 geschrieben.</translation>
    </message>
    <message>
        <source>Undo Import restores the bookmark taken before it.</source>
        <translation>Import rückgängig machen stellt das vorher gesetzte Bookmark wieder her.</translation>
    </message>
    <message>
        <source>You stopped following the import, but D1 had already started loading it: D1 either completes the import or rolls it back on its own, and %1 stays blocked until then.</source>
        <translation>Sie verfolgen den Import nicht mehr, aber D1 hatte bereits mit dem Laden begonnen: D1 schließt den Import selbst ab oder rollt ihn zurück, und %1 bleibt bis dahin gesperrt.</translation>
    </message>
    <message>
        <source>The import into %1 completed; only the row count was cancelled.</source>
        <translation>Der Import in %1 ist abgeschlossen; nur die Zeilenzählung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it: nothing changed in %1.</source>
        <translation>Sie haben den Import abgebrochen, bevor D1 mit dem Laden begann: In %1 hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it. The new database %1 could not be deleted again and is empty: see the log.</source>
        <translation>Sie haben den Import abgebrochen, bevor D1 mit dem Laden begann. Die neue Datenbank %1 konnte nicht wieder gelöscht werden und ist leer: siehe Protokoll.</translation>
    </message>
    <message>
        <source>Undo failed: %1 %2</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>Rückgängig gemacht: %1 ist wieder auf dem vor dem Import gesetzten Bookmark.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportReportView</name>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Bookmark before:</source>
        <translation>Bookmark davor:</translation>
    </message>
    <message>
        <source>Time Travel bookmark taken before the import</source>
        <translation>Vor dem Import gesetztes Time-Travel-Bookmark</translation>
    </message>
    <message>
        <source>Final bookmark:</source>
        <translation>Letztes Bookmark:</translation>
    </message>
    <message>
        <source>Time Travel bookmark after the import</source>
        <translation>Time-Travel-Bookmark nach dem Import</translation>
    </message>
    <message>
        <source>Undo from the command line:</source>
        <translation>Rückgängig machen über die Befehlszeile:</translation>
    </message>
    <message>
        <source>Command line that undoes the import</source>
        <translation>Befehlszeile, die den Import rückgängig macht</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Zeilen pro Tabelle</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Zeilen in der Datei</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>Zeilen in D1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The report of the import appears here: the bookmarks before and after it, and the rows of every table.</source>
        <translation>Hier erscheint der Bericht des Imports: die Bookmarks davor und danach und die Zeilen jeder Tabelle.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written by %3 queries.</source>
        <translation>In %1 importiert: %2 Zeilen durch %3 Abfragen geschrieben.</translation>
    </message>
    <message>
        <source>The import into %1 was cancelled.</source>
        <translation>Der Import in %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The import into %1 failed: %2</source>
        <translation>Der Import in %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 (%2), created for this import</source>
        <translation>%1 (%2), für diesen Import angelegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uploaded %1; D1 ran %2 queries, read %3 rows and wrote %4 in %5.</source>
        <translation>%1 hochgeladen; D1 hat %2 Abfragen ausgeführt, %3 Zeilen gelesen und %4 in %5 geschrieben.</translation>
    </message>
    <message>
        <source>The database is now %1.</source>
        <translation>Die Datenbank hat jetzt %1.</translation>
    </message>
    <message>
        <source>Rows on D1 were not counted: turn on &quot;Count rows after the import&quot; to compare them with the file.</source>
        <translation>Die Zeilen auf D1 wurden nicht gezählt: Schalten Sie „Zeilen nach dem Import zählen“ ein, um sie mit der Datei zu vergleichen.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not on D1</source>
        <translation>nicht auf D1</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>weicht um %1 ab</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1, but %n table(s) hold another number of rows than the file: see below. A database that held rows before the import keeps them.</source>
        <translation>
            <numerusform>In %1 importiert, aber %n Tabelle enthält eine andere Zeilenzahl als die Datei: siehe unten. Eine Datenbank, die vor dem Import Zeilen enthielt, behält sie.</numerusform>
            <numerusform>In %1 importiert, aber %n Tabellen enthalten eine andere Zeilenzahl als die Datei: siehe unten. Eine Datenbank, die vor dem Import Zeilen enthielt, behält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed: %1 %2 is as the import left it.</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1 %2 ist so, wie der Import sie hinterlassen hat.</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>Rückgängig gemacht: %1 ist wieder auf dem vor dem Import gesetzten Bookmark.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportSummaryView</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables and rows in the file</source>
        <translation>Tabellen und Zeilen in der Datei</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Choose the file and where it goes, then Prepare. Nothing is sent to D1 before you confirm: the file is first turned into SQL that D1 loads, and its figures appear here.</source>
        <translation>Wählen Sie die Datei und ihr Ziel, dann Vorbereiten. Vor Ihrer Bestätigung wird nichts an D1 gesendet: Die Datei wird zuerst in SQL umgewandelt, das D1 lädt, und ihre Zahlen erscheinen hier.</translation>
    </message>
    <message>
        <source>Ready to create %1 and import into it. Check the figures, then Import.</source>
        <translation>Bereit, %1 anzulegen und darin zu importieren. Prüfen Sie die Zahlen, dann Importieren.</translation>
    </message>
    <message>
        <source>Ready to import into %1. Check the figures, then Import.</source>
        <translation>Bereit zum Import in %1. Prüfen Sie die Zahlen, dann Importieren.</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Datei: %1 (%2)</translation>
    </message>
    <message>
        <source>To upload: %1 of SQL in %2 statements</source>
        <translation>Hochzuladen: %1 SQL in %2 Anweisungen</translation>
    </message>
    <message>
        <source>Tables: %1, with %2 rows</source>
        <translation>Tabellen: %1, mit %2 Zeilen</translation>
    </message>
    <message>
        <source>Virtual tables recreated: %1</source>
        <translation>Neu angelegte virtuelle Tabellen: %1</translation>
    </message>
    <message>
        <source>Rows longer than D1&apos;s 100 KB statement limit, written in pieces that D1 joins again: %1</source>
        <translation>Zeilen, länger als das Anweisungslimit von D1 (100 KB), in Stücken geschrieben, die D1 wieder zusammenfügt: %1</translation>
    </message>
    <message>
        <source>Rows written in pieces: none</source>
        <translation>In Stücken geschriebene Zeilen: keine</translation>
    </message>
    <message>
        <source>Left out: nothing</source>
        <translation>Weggelassen: nichts</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Weggelassen:</translation>
    </message>
    <message>
        <source>%1 (virtual)</source>
        <translation>%1 (virtuell)</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s). The import runs on top of them: it adds rows, and can change or overwrite what is there.</source>
        <translation>
            <numerusform>%1 enthält bereits %n Tabelle. Der Import läuft darüber: Er fügt Zeilen hinzu und kann Vorhandenes ändern oder überschreiben.</numerusform>
            <numerusform>%1 enthält bereits %n Tabellen. Der Import läuft darüber: Er fügt Zeilen hinzu und kann Vorhandenes ändern oder überschreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the file too: %1.</source>
        <translation>Auch in der Datei: %1.</translation>
    </message>
    <message>
        <source>A Time Travel bookmark of %1 is taken first: Undo Import goes back to it.</source>
        <translation>Zuerst wird ein Time-Travel-Bookmark von %1 gesetzt: Import rückgängig machen kehrt dorthin zurück.</translation>
    </message>
    <message>
        <source>Tables %1 holds now: %2</source>
        <translation>Tabellen, die %1 jetzt enthält: %2</translation>
    </message>
    <message>
        <source>%1 is created first, then the file is imported into it.</source>
        <translation>%1 wird zuerst angelegt, dann wird die Datei hineinimportiert.</translation>
    </message>
    <message>
        <source>%1 holds no tables yet.</source>
        <translation>%1 enthält noch keine Tabellen.</translation>
    </message>
    <message>
        <source>While D1 imports, it blocks the database: queries and exports of it wait until the import completes. D1 imports all or nothing: if the import fails, the database stays as it was.</source>
        <translation>Während D1 importiert, sperrt es die Datenbank: Abfragen und Exporte davon warten, bis der Import abgeschlossen ist. D1 importiert alles oder nichts: Schlägt der Import fehl, bleibt die Datenbank, wie sie war.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportTargetChooser</name>
    <message>
        <source>An &amp;existing database:</source>
        <translation>Eine &amp;vorhandene Datenbank:</translation>
    </message>
    <message>
        <source>A &amp;new database named:</source>
        <translation>Eine &amp;neue Datenbank namens:</translation>
    </message>
    <message>
        <source>Database to import into</source>
        <translation>Datenbank, in die importiert wird</translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation>Name der neuen Datenbank</translation>
    </message>
    <message>
        <source>e.g. shop-restored</source>
        <translation>z. B. shop-restored</translation>
    </message>
    <message>
        <source>a new database named %1</source>
        <translation>eine neue Datenbank namens %1</translation>
    </message>
    <message>
        <source>Choose the database to import into, or a new one.</source>
        <translation>Wählen Sie die Datenbank, in die importiert wird, oder eine neue.</translation>
    </message>
    <message>
        <source>Type the name of the new database.</source>
        <translation>Geben Sie den Namen der neuen Datenbank ein.</translation>
    </message>
    <message>
        <source>The account already has a database named %1: choose it above, or type another name.</source>
        <translation>Das Konto hat bereits eine Datenbank namens %1: Wählen Sie sie oben oder geben Sie einen anderen Namen ein.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LanguageMenu</name>
    <message>
        <source>The language changes the next time D1 Exporter starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von D1 Exporter.</translation>
    </message>
    <message>
        <source>Takes effect the next time D1 Exporter starts.</source>
        <translation>Wirkt beim nächsten Start von D1 Exporter.</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LocalProjectPicker</name>
    <message>
        <source>Local Project</source>
        <translation>Lokales Projekt</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>The Worker project&apos;s folder (with wrangler.toml or wrangler.json)</source>
        <translation>Der Ordner des Worker-Projekts (mit wrangler.toml oder wrangler.json)</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Environment of the wrangler configuration</source>
        <translation>Umgebung der wrangler-Konfiguration</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>D1 databases of the project</source>
        <translation>D1-Datenbanken des Projekts</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>D1 databases:</source>
        <translation>D1-Datenbanken:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Choose the folder of a Worker project that uses D1.</source>
        <translation>Wählen Sie den Ordner eines Worker-Projekts, das D1 verwendet.</translation>
    </message>
    <message>
        <source>Choose the Worker Project</source>
        <translation>Worker-Projekt wählen</translation>
    </message>
    <message>
        <source>No wrangler.toml, wrangler.json or wrangler.jsonc in %1 or a folder above it. Choose the folder of a Worker project.</source>
        <translation>Keine wrangler.toml, wrangler.json oder wrangler.jsonc in %1 oder einem Ordner darüber. Wählen Sie den Ordner eines Worker-Projekts.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — no local data yet</source>
        <translation>%1 — noch keine lokalen Daten</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases).</source>
        <translation>%1 deklariert keine D1-Datenbanken (d1_databases).</translation>
    </message>
    <message numerus="yes">
        <source>%n D1 database(s) in %1.</source>
        <translation>
            <numerusform>%n D1-Datenbank in %1.</numerusform>
            <numerusform>%n D1-Datenbanken in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads %1 (read-only: a running wrangler dev is not disturbed).</source>
        <translation>Liest %1 (nur lesend: ein laufendes wrangler dev wird nicht gestört).</translation>
    </message>
    <message>
        <source>Choose a local database that wrangler dev has created.</source>
        <translation>Wählen Sie eine lokale Datenbank, die wrangler dev angelegt hat.</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>Die Tabellen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogModel</name>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>D1: </source>
        <translation>D1: </translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
</context>
<context>
    <name>d1x::ui::MainWindow</name>
    <message>
        <source>D1 Exporter</source>
        <translation>D1 Exporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About D1 Exporter</source>
        <translation>Ü&amp;ber D1 Exporter</translation>
    </message>
    <message>
        <source>The demo token is used for this session only.</source>
        <translation>Das Demo-Token gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Starting the offline demo…</source>
        <translation>Offline-Demo wird gestartet…</translation>
    </message>
    <message>
        <source>Starting the local D1 emulator for the offline demo.</source>
        <translation>Der lokale D1-Emulator für die Offline-Demo wird gestartet.</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1. Start D1 Exporter again with --demo, or sign in to Cloudflare instead.</source>
        <translation>Die Offline-Demo wurde beendet: %1. Starten Sie D1 Exporter erneut mit --demo oder melden Sie sich stattdessen bei Cloudflare an.</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1</source>
        <translation>Die Offline-Demo wurde beendet: %1</translation>
    </message>
    <message>
        <source>Offline demo: D1 Exporter is talking to a local emulator at %1 that serves a sample database. Nothing leaves this computer.</source>
        <translation>Offline-Demo: D1 Exporter spricht mit einem lokalen Emulator unter %1, der eine Beispieldatenbank bereitstellt. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>The offline demo is ready at %1.</source>
        <translation>Die Offline-Demo ist unter %1 bereit.</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>Wählen Sie ein Konto, um seine Datenbanken zu sehen.</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>Wählen Sie eine Datenbank, um ihre Tabellen zu sehen.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3)…</translation>
    </message>
    <message>
        <source>Changed: verify again.</source>
        <translation>Geändert: erneut prüfen.</translation>
    </message>
    <message>
        <source>The API base URL cannot be used: %1</source>
        <translation>Die API-Basis-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Checking with Cloudflare…</source>
        <translation>Rückfrage bei Cloudflare…</translation>
    </message>
    <message>
        <source>Enter your credentials first.</source>
        <translation>Geben Sie zuerst Ihre Zugangsdaten ein.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <source>The accounts could not be listed (%1) Paste the account ID from the Cloudflare dashboard instead.</source>
        <translation>Die Konten ließen sich nicht auflisten (%1) Fügen Sie stattdessen die Konto-ID aus dem Cloudflare-Dashboard ein.</translation>
    </message>
    <message>
        <source>Listing accounts failed: %1</source>
        <translation>Auflisten der Konten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>These credentials see no accounts. Paste the account ID instead.</source>
        <translation>Diese Zugangsdaten sehen keine Konten. Fügen Sie stattdessen die Konto-ID ein.</translation>
    </message>
    <message numerus="yes">
        <source>Accounts found: %n</source>
        <translation>
            <numerusform>Gefundene Konten: %n</numerusform>
            <numerusform>Gefundene Konten: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an account ID: it contains spaces, slashes or other characters IDs never have.</source>
        <translation>„%1“ kann keine Konto-ID sein: Es enthält Leerzeichen, Schrägstriche oder andere Zeichen, die IDs nie haben.</translation>
    </message>
    <message>
        <source>Loading databases…</source>
        <translation>Datenbanken werden geladen…</translation>
    </message>
    <message>
        <source>Listing databases failed: %1</source>
        <translation>Auflisten der Datenbanken fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Databases found: %n</source>
        <translation>
            <numerusform>Gefundene Datenbanken: %n</numerusform>
            <numerusform>Gefundene Datenbanken: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Tabellen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The tables could not be read: %1 The whole database can still be exported.</source>
        <translation>Die Tabellen ließen sich nicht lesen: %1 Die ganze Datenbank lässt sich trotzdem exportieren.</translation>
    </message>
    <message>
        <source>Reading the tables failed: %1</source>
        <translation>Lesen der Tabellen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 %)</source>
        <translation>%1 wird heruntergeladen (%2 %)</translation>
    </message>
    <message>
        <source>Export Running</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Ein Export läuft noch.</translation>
    </message>
    <message>
        <source>Cancel it and close D1 Exporter? No file will be written.</source>
        <translation>Export abbrechen und D1 Exporter schließen? Es wird keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>System keychain: %1</source>
        <translation>Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>The secret will be saved in the system keychain once it is verified.</source>
        <translation>Das Geheimnis wird im Schlüsselbund des Systems gespeichert, sobald es geprüft ist.</translation>
    </message>
    <message>
        <source>About D1 Exporter</source>
        <translation>Über D1 Exporter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exports Cloudflare D1 databases as SQL files.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exportiert Cloudflare-D1-Datenbanken als SQL-Dateien.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the dump of %1…</source>
        <translation>Der Dump von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Back Up Databases…</source>
        <translation>Datenbanken &amp;sichern…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>SQL dump (*.sql);;Compressed SQL dump (*.sql.gz);;SQLite database (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQL-Dump (*.sql);;Komprimierter SQL-Dump (*.sql.gz);;SQLite-Datenbank (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A data-only dump cannot become an SQLite database: it has no tables to hold the rows. Choose &quot;Schema and data&quot;, or save it as SQL.</source>
        <translation>Aus einem Dump nur mit Daten kann keine SQLite-Datenbank werden: Er enthält keine Tabellen für die Zeilen. Wählen Sie „Schema und Daten“ oder speichern Sie ihn als SQL.</translation>
    </message>
    <message>
        <source>Replace SQLite Database?</source>
        <translation>SQLite-Datenbank ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>The export also saves the database as SQLite under that name. Replace it? It is replaced only once the new one is complete.</source>
        <translation>Der Export speichert die Datenbank zusätzlich unter diesem Namen als SQLite. Ersetzen? Sie wird erst ersetzt, wenn die neue vollständig ist.</translation>
    </message>
    <message>
        <source>Export not started: %1 was kept.</source>
        <translation>Export nicht gestartet: %1 wurde behalten.</translation>
    </message>
    <message>
        <source>Backing up %1 (%2 of %3)…</source>
        <translation>%1 wird gesichert (%2 von %3)…</translation>
    </message>
    <message>
        <source>The saved secret belongs to %1, so it was taken out of the form for this API base. Enter the secret for this one.</source>
        <translation>Das gespeicherte Geheimnis gehört zu %1 und wurde daher für diese API-Basis aus dem Formular entfernt. Geben Sie das Geheimnis für diese ein.</translation>
    </message>
    <message>
        <source>&amp;Import into D1…</source>
        <translation>In D1 &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>d1x::ui::NoticeBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ReportView</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The report of the next export appears here: the saved files with their SHA-256, and the rows of every table when the dump is checked.</source>
        <translation>Hier erscheint der Bericht des nächsten Exports: die gespeicherten Dateien mit ihrer SHA-256-Prüfsumme und die Zeilen jeder Tabelle, wenn der Dump geprüft wird.</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the SHA-256 checksum to the clipboard</source>
        <translation>Die SHA-256-Prüfsumme in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved, not checked: turn on &quot;Check the dump after saving&quot; to prove that it loads.</source>
        <translation>Gespeichert, nicht geprüft: Schalten Sie „Dump nach dem Speichern prüfen“ ein, um nachzuweisen, dass er sich laden lässt.</translation>
    </message>
    <message>
        <source>Compressed SQL dump:</source>
        <translation>Komprimierter SQL-Dump:</translation>
    </message>
    <message>
        <source>SQL dump:</source>
        <translation>SQL-Dump:</translation>
    </message>
    <message>
        <source>SQLite database:</source>
        <translation>SQLite-Datenbank:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows in the dump</source>
        <translation>Zeilen im Dump</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>Zeilen in D1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>missing from the dump</source>
        <translation>fehlt im Dump</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>weicht um %1 ab</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>Virtual tables D1 cannot export, recreated at the end of the dump: %1.</source>
        <translation>Virtuelle Tabellen, die D1 nicht exportieren kann, am Ende des Dumps neu angelegt: %1.</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, added to D1&apos;s table filter: %1.</source>
        <translation>Indizes und Trigger der gewählten Tabellen, zum Tabellenfilter von D1 hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation>Anweisung %1 (%2)</translation>
    </message>
    <message>
        <source>statement %1 (%2, table %3)</source>
        <translation>Anweisung %1 (%2, Tabelle %3)</translation>
    </message>
    <message>
        <source>Statements over D1&apos;s 100 KB limit, which would not load back into D1 as they are: %1.</source>
        <translation>Anweisungen über dem Limit von D1 von 100 KB, die sich nicht unverändert zurück in D1 laden ließen: %1.</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>Sicherung nach %1…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved and verified</source>
        <translation>Gespeichert und geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Saved and verified; %n statement(s) too long to load back into D1</source>
        <translation>
            <numerusform>Gespeichert und geprüft; %n Anweisung ist zu lang, um zurück in D1 geladen zu werden</numerusform>
            <numerusform>Gespeichert und geprüft; %n Anweisungen sind zu lang, um zurück in D1 geladen zu werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>Die Sicherung konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s) into %2.</source>
        <translation>
            <numerusform>%1 von %n Datenbank in %2 gesichert.</numerusform>
            <numerusform>%1 von %n Datenbanken in %2 gesichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the Result column.</source>
        <translation>
            <numerusform>%n ist fehlgeschlagen: siehe Spalte „Ergebnis“.</numerusform>
            <numerusform>%n sind fehlgeschlagen: siehe Spalte „Ergebnis“.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled the rest.</source>
        <translation>Den Rest haben Sie abgebrochen.</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>Das Manifest konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Geheimnis zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimnis zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SignInStatus</name>
    <message>
        <source>Accepted: Cloudflare accepts this email and global API key.</source>
        <translation>Angenommen: Cloudflare akzeptiert diese E-Mail-Adresse und diesen globalen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Active: Cloudflare accepts this token.</source>
        <translation>Aktiv: Cloudflare akzeptiert dieses Token.</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Es läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not recognise this token. Check that you pasted all of it, or create a new one.</source>
        <translation>Falsch: Cloudflare erkennt dieses Token nicht. Prüfen Sie, ob Sie es vollständig eingefügt haben, oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not accept this email and global API key.</source>
        <translation>Falsch: Cloudflare akzeptiert diese E-Mail-Adresse und diesen globalen API-Schlüssel nicht.</translation>
    </message>
    <message>
        <source>Expired: this token is no longer valid. Create a new one in the Cloudflare dashboard (My Profile → API Tokens).</source>
        <translation>Abgelaufen: Dieses Token ist nicht mehr gültig. Erstellen Sie ein neues im Cloudflare-Dashboard (My Profile → API Tokens).</translation>
    </message>
    <message>
        <source>Disabled: this token has been switched off. Enable it again in the Cloudflare dashboard, or use another one.</source>
        <translation>Deaktiviert: Dieses Token wurde abgeschaltet. Aktivieren Sie es im Cloudflare-Dashboard wieder oder verwenden Sie ein anderes.</translation>
    </message>
    <message>
        <source>Cloudflare answered with a token status this program does not know (&quot;%1&quot;).</source>
        <translation>Cloudflare hat mit einem Token-Status geantwortet, den dieses Programm nicht kennt („%1“).</translation>
    </message>
    <message>
        <source>Enter an API token first.</source>
        <translation>Geben Sie zuerst ein API-Token ein.</translation>
    </message>
    <message>
        <source>Enter the account email and the global API key first.</source>
        <translation>Geben Sie zuerst die E-Mail-Adresse des Kontos und den globalen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The API token is active.</source>
        <translation>Das API-Token ist aktiv.</translation>
    </message>
    <message>
        <source>The email and global API key were accepted.</source>
        <translation>E-Mail-Adresse und globaler API-Schlüssel wurden angenommen.</translation>
    </message>
    <message>
        <source>Token check failed: %1</source>
        <translation>Token-Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The API token is not usable (status &quot;%1&quot;).</source>
        <translation>Das API-Token ist nicht verwendbar (Status „%1“).</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SourceChooser</name>
    <message>
        <source>Cloudflare account</source>
        <translation>Cloudflare-Konto</translation>
    </message>
    <message>
        <source>Local project (wrangler dev)</source>
        <translation>Lokales Projekt (wrangler dev)</translation>
    </message>
    <message>
        <source>A D1 database on Cloudflare, through your API token.</source>
        <translation>Eine D1-Datenbank auf Cloudflare, über Ihr API-Token.</translation>
    </message>
    <message>
        <source>The local development database that &quot;wrangler dev&quot; keeps in a Worker project&apos;s .wrangler folder. No Cloudflare account is needed.</source>
        <translation>Die lokale Entwicklungsdatenbank, die „wrangler dev“ im Ordner .wrangler eines Worker-Projekts hält. Kein Cloudflare-Konto nötig.</translation>
    </message>
    <message>
        <source>Export from:</source>
        <translation>Exportieren aus:</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TableListModel</name>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated empty)</source>
        <translation>virtuell, %1 (leer neu angelegt)</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated)</source>
        <translation>virtuell, %1 (neu angelegt)</translation>
    </message>
    <message>
        <source>D1 cannot export virtual tables itself: D1 Exporter leaves %1 out of D1&apos;s dump and appends its CREATE VIRTUAL TABLE statement at the end.</source>
        <translation>D1 kann virtuelle Tabellen nicht selbst exportieren: D1 Exporter lässt %1 im Dump von D1 weg und hängt ihre CREATE-VIRTUAL-TABLE-Anweisung am Ende an.</translation>
    </message>
    <message>
        <source>Its index is rebuilt from %1 after the import, so export that table too.</source>
        <translation>Ihr Index wird nach dem Import aus %1 neu aufgebaut; exportieren Sie diese Tabelle also mit.</translation>
    </message>
    <message>
        <source>It keeps no readable rows, so it is recreated empty.</source>
        <translation>Sie enthält keine lesbaren Zeilen und wird daher leer neu angelegt.</translation>
    </message>
    <message>
        <source>Its rows are read through the API and written after it.</source>
        <translation>Ihre Zeilen werden über die API gelesen und danach geschrieben.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TablePicker</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Keine aus&amp;wählen</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <source>Filter ta&amp;bles:</source>
        <translation>Tabellen &amp;filtern:</translation>
    </message>
    <message>
        <source>Check every table the filter shows</source>
        <translation>Jede Tabelle anhaken, die der Filter zeigt</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows</source>
        <translation>Bei jeder Tabelle, die der Filter zeigt, den Haken entfernen</translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation>Zu exportierende Tabellen</translation>
    </message>
    <message>
        <source>Tables to e&amp;xport:</source>
        <translation>Zu e&amp;xportierende Tabellen:</translation>
    </message>
    <message>
        <source>This database has virtual tables (FTS5 and the like). D1 cannot export them itself: D1 Exporter recreates them at the end of the dump.</source>
        <translation>Diese Datenbank hat virtuelle Tabellen (FTS5 und ähnliche). D1 kann sie nicht selbst exportieren: D1 Exporter legt sie am Ende des Dumps neu an.</translation>
    </message>
    <message>
        <source>Schema and data</source>
        <translation>Schema und Daten</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>Nur Schema</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>Nur Daten</translation>
    </message>
    <message>
        <source>Content to export</source>
        <translation>Zu exportierender Inhalt</translation>
    </message>
    <message>
        <source>Schema only: CREATE statements without rows. Data only: INSERT statements for tables that already exist.</source>
        <translation>Nur Schema: CREATE-Anweisungen ohne Zeilen. Nur Daten: INSERT-Anweisungen für bereits vorhandene Tabellen.</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>Wählen Sie eine Datenbank, um ihre Tabellen zu sehen.</translation>
    </message>
    <message>
        <source>This database has no tables.</source>
        <translation>Diese Datenbank hat keine Tabellen.</translation>
    </message>
    <message>
        <source>No table is checked: check at least one to export.</source>
        <translation>Keine Tabelle ist angehakt: Haken Sie mindestens eine zum Exportieren an.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: all %n</source>
        <translation>
            <numerusform>Angehakt: alle %n</numerusform>
            <numerusform>Angehakt: alle %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>Angehakt: %1 von %n</numerusform>
            <numerusform>Angehakt: %1 von %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline demo: run the bundled D1 emulator with a sample database; nothing is sent to Cloudflare.</source>
        <translation>Offline-Demo: den mitgelieferten D1-Emulator mit einer Beispieldatenbank ausführen; nichts wird an Cloudflare gesendet.</translation>
    </message>
    <message>
        <source>Cloudflare API base URL (default: CLOUDFLARE_API_BASE_URL, else the remembered one).</source>
        <translation>Basis-URL der Cloudflare-API (Standard: CLOUDFLARE_API_BASE_URL, sonst die gemerkte).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Export Cloudflare D1 databases as SQL.</source>
        <translation>Cloudflare-D1-Datenbanken als SQL exportieren.</translation>
    </message>
</context>
</TS>
