<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name, query or fragment.</source>
        <translation>L’URL de base de l’API ne doit contenir ni nom d’utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a server on this computer; use https for %1.</source>
        <translation>Le http non chiffré n’est autorisé que pour un serveur sur cet ordinateur&#xa0;; utilisez https pour %1.</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>L’URL de base de l’API doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>ApiEnvelope</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>the answer is an HTML or XML page, not JSON</source>
        <translation>la réponse est une page HTML ou XML, pas du JSON</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>la réponse n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the answer is JSON but not an object</source>
        <translation>la réponse est du JSON mais pas un objet</translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot; field</source>
        <translation>la réponse n’a pas de champ «&#xa0;success&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>La requête n’a pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur a cessé de répondre.</translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1.</source>
        <translation>La connexion sécurisée n’a pas pu être établie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not a Cloudflare API response.</source>
        <translation>Le serveur a envoyé une réponse qui n’est pas une réponse de l’API Cloudflare.</translation>
    </message>
    <message>
        <source>Cloudflare did not accept the credentials.</source>
        <translation>Cloudflare n’a pas accepté les identifiants.</translation>
    </message>
    <message>
        <source>The credentials are not allowed to do this.</source>
        <translation>Ces identifiants n’ont pas le droit de faire cela.</translation>
    </message>
    <message>
        <source>The account was not found or is not available to these credentials.</source>
        <translation>Le compte est introuvable ou inaccessible avec ces identifiants.</translation>
    </message>
    <message>
        <source>The database was not found in this account.</source>
        <translation>La base de données est introuvable dans ce compte.</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>Le serveur ne connaît pas cette adresse.</translation>
    </message>
    <message>
        <source>D1 is already exporting this database.</source>
        <translation>D1 exporte déjà cette base de données.</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached.</source>
        <translation>La limite de requêtes de Cloudflare a été atteinte.</translation>
    </message>
    <message>
        <source>Cloudflare reported an internal error.</source>
        <translation>Cloudflare a signalé une erreur interne.</translation>
    </message>
    <message>
        <source>Cloudflare refused the request.</source>
        <translation>Cloudflare a refusé la requête.</translation>
    </message>
    <message>
        <source>D1 could not export the database: %1</source>
        <translation>D1 n’a pas pu exporter la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>Le lien de téléchargement a expiré.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The dump could not be loaded into SQLite: %1</source>
        <translation>Le dump n’a pas pu être chargé dans SQLite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS, then try again.</source>
        <translation>Vérifiez l’horloge du système et tout proxy qui intercepte le HTTPS, puis réessayez.</translation>
    </message>
    <message>
        <source>A proxy or Cloudflare&apos;s edge may be having trouble; try again in a few minutes.</source>
        <translation>Un proxy ou le réseau périphérique de Cloudflare rencontre peut-être des difficultés&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Check the API token (or the email and global API key); it may be mistyped, expired or revoked.</source>
        <translation>Vérifiez le jeton d’API (ou l’adresse e-mail et la clé d’API globale)&#xa0;; il est peut-être mal saisi, expiré ou révoqué.</translation>
    </message>
    <message>
        <source>Give the API token the &quot;D1&quot; permission (read or edit) for this account, or use another token.</source>
        <translation>Donnez au jeton d’API l’autorisation «&#xa0;D1&#xa0;» (lecture ou modification) pour ce compte, ou utilisez un autre jeton.</translation>
    </message>
    <message>
        <source>Check the account ID (32 hexadecimal characters, shown in the Cloudflare dashboard).</source>
        <translation>Vérifiez l’ID du compte (32 caractères hexadécimaux, affiché dans le tableau de bord Cloudflare).</translation>
    </message>
    <message>
        <source>Check the database name or ID, and that it belongs to the chosen account.</source>
        <translation>Vérifiez le nom ou l’ID de la base de données, et qu’elle appartient bien au compte choisi.</translation>
    </message>
    <message>
        <source>Wait for the running export to finish (or to be cancelled by D1 after a while), then try again.</source>
        <translation>Attendez que l’export en cours se termine (ou que D1 l’annule au bout d’un moment), puis réessayez.</translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again.</source>
        <translation>Attendez quelques minutes avant de réessayer.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check Cloudflare&apos;s status page.</source>
        <translation>Réessayez dans quelques minutes&#xa0;; si le problème persiste, consultez la page d’état de Cloudflare.</translation>
    </message>
    <message>
        <source>Start the export again to get a fresh link.</source>
        <translation>Relancez l’export pour obtenir un nouveau lien.</translation>
    </message>
    <message>
        <source>Try the export again.</source>
        <translation>Relancez l’export.</translation>
    </message>
    <message>
        <source>Choose another location, or free some disk space, and try again.</source>
        <translation>Choisissez un autre emplacement ou libérez de l’espace disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Export again; if it keeps happening, keep the SQL file and report the statement named above.</source>
        <translation>Exportez à nouveau&#xa0;; si le problème persiste, conservez le fichier SQL et signalez l’instruction indiquée ci-dessus.</translation>
    </message>
    <message>
        <source>Check the message from D1 above, then try again.</source>
        <translation>Consultez le message de D1 ci-dessus, puis réessayez.</translation>
    </message>
    <message>
        <source>Not in the database: %1</source>
        <translation>Absent de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local database could not be read: %1</source>
        <translation>La base de données locale n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the table names (the &quot;tables&quot; command lists them); nothing was exported.</source>
        <translation>Vérifiez les noms des tables (la commande «&#xa0;tables&#xa0;» les liste)&#xa0;; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Check that wrangler has created the local database, then try again.</source>
        <translation>Vérifiez que wrangler a créé la base de données locale, puis réessayez.</translation>
    </message>
    <message>
        <source>The export did not finish within the time limit: %1.</source>
        <translation>L’export ne s’est pas terminé dans le délai imparti&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>Try again later, or allow more time (--timeout on the command line, Options in the window).</source>
        <translation>Réessayez plus tard, ou accordez plus de temps (--timeout en ligne de commande, Options dans la fenêtre).</translation>
    </message>
    <message>
        <source>D1 is importing into this database right now.</source>
        <translation>D1 est en train d’importer dans cette base de données.</translation>
    </message>
    <message>
        <source>D1 could not import the file: %1</source>
        <translation>D1 n’a pas pu importer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>L’envoi a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing (and creating or restoring a database) needs an API token with the D1 Edit permission; these credentials may only read D1.</source>
        <translation>L’import (et la création ou la restauration d’une base de données) nécessite un jeton d’API avec l’autorisation D1 Edit&#xa0;; ces identifiants ne peuvent que lire D1.</translation>
    </message>
    <message>
        <source>Wait until the running import has finished (D1 blocks the database until then), then try again.</source>
        <translation>Attendez la fin de l’import en cours (D1 bloque la base de données jusque-là), puis réessayez.</translation>
    </message>
    <message>
        <source>D1 rolled the import back: the database is as it was. Fix the statement named above and import again.</source>
        <translation>D1 a annulé l’import&#xa0;: la base de données est telle qu’elle était. Corrigez l’instruction indiquée ci-dessus et importez à nouveau.</translation>
    </message>
    <message>
        <source>Check the connection and import again; nothing was changed on D1.</source>
        <translation>Vérifiez la connexion et importez à nouveau&#xa0;; rien n’a été modifié sur D1.</translation>
    </message>
    <message>
        <source>Choose a .sql or .sql.gz dump (ours, wrangler&apos;s or sqlite3&apos;s .dump) or an SQLite database file; nothing was sent to D1.</source>
        <translation>Choisissez un dump .sql ou .sql.gz (le nôtre, celui de wrangler ou le .dump de sqlite3) ou un fichier de base de données SQLite&#xa0;; rien n’a été envoyé à D1.</translation>
    </message>
    <message>
        <source>Give the token Account → D1 → Edit (Cloudflare dashboard, My Profile → API Tokens), or use another token. Nothing was uploaded.</source>
        <translation>Donnez au jeton Account → D1 → Edit (tableau de bord Cloudflare, My Profile → API Tokens), ou utilisez un autre jeton. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>D1&apos;s answer to the import request was lost, and D1 shows no import under the bookmark from before it: whether D1 is importing the file is not known.</source>
        <translation>La réponse de D1 à la demande d’importation a été perdue, et D1 ne montre aucune importation sous le signet d’avant : on ne sait pas si D1 importe le fichier.</translation>
    </message>
    <message>
        <source>Wait until the database answers queries again, look whether the rows are there, and import again only if they are not.</source>
        <translation>Attendez que la base de données réponde de nouveau aux requêtes, regardez si les lignes y sont, et n’importez de nouveau que si elles n’y sont pas.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Database name, UUID or binding (export, tables).</source>
        <translation>Nom, UUID ou binding de la base de données (export, tables).</translation>
    </message>
    <message>
        <source>Unknown option %1.%2</source>
        <translation>Option inconnue %1.%2</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>la commande</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.%2</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».%2</translation>
    </message>
    <message>
        <source>%1 does not apply to &quot;%2&quot; (it is an option of %3). See &quot;%2 --help&quot;.</source>
        <translation>%1 ne s’applique pas à «&#xa0;%2&#xa0;» (c’est une option de %3). Voir «&#xa0;%2 --help&#xa0;».</translation>
    </message>
    <message>
        <source>--table takes one table each time: write --table %1 --table %2, or --table %1,%2 (&quot;%2&quot; was read as a further argument).</source>
        <translation>--table prend une table à la fois&#xa0;: écrivez --table %1 --table %2, ou --table %1,%2 («&#xa0;%2&#xa0;» a été lu comme un argument supplémentaire).</translation>
    </message>
    <message>
        <source>Name the database to use, e.g. &quot;%1 my-db&quot;.</source>
        <translation>Indiquez la base de données à utiliser, par exemple «&#xa0;%1 my-db&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments (&quot;%2&quot; was not expected).</source>
        <translation>«&#xa0;%1&#xa0;» ne prend pas d’autres arguments («&#xa0;%2&#xa0;» n’était pas attendu).</translation>
    </message>
    <message>
        <source>--table needs a table name.</source>
        <translation>--table nécessite un nom de table.</translation>
    </message>
    <message>
        <source>--local and --remote exclude each other.</source>
        <translation>--local et --remote s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>--%1 is about Cloudflare; it does not apply to --local.</source>
        <translation>--%1 concerne Cloudflare&#xa0;; cette option ne s’applique pas à --local.</translation>
    </message>
    <message>
        <source>--persist-to says where the local development data is: it needs --local.</source>
        <translation>--persist-to indique où se trouvent les données de développement locales&#xa0;: il nécessite --local.</translation>
    </message>
    <message>
        <source>export, backup, accounts, databases, tables, import or restore</source>
        <translation>export, backup, accounts, databases, tables, import ou restore</translation>
    </message>
</context>
<context>
    <name>DumpSandbox</name>
    <message numerus="yes">
        <source>it ran longer than %n second(s); a D1 dump&apos;s statements take far less</source>
        <translation>
            <numerusform>elle a duré plus de %n seconde&#xa0;; les instructions d’un dump D1 prennent bien moins</numerusform>
            <numerusform>elle a duré plus de %n secondes&#xa0;; les instructions d’un dump D1 prennent bien moins</numerusform>
        </translation>
    </message>
    <message>
        <source>a D1 dump holds no %1; the file was not loaded further</source>
        <translation>%1 n’apparaît jamais dans un dump D1&#xa0;; le chargement du fichier a été interrompu</translation>
    </message>
    <message>
        <source>statement on the database &quot;%1&quot;</source>
        <translation>instruction sur la base de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>call of %1()</source>
        <translation>appel de %1()</translation>
    </message>
    <message>
        <source>PRAGMA %1</source>
        <translation>PRAGMA %1</translation>
    </message>
    <message>
        <source>ATTACH (of %1)</source>
        <translation>ATTACH (de %1)</translation>
    </message>
    <message>
        <source>statement of this kind (SQLite action %1)</source>
        <translation>instruction de ce type (action SQLite %1)</translation>
    </message>
</context>
<context>
    <name>DumpVerifier</name>
    <message>
        <source>Not verified.</source>
        <translation>Non vérifié.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>The dump does not load into SQLite: %1</source>
        <translation>Le dump ne se charge pas dans SQLite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite and every row count matches the live database (%n table(s), %1 rows).</source>
        <translation>
            <numerusform>Vérifié&#xa0;: le dump se charge dans SQLite et chaque nombre de lignes correspond à la base en ligne (%n table, %1 lignes).</numerusform>
            <numerusform>Vérifié&#xa0;: le dump se charge dans SQLite et chaque nombre de lignes correspond à la base en ligne (%n tables, %1 lignes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite (%n table(s), %1 rows; live counts not compared).</source>
        <translation>
            <numerusform>Vérifié&#xa0;: le dump se charge dans SQLite (%n table, %1 lignes&#xa0;; nombres en ligne non comparés).</numerusform>
            <numerusform>Vérifié&#xa0;: le dump se charge dans SQLite (%n tables, %1 lignes&#xa0;; nombres en ligne non comparés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dump loads into SQLite, but %n row count(s) differ from the live database: %1</source>
        <translation>
            <numerusform>Le dump se charge dans SQLite, mais %n nombre de lignes diffère de la base en ligne&#xa0;: %1</numerusform>
            <numerusform>Le dump se charge dans SQLite, mais %n nombres de lignes diffèrent de la base en ligne&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) exceed D1&apos;s 100 KB statement limit (longest %1): the dump loads into SQLite but not back into D1 as is.</source>
        <translation>
            <numerusform>%n instruction dépasse la limite de 100 Ko par instruction de D1 (la plus longue&#xa0;: %1)&#xa0;: le dump se charge dans SQLite, mais pas tel quel dans D1.</numerusform>
            <numerusform>%n instructions dépassent la limite de 100 Ko par instruction de D1 (la plus longue&#xa0;: %1)&#xa0;: le dump se charge dans SQLite, mais pas tel quel dans D1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>no temporary database in %1: %2</source>
        <translation>aucune base de données temporaire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>statement %1: %2 (%3…)</source>
        <translation>instruction %1&#xa0;: %2 (%3…)</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>la table %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but is missing from the dump</source>
        <translation>%1 a %2 lignes sur D1 mais manque dans le dump</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but %3 in the dump</source>
        <translation>%1 a %2 lignes sur D1 mais %3 dans le dump</translation>
    </message>
    <message>
        <source>the SQLite database could not be written to disk in %1</source>
        <translation>la base SQLite n’a pas pu être écrite sur le disque dans %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 n’a pas pu être remplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>statement %1 is longer than %2: not a D1 dump (its statements are at most a few MB); the file was not loaded further</source>
        <translation>l’instruction %1 dépasse %2&#xa0;: ce n’est pas un dump D1 (ses instructions font au plus quelques Mo)&#xa0;; le chargement du fichier a été interrompu</translation>
    </message>
    <message numerus="yes">
        <source>statement %1 could not be told apart within %n second(s): not a D1 dump</source>
        <translation>
            <numerusform>l’instruction %1 n’a pas pu être délimitée en %n seconde&#xa0;: ce n’est pas un dump D1</numerusform>
            <numerusform>l’instruction %1 n’a pas pu être délimitée en %n secondes&#xa0;: ce n’est pas un dump D1</numerusform>
        </translation>
    </message>
    <message>
        <source>the download started again from its first byte</source>
        <translation>le téléchargement a recommencé depuis son premier octet</translation>
    </message>
    <message>
        <source>the decompressor could not be started</source>
        <translation>le décompresseur n’a pas pu être démarré</translation>
    </message>
    <message>
        <source>a row written into sqlite_schema that is not one of sqlite3&apos;s virtual tables</source>
        <translation>une ligne écrite dans sqlite_schema qui n’est pas l’une des tables virtuelles de sqlite3</translation>
    </message>
    <message>
        <source>the virtual tables of the dump could not be made: %1</source>
        <translation>les tables virtuelles du dump n’ont pas pu être créées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the virtual table %1 of the dump cannot be read: %2</source>
        <translation>la table virtuelle %1 du dump ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation>instruction %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportDependencies</name>
    <message>
        <source>the trigger %1 uses %2</source>
        <translation>le déclencheur %1 utilise %2</translation>
    </message>
    <message>
        <source>the view %1 reads %2</source>
        <translation>la vue %1 lit %2</translation>
    </message>
    <message>
        <source>the table %1 has a foreign key to %2</source>
        <translation>la table %1 a une clé étrangère vers %2</translation>
    </message>
    <message>
        <source>Not exported but needed: %1. Without them the dump loads, but fails on first use.</source>
        <translation>Non exporté mais nécessaire&#xa0;: %1. Sans cela, le dump se charge, mais échoue à la première utilisation.</translation>
    </message>
</context>
<context>
    <name>ImportTransform</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>a statement of %1 bytes came out longer than D1&apos;s limit of %2 bytes (a fault of this program: please report it)</source>
        <translation>une instruction de %1 octets a dépassé la limite de %2 octets de D1 (une erreur de ce programme&#xa0;: merci de la signaler)</translation>
    </message>
    <message>
        <source>a row has too many columns to be written in statements of at most %1 bytes</source>
        <translation>une ligne a trop de colonnes pour être écrite dans des instructions d’au plus %1 octets</translation>
    </message>
    <message>
        <source>a value could not be cut into pieces of at most %1 bytes</source>
        <translation>une valeur n’a pas pu être découpée en morceaux d’au plus %1 octets</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database&apos;s schema cannot be read: %1</source>
        <translation>le schéma de la base de données ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: D1&apos;s own table (_cf_*), left out</source>
        <translation>%1&#xa0;: table propre à D1 (_cf_*), omise</translation>
    </message>
    <message>
        <source>%1: belongs to D1&apos;s own table %2, left out</source>
        <translation>%1&#xa0;: appartient à la table propre à D1 %2, omis</translation>
    </message>
    <message>
        <source>the rows of %1 cannot be read: %2</source>
        <translation>les lignes de %1 ne peuvent pas être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the columns of %1 cannot be read: %2</source>
        <translation>les colonnes de %1 ne peuvent pas être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a contentless full-text table, recreated empty (its rows cannot be read back)</source>
        <translation>%1&#xa0;: table plein texte sans contenu, recréée vide (ses lignes ne peuvent pas être relues)</translation>
    </message>
    <message>
        <source>%1 would be replaced by its own transformed copy: choose another file for the SQL that is uploaded.</source>
        <translation>%1 serait remplacé par sa propre copie transformée&#xa0;: choisissez un autre fichier pour le SQL qui est envoyé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the path and that you may read the file.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2. Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import. Choose an SQL dump or a SQLite database file.</source>
        <translation>%1 est vide&#xa0;: il n’y a rien à importer. Choisissez un dump SQL ou un fichier de base SQLite.</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an SQL dump: it was probably saved from a browser or an error page instead of the file itself. Download or export the database again.</source>
        <translation>%1 est une page web (HTML), pas un dump SQL&#xa0;: elle a probablement été enregistrée depuis un navigateur, ou c’est une page d’erreur au lieu du fichier lui-même. Téléchargez ou exportez à nouveau la base de données.</translation>
    </message>
    <message>
        <source>%1 is neither an SQL dump nor a SQLite database (it holds binary data). Choose a .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>%1 n’est ni un dump SQL ni une base SQLite (il contient des données binaires). Choisissez un dump .sql ou .sql.gz, ou un fichier de base SQLite.</translation>
    </message>
    <message>
        <source>The dump is loaded into a temporary database in %1 before it is written for D1, but that folder cannot be written to. Choose an output file in a folder you can write to.</source>
        <translation>Le dump est chargé dans une base temporaire dans %1 avant d’être écrit pour D1, mais ce dossier n’est pas accessible en écriture. Choisissez un fichier de sortie dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 is cut short (the compressed file ends too early): it was not downloaded or saved completely. Download or export it again.</source>
        <translation>%1 est tronqué (le fichier compressé se termine trop tôt)&#xa0;: il n’a pas été téléchargé ou enregistré en entier. Téléchargez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQL dump: %2. Choose a complete .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>%1 ne peut pas être lu comme un dump SQL&#xa0;: %2. Choisissez un dump .sql ou .sql.gz complet, ou un fichier de base SQLite.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SQLite database: %2. Choose an intact SQLite database file or an SQL dump.</source>
        <translation>%1 ne peut pas être ouvert comme base SQLite&#xa0;: %2. Choisissez un fichier de base SQLite intact ou un dump SQL.</translation>
    </message>
    <message>
        <source>%1 could not be turned into SQL for D1: %2</source>
        <translation>%1 n’a pas pu être converti en SQL pour D1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LiveValueCheckJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 a lu %n ligne pour cela</numerusform>
            <numerusform>D1 a lu %n lignes pour cela</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: not compared with D1.</source>
        <translation>Valeurs&#xa0;: non comparées avec D1.</translation>
    </message>
    <message numerus="yes">
        <source>Values: every value of the %n table(s) is the same in the dump as on D1 (%1).</source>
        <translation>
            <numerusform>Valeurs&#xa0;: chaque valeur de %n table est identique dans le dump et sur D1 (%1).</numerusform>
            <numerusform>Valeurs&#xa0;: chaque valeur des %n tables est identique dans le dump et sur D1 (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values: %n table(s) hold values that differ from D1&apos;s: %1 (%2).</source>
        <translation>
            <numerusform>Valeurs&#xa0;: %n table contient des valeurs différentes de celles de D1&#xa0;: %1 (%2).</numerusform>
            <numerusform>Valeurs&#xa0;: %n tables contiennent des valeurs différentes de celles de D1&#xa0;: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: could not be compared with D1 (%1).</source>
        <translation>Valeurs&#xa0;: comparaison avec D1 impossible (%1).</translation>
    </message>
    <message>
        <source>Values: comparison cancelled.</source>
        <translation>Valeurs&#xa0;: comparaison annulée.</translation>
    </message>
    <message>
        <source>Comparing values with D1: loading the saved dump once more…</source>
        <translation>Comparaison des valeurs avec D1&#xa0;: nouveau chargement du dump enregistré…</translation>
    </message>
    <message>
        <source>the loaded dump could not be read</source>
        <translation>le dump chargé n’a pas pu être lu</translation>
    </message>
    <message>
        <source>D1&apos;s answer was incomplete</source>
        <translation>La réponse de D1 était incomplète</translation>
    </message>
    <message numerus="yes">
        <source>%1: compared in %n D1 queries.</source>
        <translation>
            <numerusform>%1 : comparé en %n requête D1.</numerusform>
            <numerusform>%1 : comparé en %n requêtes D1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: values differ (a WITHOUT ROWID table: the row is not narrowed down)</source>
        <translation>%1&#xa0;: les valeurs diffèrent (table WITHOUT ROWID{N}: la ligne n’est pas identifiée)</translation>
    </message>
    <message>
        <source>%1: the row with rowid %2 differs</source>
        <translation>%1&#xa0;: la ligne de rowid %2 diffère</translation>
    </message>
    <message>
        <source>%1: a row with rowid between %2 and %3 differs</source>
        <translation>%1&#xa0;: une ligne de rowid compris entre %2 et %3 diffère</translation>
    </message>
    <message>
        <source>%1: missing from the saved dump</source>
        <translation>%1&#xa0;: manque dans le dump enregistré</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the folder %1 could not be created: %2</source>
        <translation>le dossier %1 n’a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is not followed, so that no other file is overwritten. Remove it, or choose the file it points to</source>
        <translation>%1 est un lien symbolique&#xa0;; il n’est pas suivi, afin qu’aucun autre fichier ne soit écrasé. Supprimez-le, ou choisissez le fichier vers lequel il pointe</translation>
    </message>
</context>
<context>
    <name>StagedOutput</name>
    <message>
        <source>the finished dump could not be moved to %1 (%2); that file was left as it was</source>
        <translation>le dump terminé n’a pas pu être déplacé vers %1 (%2)&#xa0;; ce fichier est resté intact</translation>
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
            <numerusform>environ %n s</numerusform>
            <numerusform>environ %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>environ %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ValueRepairJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 a lu&#xa0;%n ligne pour cela</numerusform>
            <numerusform>D1 a lu&#xa0;%n lignes pour cela</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: not checked.</source>
        <translation>Valeurs exactes&#xa0;: non vérifiées.</translation>
    </message>
    <message>
        <source>Exact values: D1&apos;s dump holds no value it had to round.</source>
        <translation>Valeurs exactes&#xa0;: le dump de D1 ne contient aucune valeur qu’il a dû arrondir.</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: D1 had rounded or broken %n value(s) (64-bit integers, infinities); all were restored exactly (%1).</source>
        <translation>
            <numerusform>Valeurs exactes&#xa0;: D1 avait arrondi ou altéré&#xa0;%n valeur (entiers 64 bits, infinis)&#xa0;; elle a été restaurée exactement (%1).</numerusform>
            <numerusform>Valeurs exactes&#xa0;: D1 avait arrondi ou altéré&#xa0;%n valeurs (entiers 64 bits, infinis)&#xa0;; toutes ont été restaurées exactement (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact values: %n row(s) differ on D1 from the dump (written since the export?) and were left as D1 exported them, with its rounding; %1 other value(s) were restored (%2).</source>
        <translation>
            <numerusform>Valeurs exactes&#xa0;:&#xa0;%n ligne diffère sur D1 du dump (écrite depuis l’export&#xa0;?) et a été laissée telle que D1 l’a exportée, avec son arrondi&#xa0;;&#xa0;%1 autres valeurs ont été restaurées (%2).</numerusform>
            <numerusform>Valeurs exactes&#xa0;:&#xa0;%n lignes diffèrent sur D1 du dump (écrites depuis l’export&#xa0;?) et ont été laissées telles que D1 les a exportées, avec son arrondi&#xa0;;&#xa0;%1 autres valeurs ont été restaurées (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: cancelled.</source>
        <translation>Valeurs exactes&#xa0;: annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: the %n row(s) D1 may have rounded could not be read again (%1).</source>
        <translation>
            <numerusform>Valeurs exactes&#xa0;: %n ligne que D1 a peut-être arrondie n’a pas pu être relue (%1).</numerusform>
            <numerusform>Valeurs exactes&#xa0;: les %n lignes que D1 a peut-être arrondies n’ont pas pu être relues (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x</name>
    <message>
        <source>Where to save the SQL dump; &quot;-&quot; writes it to stdout (a name ending in .gz compresses it).</source>
        <translation>Où enregistrer le dump SQL&#xa0;; «&#xa0;-&#xa0;» l’écrit sur stdout (un nom finissant par .gz le compresse).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Export only this table (repeatable, or several separated by commas).</source>
        <translation>N’exporter que cette table (répétable, ou plusieurs séparées par des virgules).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Export the schema only.</source>
        <translation>N’exporter que le schéma.</translation>
    </message>
    <message>
        <source>Export the data only.</source>
        <translation>N’exporter que les données.</translation>
    </message>
    <message>
        <source>Export the database on Cloudflare (the default here; wrangler&apos;s is --local).</source>
        <translation>Exporter la base de données sur Cloudflare (la valeur par défaut ici&#xa0;; celle de wrangler est --local).</translation>
    </message>
    <message>
        <source>Export the local development database that &quot;wrangler dev&quot; keeps under .wrangler/state.</source>
        <translation>Exporter la base de données de développement locale que «&#xa0;wrangler dev&#xa0;» conserve sous .wrangler/state.</translation>
    </message>
    <message>
        <source>The wrangler configuration (wrangler.toml, .json or .jsonc) whose d1_databases name the database (default: found in this folder or above).</source>
        <translation>La configuration wrangler (wrangler.toml, .json ou .jsonc) dont les d1_databases nomment la base de données (par défaut&#xa0;: trouvée dans ce dossier ou au-dessus).</translation>
    </message>
    <message>
        <source>The environment of the wrangler configuration.</source>
        <translation>L’environnement de la configuration wrangler.</translation>
    </message>
    <message>
        <source>With --local: the folder wrangler dev persists into (its --persist-to).</source>
        <translation>Avec --local&#xa0;: le dossier où wrangler dev enregistre ses données (son --persist-to).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>With --table: do not add the indexes and triggers of the chosen tables (D1&apos;s own filter leaves them out).</source>
        <translation>Avec --table&#xa0;: ne pas ajouter les index et déclencheurs des tables choisies (le filtre propre à D1 les omet).</translation>
    </message>
    <message>
        <source>Compress the SQL dump with gzip while it is written (export, backup).</source>
        <translation>Compresser le dump SQL avec gzip pendant son écriture (export, backup).</translation>
    </message>
    <message>
        <source>Also count every exported table&apos;s rows on D1 just before the export (one query) and compare them with the dump. Counting reads every row, and D1 bills rows read. Implies --verify.</source>
        <translation>Compter aussi les lignes de chaque table exportée sur D1 juste avant l’export (une requête) et les comparer avec le dump. Le comptage lit chaque ligne, et D1 facture les lignes lues. Implique --verify.</translation>
    </message>
    <message>
        <source>Also (or, without --output, instead) save the dump as an SQLite database. Implies --verify (export).</source>
        <translation>Enregistrer aussi (ou, sans --output, à la place) le dump comme base SQLite. Implique --verify (export).</translation>
    </message>
    <message>
        <source>Also save each database as &lt;database&gt;-&lt;time&gt;.sqlite (backup).</source>
        <translation>Enregistrer aussi chaque base de données sous &lt;database&gt;-&lt;time&gt;.sqlite (backup).</translation>
    </message>
    <message>
        <source>Back up every database of the account (backup).</source>
        <translation>Sauvegarder toutes les bases de données du compte (backup).</translation>
    </message>
    <message>
        <source>Back up this database, name or UUID (backup; repeatable).</source>
        <translation>Sauvegarder cette base de données, nom ou UUID (backup&#xa0;; répétable).</translation>
    </message>
    <message>
        <source>Where backups go (backup).</source>
        <translation>Où vont les sauvegardes (backup).</translation>
    </message>
    <message>
        <source>Cloudflare account ID.</source>
        <translation>ID du compte Cloudflare.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>API base URL (default: CLOUDFLARE_API_BASE_URL or %1).</source>
        <translation>URL de base de l’API (par défaut&#xa0;: CLOUDFLARE_API_BASE_URL ou %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Only databases whose name contains this (databases).</source>
        <translation>Seulement les bases de données dont le nom contient ce texte (databases).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>export &lt;database&gt;: export one database as SQL (and/or SQLite).
&lt;database&gt; is a name, a UUID, or a binding of the wrangler configuration; with --local, the
local development database of that binding is exported instead (no credentials needed).
On success stdout carries the saved path(s), one a line (--json: the result as JSON);
with --output - it carries the dump itself.</source>
        <translation>export &lt;database&gt;&#xa0;: exporter une base de données en SQL (et/ou SQLite).
&lt;database&gt; est un nom, un UUID ou un binding de la configuration wrangler&#xa0;; avec --local, c’est
la base de données de développement locale de ce binding qui est exportée (sans identifiants).
En cas de succès, stdout contient le ou les chemins enregistrés, un par ligne (--json&#xa0;: le
résultat en JSON)&#xa0;; avec --output -, il contient le dump lui-même.</translation>
    </message>
    <message>
        <source>backup: export --all databases, or each --database, into --folder, one after the other,
as &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], and record each in &lt;folder&gt;/manifest.json.</source>
        <translation>backup&#xa0;: exporter toutes les bases (--all), ou chaque --database, dans --folder, l’une après
l’autre, sous &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], et consigner chacune dans &lt;folder&gt;/manifest.json.</translation>
    </message>
    <message>
        <source>accounts: list the accounts the credentials can see (id and name).</source>
        <translation>accounts&#xa0;: lister les comptes que voient les identifiants (ID et nom).</translation>
    </message>
    <message>
        <source>databases: list the D1 databases of the account (uuid, name, size, created).</source>
        <translation>databases&#xa0;: lister les bases de données D1 du compte (UUID, nom, taille, création).</translation>
    </message>
    <message>
        <source>tables &lt;database&gt;: list the tables, indexes, views and triggers of a database.</source>
        <translation>tables &lt;database&gt;&#xa0;: lister les tables, index, vues et déclencheurs d’une base de données.</translation>
    </message>
    <message>
        <source>Give up when D1 has not produced the dump after this long, rate-limit waits included: seconds, or with m or h (default 2h; export, backup).</source>
        <translation>Abandonner si D1 n’a pas produit le dump au bout de ce délai, attentes de limite de débit comprises&#xa0;: secondes, ou avec m ou h (2h par défaut&#xa0;; export, backup).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>While the dump downloads, load it into a temporary SQLite database: row counts per table, and statements over D1&apos;s 100 KB import limit (export, backup).</source>
        <translation>Pendant le téléchargement du dump, le charger dans une base SQLite temporaire&#xa0;: nombres de lignes par table, et instructions dépassant la limite d’import de 100&#xa0;Ko de D1 (export, backup).</translation>
    </message>
    <message>
        <source>After the dump is saved, compare every exported table&apos;s values with D1&apos;s by fingerprints computed by the same SQL on both sides, and name the first row that differs (exit code 8). D1 reads every row once more, and bills rows read.</source>
        <translation>Après l’enregistrement du dump, comparer les valeurs de chaque table exportée avec celles de D1 au moyen d’empreintes calculées par le même SQL des deux côtés, et indiquer la première ligne qui diffère (code de sortie 8). D1 relit chaque ligne une fois de plus et facture les lignes lues.</translation>
    </message>
    <message>
        <source>Accepted for wrangler&apos;s command lines; nothing is ever asked (import: the same as --yes).</source>
        <translation>Accepté pour les lignes de commande de wrangler&#xa0;; aucune question n’est jamais posée (import&#xa0;: identique à --yes).</translation>
    </message>
    <message>
        <source>Import even into a database that holds tables (a Time Travel bookmark is taken first, to undo it).</source>
        <translation>Importer même dans une base de données qui contient des tables (un signet Time Travel est d’abord pris, pour l’annuler).</translation>
    </message>
    <message>
        <source>The dump or database to import: .sql, .sql.gz (ours, wrangler&apos;s, sqlite3&apos;s .dump) or an SQLite file (.sqlite, .sqlite3, .db).</source>
        <translation>Le dump ou la base de données à importer&#xa0;: .sql, .sql.gz (le nôtre, celui de wrangler, le .dump de sqlite3) ou un fichier SQLite (.sqlite, .sqlite3, .db).</translation>
    </message>
    <message>
        <source>Create &lt;database&gt; as a new database and import into it (import).</source>
        <translation>Créer &lt;database&gt; comme nouvelle base de données et y importer (import).</translation>
    </message>
    <message>
        <source>After the import, count each table&apos;s rows on D1 (one query; D1 bills rows read) and compare them with the file&apos;s (exit code 8 when they differ).</source>
        <translation>Après l’import, compter les lignes de chaque table sur D1 (une requête&#xa0;; D1 facture les lignes lues) et les comparer avec celles du fichier (code de sortie 8 si elles diffèrent).</translation>
    </message>
    <message>
        <source>The Time Travel bookmark to restore the database to (restore); an import prints it.</source>
        <translation>Le signet Time Travel auquel restaurer la base de données (restore)&#xa0;; un import l’affiche.</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>signet</translation>
    </message>
    <message>
        <source>Print lists and results as JSON (accounts, databases, tables, export, backup, import, restore).</source>
        <translation>Afficher les listes et les résultats en JSON (accounts, databases, tables, export, backup, import, restore).</translation>
    </message>
    <message>
        <source>import &lt;database&gt;: import --input FILE into the database (with --create: a new database of
that name). The file (.sql, .sql.gz or an SQLite database) is first turned into SQL that D1
loads; its size, statements and rows per table are shown before the upload. A database that
holds tables is imported into only with --yes; a Time Travel bookmark is taken first, and the
line that undoes the import is printed on stdout (--json: the result as JSON).
The token needs the D1 Edit permission.</source>
        <translation>import &lt;database&gt;&#xa0;: importer --input FILE dans la base de données (avec --create&#xa0;: une nouvelle base
de ce nom). Le fichier (.sql, .sql.gz ou une base SQLite) est d’abord transformé en SQL que D1
charge&#xa0;; sa taille, ses instructions et les lignes par table sont affichées avant l’envoi. Une base
qui contient des tables ne reçoit l’import qu’avec --yes&#xa0;; un signet Time Travel est d’abord pris, et
la ligne qui annule l’import est affichée sur stdout (--json&#xa0;: le résultat en JSON).
Le jeton nécessite l’autorisation D1 Edit.</translation>
    </message>
    <message>
        <source>restore &lt;database&gt;: restore the database in place to --bookmark (Time Travel), e.g. to undo
an import. The token needs the D1 Edit permission.</source>
        <translation>restore &lt;database&gt;&#xa0;: restaurer la base de données sur place au signet --bookmark (Time Travel), par ex.
pour annuler un import. Le jeton nécessite l’autorisation D1 Edit.</translation>
    </message>
</context>
<context>
    <name>d1x::ApiCall</name>
    <message>
        <source>the server redirected the request to %1, which is not followed</source>
        <translation>le serveur a redirigé la requête vers %1, redirection non suivie</translation>
    </message>
    <message>
        <source>the answer was larger than %1 MB and was cut off; no API answer is that large</source>
        <translation>la réponse dépassait&#xa0;%1 Mo et a été tronquée&#xa0;; aucune réponse de l’API n’est aussi grande</translation>
    </message>
</context>
<context>
    <name>d1x::BackupRunner</name>
    <message>
        <source>no backup folder was chosen</source>
        <translation>aucun dossier de sauvegarde n’a été choisi</translation>
    </message>
    <message>
        <source>no database was chosen</source>
        <translation>aucune base de données n’a été choisie</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>le dossier %1 n’a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 is not a writable folder</source>
        <translation>%1 n’est pas un dossier accessible en écriture</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Nouvel essai dans %2 s (tentative %3).</translation>
    </message>
    <message>
        <source>The account has no D1 databases: nothing to back up.</source>
        <translation>Le compte n’a aucune base de données D1&#xa0;: rien à sauvegarder.</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1.</source>
        <translation>
            <numerusform>Sauvegarde de %n base de données dans %1.</numerusform>
            <numerusform>Sauvegarde de %n bases de données dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Database %1 of %2: %3.</source>
        <translation>Base de données %1 sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: terminé.</translation>
    </message>
    <message>
        <source>%1: failed (%2).</source>
        <translation>%1&#xa0;: échec (%2).</translation>
    </message>
    <message>
        <source>The existing manifest could not be read; it was kept as %1 and a new one is started.</source>
        <translation>Le manifeste existant n’a pas pu être lu&#xa0;; il a été conservé sous %1 et un nouveau est commencé.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Backup finished: %1 of %n database(s) saved; manifest %2.</source>
        <translation>
            <numerusform>Sauvegarde terminée&#xa0;: %1 base de données sur %n enregistrée&#xa0;; manifeste %2.</numerusform>
            <numerusform>Sauvegarde terminée&#xa0;: %1 bases de données sur %n enregistrées&#xa0;; manifeste %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>aucune base de données nommée «&#xa0;%1&#xa0;».%2</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1; %2 of them not found.</source>
        <translation>
            <numerusform>Sauvegarde de %n base de données dans %1&#xa0;; %2 d’entre elles introuvables.</numerusform>
            <numerusform>Sauvegarde de %n bases de données dans %1&#xa0;; %2 d’entre elles introuvables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API request(s) sent, at most %1 per %2 s.</source>
        <translation>
            <numerusform>%n requête API envoyée, au plus %1 par %2 s.</numerusform>
            <numerusform>%n requêtes API envoyées, au plus %1 par %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::CliApp</name>
    <message>
        <source>Try --help.</source>
        <translation>Essayez --help.</translation>
    </message>
    <message>
        <source>--no-data and --no-schema exclude each other.</source>
        <translation>--no-data et --no-schema s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>--gzip compresses the SQL file: it needs --output.</source>
        <translation>--gzip compresse le fichier SQL&#xa0;: il faut --output.</translation>
    </message>
    <message>
        <source>Say where the backups go with --folder DIR.</source>
        <translation>Indiquez où vont les sauvegardes avec --folder DOSSIER.</translation>
    </message>
    <message>
        <source>Name the databases to back up: --all, or --database NAME (repeatable).</source>
        <translation>Indiquez les bases de données à sauvegarder&#xa0;: --all, ou --database NOM (répétable).</translation>
    </message>
    <message>
        <source>No credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).</source>
        <translation>Aucun identifiant&#xa0;: définissez CLOUDFLARE_API_TOKEN (ou CLOUDFLARE_EMAIL et CLOUDFLARE_API_KEY).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>L’ID de compte «&#xa0;%1&#xa0;» contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>These credentials see no account. Pass --account ID or set CLOUDFLARE_ACCOUNT_ID (account-owned tokens cannot list accounts).</source>
        <translation>Ces identifiants ne voient aucun compte. Passez --account ID ou définissez CLOUDFLARE_ACCOUNT_ID (les jetons appartenant à un compte ne peuvent pas lister les comptes).</translation>
    </message>
    <message numerus="yes">
        <source>These credentials see %n account(s); choose one with --account ID:</source>
        <translation>
            <numerusform>Ces identifiants voient %n compte&#xa0;; choisissez-en un avec --account ID&#xa0;:</numerusform>
            <numerusform>Ces identifiants voient %n comptes&#xa0;; choisissez-en un avec --account ID&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>Say where to save the dump with --output FILE (or --sqlite FILE; --output - writes it to stdout).</source>
        <translation>Indiquez où enregistrer le dump avec --output FICHIER (ou --sqlite FICHIER&#xa0;; --output - l’écrit sur stdout).</translation>
    </message>
    <message>
        <source>%1: the database %2 (%3) of %4.</source>
        <translation>%1&#xa0;: la base de données %2 (%3) de %4.</translation>
    </message>
    <message>
        <source>--json prints the result on stdout, where --output %1 sends the dump: choose one.</source>
        <translation>--json affiche le résultat sur stdout, où --output %1 envoie le dump&#xa0;: choisissez l’un des deux.</translation>
    </message>
    <message>
        <source>--sqlite needs a file name: an SQLite database cannot be streamed.</source>
        <translation>--sqlite nécessite un nom de fichier&#xa0;: une base SQLite ne peut pas être diffusée en flux.</translation>
    </message>
    <message>
        <source>no temporary file for the dump in %1: %2</source>
        <translation>pas de fichier temporaire pour le dump dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--gzip: saving as %1, with the .gz suffix that says it is compressed.</source>
        <translation>--gzip&#xa0;: enregistrement sous %1, avec le suffixe .gz qui indique qu’il est compressé.</translation>
    </message>
    <message>
        <source>%1 exists; it will be replaced once the export has succeeded (a failed export leaves it as it is).</source>
        <translation>%1 existe&#xa0;; il sera remplacé une fois l’export réussi (un export échoué le laisse tel quel).</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Nouvel essai dans %2 s (tentative %3).</translation>
    </message>
    <message>
        <source>ID	NAME</source>
        <translation>ID	NOM</translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>aucune base de données nommée «&#xa0;%1&#xa0;».%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UUID	NAME	BYTES	CREATED</source>
        <translation>UUID	NOM	OCTETS	CRÉÉE</translation>
    </message>
    <message>
        <source>NAME	TYPE	TABLE</source>
        <translation>NOM	TYPE	TABLE</translation>
    </message>
    <message>
        <source>--timeout takes a duration such as 90, 45m or 3h, not &quot;%1&quot;.</source>
        <translation>--timeout attend une durée comme 90, 45m ou 3h, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own: --no-schema excludes --verify, --compare-live-counts, --compare-live-values and --sqlite.</source>
        <translation>Un dump de données seules ne peut pas être chargé tel quel&#xa0;: --no-schema exclut --verify, --compare-live-counts, --compare-live-values et --sqlite.</translation>
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
        <translation>Exporter des bases de données Cloudflare D1 en SQL.

Commandes (&quot;COMMAND --help&quot; affiche les options de l’une d’elles)&#xa0;:
  export &lt;database&gt;   exporter une base de données (nom, UUID ou binding de la configuration
                      wrangler) vers --output et/ou --sqlite
  backup              exporter toutes les bases (--all), ou chaque --database, dans --folder,
                      l’une après l’autre, sous &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], avec un
                      manifest.json
  accounts            lister les comptes que voient les identifiants
  databases           lister les bases de données D1 du compte
  tables &lt;database&gt;   lister les tables, index, vues et déclencheurs d’une base de données
  import &lt;database&gt;   importer --input FILE (.sql, .sql.gz, .sqlite) dans une base de données
                      (--create&#xa0;: une nouvelle base de ce nom)&#xa0;; annuler avec la ligne
                      restore qu’il affiche
  restore &lt;database&gt;  restaurer une base de données sur place à un signet Time Travel --bookmark

Les lignes de commande de wrangler fonctionnent telles quelles, seul le nom du programme
change&#xa0;:
  export NAME --remote --output FILE [-y|--skip-confirmation] [--table T]... [--no-data|--no-schema]
  export NAME --local --output FILE [--config|-c FILE] [--env|-e ENV] [--persist-to DIR]
NAME peut être le nom de la base de données ou son binding dans wrangler.toml / wrangler.json /
wrangler.jsonc. Contrairement à wrangler, la valeur par défaut est --remote. &quot;--output -&quot; écrit
le dump sur stdout, par ex.
  d1-exporter-cli export my-db --output - | sqlite3 copy.db

Les bases de données avec des tables virtuelles (FTS5), que D1 ne peut pas exporter, sont
exportées sans elles, et leurs instructions CREATE VIRTUAL TABLE et leur contenu sont ajoutés
à la fin du dump.

Les identifiants viennent de l’environnement, jamais de la ligne de commande (inutiles avec
--local)&#xa0;:
  CLOUDFLARE_API_TOKEN, ou CLOUDFLARE_EMAIL et CLOUDFLARE_API_KEY.
Le compte vient de --account ou de CLOUDFLARE_ACCOUNT_ID&#xa0;; si aucun n’est indiqué et que les
identifiants voient exactement un compte, c’est celui-ci qui est utilisé.

Codes de sortie&#xa0;: 0 succès, 1 autre échec, 2 utilisation, 3 authentification ou autorisation (aussi&#xa0;:
aucun identifiant), 4 compte, base de données ou table introuvable, 5 export échoué ou déjà en cours,
6 réseau ou serveur, 7 fichier impossible à écrire, 8 enregistré mais non vérifié (ne se charge pas,
ou nombres de lignes différents), 9 backup&#xa0;: au moins une base a échoué ou n’a pas été vérifiée,
130 interrompu.
import et restore utilisent les mêmes codes&#xa0;: 2 aussi quand une base qui contient des tables est
importée sans --yes, 3 un jeton sans D1 Edit, 5 D1 a refusé ou annulé l’import, 6 aussi l’envoi,
8 les nombres de lignes sur D1 diffèrent de ceux du fichier (--compare-row-counts).</translation>
    </message>
</context>
<context>
    <name>d1x::CliProgress</name>
    <message>
        <source>D1: </source>
        <translation>D1&#xa0;: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur&#xa0;: </translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3%)</source>
        <translation>Téléchargement&#xa0;: %1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>Verifying: %1%</source>
        <translation>Vérification&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>D1 is still preparing the dump (%1 s)…</source>
        <translation>D1 prépare encore le dump (%1 s)…</translation>
    </message>
    <message>
        <source>Rate limited by Cloudflare: going on in %1 s</source>
        <translation>Limite de débit de Cloudflare&#xa0;: reprise dans&#xa0;%1 s</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 (%3%)</source>
        <translation>Envoi&#xa0;: %1 sur %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, %n s restante</numerusform>
            <numerusform>, %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the file: %1%</source>
        <translation>Préparation du fichier&#xa0;: %1%</translation>
    </message>
</context>
<context>
    <name>d1x::CloseMatches</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source> Did you mean %1?</source>
        <translation> Vouliez-vous dire %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>d1x::CloudflareClient</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>un ID contient des caractères non autorisés</translation>
    </message>
</context>
<context>
    <name>d1x::ConnectionSession</name>
    <message>
        <source>no API endpoint to ask</source>
        <translation>aucun point d’accès API à interroger</translation>
    </message>
</context>
<context>
    <name>d1x::Downloader</name>
    <message>
        <source>the server resumed at the wrong position</source>
        <translation>le serveur a repris à la mauvaise position</translation>
    </message>
    <message>
        <source>The server cannot resume; downloading again from the start.</source>
        <translation>Le serveur ne peut pas reprendre&#xa0;; nouveau téléchargement depuis le début.</translation>
    </message>
    <message>
        <source>not enough free space: the dump needs %1, the disk has %2 free</source>
        <translation>espace libre insuffisant&#xa0;: le dump nécessite %1, le disque a %2 de libre</translation>
    </message>
    <message>
        <source>the server sent a web page instead of the SQL file (HTTP %1)</source>
        <translation>le serveur a envoyé une page web au lieu du fichier SQL (HTTP %1)</translation>
    </message>
    <message>
        <source>the server sent more data than it announced</source>
        <translation>le serveur a envoyé plus de données qu’annoncé</translation>
    </message>
    <message>
        <source>the download was redirected to an unsafe address</source>
        <translation>le téléchargement a été redirigé vers une adresse non sûre</translation>
    </message>
    <message>
        <source>The download link has expired; asking Cloudflare for a fresh one.</source>
        <translation>Le lien de téléchargement a expiré&#xa0;; un nouveau lien est demandé à Cloudflare.</translation>
    </message>
    <message>
        <source>the download server answered HTTP %1</source>
        <translation>le serveur de téléchargement a répondu HTTP %1</translation>
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
        <translation>le téléchargement est bloqué</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la connexion s’est fermée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>received %1 of %2 bytes</source>
        <translation>%1 octets reçus sur %2</translation>
    </message>
    <message>
        <source>Download interrupted (%1); resuming from byte %2 in %3 s.</source>
        <translation>Téléchargement interrompu (%1)&#xa0;; reprise à l’octet %2 dans %3 s.</translation>
    </message>
    <message>
        <source>Download failed (%1); trying again in %2 s.</source>
        <translation>Échec du téléchargement (%1)&#xa0;; nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>the file behind the link is now %1 bytes long, not %2: it is not the dump the first part came from, and the two are not joined</source>
        <translation>le fichier derrière le lien fait maintenant&#xa0;%1 octets, pas&#xa0;%2&#xa0;: ce n’est pas le dump d’où vient la première partie, et les deux ne sont pas assemblées</translation>
    </message>
    <message>
        <source>the file behind the link changed while it was downloading (its ETag is %1, was %2): the parts are not joined</source>
        <translation>le fichier derrière le lien a changé pendant le téléchargement (son ETag est&#xa0;%1, était&#xa0;%2)&#xa0;: les parties ne sont pas assemblées</translation>
    </message>
    <message numerus="yes">
        <source>%n fresh link(s) in a row were refused as expired before a byte arrived; the computer&apos;s clock may be wrong, or a proxy may be changing the requests</source>
        <translation>
            <numerusform>%n nouveau lien a été refusé comme expiré avant l’arrivée d’un octet&#xa0;; l’horloge de l’ordinateur est peut-être fausse, ou un proxy modifie peut-être les requêtes</numerusform>
            <numerusform>%n nouveaux liens d’affilée ont été refusés comme expirés avant l’arrivée d’un octet&#xa0;; l’horloge de l’ordinateur est peut-être fausse, ou un proxy modifie peut-être les requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>The fresh download link was refused as expired too; asking again in %1 s (%2 of %3).</source>
        <translation>Le nouveau lien de téléchargement a lui aussi été refusé comme expiré&#xa0;; nouvelle demande dans&#xa0;%1 s (%2 sur&#xa0;%3).</translation>
    </message>
</context>
<context>
    <name>d1x::DumpSink</name>
    <message>
        <source>the compressor could not be started</source>
        <translation>le compresseur n’a pas pu être démarré</translation>
    </message>
    <message>
        <source>the compressor failed</source>
        <translation>le compresseur a échoué</translation>
    </message>
</context>
<context>
    <name>d1x::ExportController</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Démarrage de l’export…</translation>
    </message>
    <message>
        <source>D1 is preparing the dump…</source>
        <translation>D1 prépare le dump…</translation>
    </message>
    <message>
        <source>Downloading the dump…</source>
        <translation>Téléchargement du dump…</translation>
    </message>
    <message>
        <source>Verifying the dump…</source>
        <translation>Vérification du dump…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Nouvel essai dans %2 s (tentative %3).</translation>
    </message>
    <message>
        <source>schema and data</source>
        <translation>schéma et données</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>schéma seul</translation>
    </message>
    <message>
        <source>data only</source>
        <translation>données seules</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>toutes les tables</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): %1</source>
        <translation>
            <numerusform>%n table&#xa0;: %1</numerusform>
            <numerusform>%n tables&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the export of %1 (%2, %3).</source>
        <translation>Démarrage de l’export de %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Also exporting the indexes and triggers of the chosen tables, which D1&apos;s table filter would leave out: %1.</source>
        <translation>Export également des index et déclencheurs des tables choisies, que le filtre de tables de D1 omettrait&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual table(s): %1. D1 refuses to export a database that holds them, so everything else is exported and their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.</source>
        <translation>
            <numerusform>%n table virtuelle&#xa0;: %1. D1 refuse d’exporter une base qui en contient&#xa0;; tout le reste est donc exporté, et son instruction CREATE VIRTUAL TABLE ainsi que son contenu sont ajoutés à la fin du dump.</numerusform>
            <numerusform>%n tables virtuelles&#xa0;: %1. D1 refuse d’exporter une base qui en contient&#xa0;; tout le reste est donc exporté, et leurs instructions CREATE VIRTUAL TABLE ainsi que leur contenu sont ajoutés à la fin du dump.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out their internal tables, which CREATE VIRTUAL TABLE makes again: %1.</source>
        <translation>Leurs tables internes, que CREATE VIRTUAL TABLE recrée, sont omises&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 indexes the table %2, which is not exported: it is recreated empty; run INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) once %2 is back.</source>
        <translation>%1 indexe la table %2, qui n’est pas exportée&#xa0;: elle est recréée vide&#xa0;; exécutez INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) une fois %2 rétablie.</translation>
    </message>
    <message>
        <source>%1 is a contentless full-text index: its rows cannot be read back, so it is recreated empty. Fill it again from its source.</source>
        <translation>%1 est un index plein texte sans contenu&#xa0;: ses lignes ne peuvent pas être relues, il est donc recréé vide. Remplissez-le à nouveau depuis sa source.</translation>
    </message>
    <message>
        <source>the export finished without a usable download link</source>
        <translation>l’export s’est terminé sans lien de téléchargement utilisable</translation>
    </message>
    <message>
        <source>Got a fresh download link; resuming.</source>
        <translation>Nouveau lien de téléchargement obtenu&#xa0;; reprise.</translation>
    </message>
    <message>
        <source>The dump %1 is ready; downloading it from %2.</source>
        <translation>Le dump %1 est prêt&#xa0;; téléchargement depuis %2.</translation>
    </message>
    <message>
        <source>Compressing it with gzip while it downloads.</source>
        <translation>Compression avec gzip pendant le téléchargement.</translation>
    </message>
    <message>
        <source>Downloaded %1 in %2 s (%3/s).</source>
        <translation>%1 téléchargés en %2 s (%3/s).</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verifying: loading the dump into a temporary SQLite database…</source>
        <translation>Vérification&#xa0;: chargement du dump dans une base SQLite temporaire…</translation>
    </message>
    <message>
        <source>Loading the dump into the SQLite database %1…</source>
        <translation>Chargement du dump dans la base SQLite %1…</translation>
    </message>
    <message>
        <source>%1: %2 (D1: %3)</source>
        <translation>%1&#xa0;: %2 (D1&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rows per table after loading the dump: %1.</source>
        <translation>Lignes par table après chargement du dump&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Statement %1 is %2 long%3; D1 imports statements of at most 100 KB.</source>
        <translation>L’instruction %1 fait %2%3&#xa0;; D1 importe des instructions de 100 Ko au plus.</translation>
    </message>
    <message>
        <source> (a row of %1)</source>
        <translation> (une ligne de %1)</translation>
    </message>
    <message>
        <source>Rows written to D1 between the count and the start of the export also show up as differences.</source>
        <translation>Les lignes écrites dans D1 entre le comptage et le début de l’export apparaissent aussi comme des différences.</translation>
    </message>
    <message>
        <source>Saved the SQLite database %1 (%2), SHA-256 %3.</source>
        <translation>Base SQLite %1 enregistrée (%2), SHA-256 %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved %1 in %2 s.</source>
        <translation>%1 enregistré en %2 s.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Cancelled; the SQL dump %1 had already been saved and was kept.</source>
        <translation>Annulé&#xa0;; le dump SQL %1 avait déjà été enregistré et a été conservé.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded and checked %n statement(s) in %1 s.</source>
        <translation>
            <numerusform>%n instruction chargée et vérifiée en %1 s.</numerusform>
            <numerusform>%n instructions chargées et vérifiées en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema only: the live rows are not counted.</source>
        <translation>Schéma seul&#xa0;: les lignes de D1 ne sont pas comptées.</translation>
    </message>
    <message>
        <source>None of the chosen tables is one D1 exports itself, so D1 is not asked to export anything.</source>
        <translation>Aucune des tables choisies n’est exportée par D1 lui-même&#xa0;: aucun export n’est donc demandé à D1.</translation>
    </message>
    <message>
        <source>no table named &quot;%1&quot; in %2.%3</source>
        <translation>aucune table nommée «&#xa0;%1&#xa0;» dans %2.%3</translation>
    </message>
    <message>
        <source>%1 To include them, choose them too (command line: --table %2).</source>
        <translation>%1 Pour les inclure, choisissez-les aussi (ligne de commande&#xa0;: --table %2).</translation>
    </message>
    <message>
        <source>a local database has no live row counts on D1 to compare with</source>
        <translation>une base de données locale n’a pas de nombres de lignes en direct sur D1 à comparer</translation>
    </message>
    <message>
        <source>Reading the local database %1 (read-only; a running wrangler dev is not disturbed).</source>
        <translation>Lecture de la base de données locale %1 (en lecture seule&#xa0;; un wrangler dev en cours n’est pas perturbé).</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s).</source>
        <translation>
            <numerusform>%1&#xa0;: recréée avec sa %n ligne.</numerusform>
            <numerusform>%1&#xa0;: recréée avec ses %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the dump of the local database (%1).</source>
        <translation>Dump de la base de données locale écrit (%1).</translation>
    </message>
    <message>
        <source>Restoring the values D1 rounded…</source>
        <translation>Restauration des valeurs arrondies par D1…</translation>
    </message>
    <message>
        <source>the fresh link is for another file (%1, not %2): the parts are not joined</source>
        <translation>le nouveau lien concerne un autre fichier (%1, pas&#xa0;%2)&#xa0;: les parties ne sont pas assemblées</translation>
    </message>
    <message>
        <source>Export again once nothing writes to the database, to get those rows exact too.</source>
        <translation>Exportez à nouveau quand plus rien n’écrit dans la base, pour obtenir aussi ces lignes exactes.</translation>
    </message>
    <message>
        <source>a local database has no values on D1 to compare with</source>
        <translation>une base de données locale n’a pas de valeurs sur D1 avec lesquelles comparer</translation>
    </message>
    <message>
        <source>Verifying while it downloads: loading the dump into a temporary SQLite database…</source>
        <translation>Vérification pendant le téléchargement&#xa0;: chargement du dump dans une base SQLite temporaire…</translation>
    </message>
    <message>
        <source>the API (%1) is reached over HTTPS, but the download link it gave is plain HTTP (%2): the dump would travel unencrypted, so it was not downloaded</source>
        <translation>l’API (%1) est jointe en HTTPS, mais le lien de téléchargement qu’elle a fourni est en HTTP simple (%2) : le dump circulerait sans chiffrement, il n’a donc pas été téléchargé</translation>
    </message>
    <message>
        <source> %1 was left as it was.</source>
        <translation> %1 est resté intact.</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be read again exactly (%1), so nothing was saved: the dump would hold them rounded.%2 Try again later.</source>
        <translation>les valeurs arrondies par D1 n’ont pas pu être relues exactement (%1), donc rien n’a été enregistré&#xa0;: le dump les contiendrait arrondies.%2 Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Schema only: no values to compare with D1.</source>
        <translation>Schéma seul&#xa0;: aucune valeur à comparer avec D1.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the values of %n table(s) with D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>Comparaison des valeurs de %n table avec D1 (D1 facture chaque ligne ainsi lue)…</numerusform>
            <numerusform>Comparaison des valeurs de %n tables avec D1 (D1 facture chaque ligne ainsi lue)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows written to D1 since the export also show up as differences.</source>
        <translation>Les lignes écrites dans D1 depuis l’export apparaissent aussi comme des différences.</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be written back into the dump (%1), so nothing was saved.%2</source>
        <translation>les valeurs arrondies par D1 n’ont pas pu être réécrites dans le dump (%1), donc rien n’a été enregistré.%2</translation>
    </message>
</context>
<context>
    <name>d1x::ExportPollJob</name>
    <message>
        <source>the export answer has no known status</source>
        <translation>la réponse d’export n’a pas de statut connu</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>D1 refused even though the virtual tables were left out of the table list. Export the other tables in smaller groups, or report this so that a dump through /query can be added.</source>
        <translation>D1 a refusé alors que les tables virtuelles ont été exclues de la liste des tables. Exportez les autres tables par groupes plus petits, ou signalez-le pour qu’un dump via /query puisse être ajouté.</translation>
    </message>
    <message>
        <source>D1 accepted the export (bookmark %1).</source>
        <translation>D1 a accepté l’export (signet&#xa0;%1).</translation>
    </message>
    <message>
        <source>the export answer has no bookmark to poll with</source>
        <translation>la réponse d’export n’a pas de signet pour l’interroger</translation>
    </message>
    <message>
        <source>D1 says an export is already running (%1). It is probably the one our lost request started; D1 cancels it once it goes unpolled. Trying again in %2 s.</source>
        <translation>D1 indique qu’un export est déjà en cours (%1). C’est probablement celui lancé par notre requête perdue&#xa0;; D1 l’annule dès qu’il n’est plus interrogé. Nouvel essai dans&#xa0;%2 s.</translation>
    </message>
    <message>
        <source>D1 ended the export while we waited for the rate limit (%1). Starting it again, once.</source>
        <translation>D1 a mis fin à l’export pendant que nous attendions la limite de débit (%1). Il est relancé, une seule fois.</translation>
    </message>
    <message>
        <source>D1 had not started the export after %1</source>
        <translation>D1 n’avait pas démarré l’export au bout de&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still preparing the dump after %1 (%n poll(s))</source>
        <translation>
            <numerusform>D1 préparait encore le dump au bout de&#xa0;%1 (%n interrogation)</numerusform>
            <numerusform>D1 préparait encore le dump au bout de&#xa0;%1 (%n interrogations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ExportReadiness</name>
    <message>
        <source>Choose a project folder and one of its local D1 databases.</source>
        <translation>Choisissez un dossier de projet et l’une de ses bases de données D1 locales.</translation>
    </message>
    <message>
        <source>Enter your Cloudflare credentials to begin.</source>
        <translation>Saisissez vos identifiants Cloudflare pour commencer.</translation>
    </message>
    <message>
        <source>Choose the account that owns the database.</source>
        <translation>Choisissez le compte propriétaire de la base de données.</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>Choisissez une base de données à exporter.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lecture des tables de %1…</translation>
    </message>
    <message>
        <source>Ready to export all of %1.</source>
        <translation>Prêt à exporter %1 en entier.</translation>
    </message>
    <message>
        <source>%1 has no tables; the export will hold only what D1 writes for an empty database.</source>
        <translation>%1 n’a aucune table&#xa0;; l’export ne contiendra que ce que D1 écrit pour une base vide.</translation>
    </message>
    <message>
        <source>Check at least one table to export.</source>
        <translation>Cochez au moins une table à exporter.</translation>
    </message>
    <message>
        <source>Ready to export %1.</source>
        <translation>Prêt à exporter %1.</translation>
    </message>
</context>
<context>
    <name>d1x::ExportRequestCheck</name>
    <message>
        <source>no output file was chosen</source>
        <translation>aucun fichier de sortie n’a été choisi</translation>
    </message>
    <message>
        <source>the SQL file and the SQLite file must differ</source>
        <translation>le fichier SQL et le fichier SQLite doivent être différents</translation>
    </message>
    <message>
        <source>&quot;schema only&quot; and &quot;data only&quot; exclude each other</source>
        <translation>«&#xa0;schéma seul&#xa0;» et «&#xa0;données seules&#xa0;» s’excluent mutuellement</translation>
    </message>
    <message>
        <source>a data-only dump cannot be loaded on its own, so it can be neither verified nor saved as an SQLite database</source>
        <translation>un dump de données seules ne peut pas être chargé tel quel&#xa0;; il ne peut donc être ni vérifié ni enregistré comme base SQLite</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n’existe pas</translation>
    </message>
    <message>
        <source>the folder of %1 is not writable</source>
        <translation>le dossier de %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>nothing can be saved in the folder of %1 (%2)</source>
        <translation>rien ne peut être enregistré dans le dossier de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>d1x::ImportCommand</name>
    <message>
        <source>Say which state to restore with --bookmark B (an import prints the bookmark taken before it).</source>
        <translation>Indiquez l’état à restaurer avec --bookmark B (un import affiche le signet pris avant lui).</translation>
    </message>
    <message>
        <source>Say which file to import with --input FILE (.sql, .sql.gz, .sqlite, .sqlite3 or .db).</source>
        <translation>Indiquez le fichier à importer avec --input FILE (.sql, .sql.gz, .sqlite, .sqlite3 ou .db).</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; check the path given to --input.</source>
        <translation>%1 n’est pas un fichier lisible&#xa0;; vérifiez le chemin donné à --input.</translation>
    </message>
    <message numerus="yes">
        <source>To import: %1 (%2 bytes), %n statement(s)</source>
        <translation>
            <numerusform>À importer&#xa0;: %1 (%2 octets), %n instruction</numerusform>
            <numerusform>À importer&#xa0;: %1 (%2 octets), %n instructions</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual tables (recreated): %1</source>
        <translation>Tables virtuelles (recréées)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Target: %1, which holds %n table(s) now.</source>
        <translation>
            <numerusform>Cible&#xa0;: %1, qui contient actuellement %n table.</numerusform>
            <numerusform>Cible&#xa0;: %1, qui contient actuellement %n tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: a new database, %1.</source>
        <translation>Cible&#xa0;: une nouvelle base de données, %1.</translation>
    </message>
    <message>
        <source>D1 blocks the database while it imports.</source>
        <translation>D1 bloque la base de données pendant l’import.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s) (%2). Importing adds to them and may clash with what is there. Add --yes to import anyway (a Time Travel bookmark is taken first, so the import can be undone), or import into a new database with --create NAME.</source>
        <translation>
            <numerusform>%1 contient déjà %n table (%2). L’import s’y ajoute et peut entrer en conflit avec ce qui s’y trouve. Ajoutez --yes pour importer quand même (un signet Time Travel est d’abord pris, l’import peut donc être annulé), ou importez dans une nouvelle base de données avec --create NAME.</numerusform>
            <numerusform>%1 contient déjà %n tables (%2). L’import s’y ajoute et peut entrer en conflit avec ce qui s’y trouve. Ajoutez --yes pour importer quand même (un signet Time Travel est d’abord pris, l’import peut donc être annulé), ou importez dans une nouvelle base de données avec --create NAME.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Bookmark before the import: %1</source>
        <translation>Signet avant l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>To undo the import: %1</source>
        <translation>Pour annuler l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>or with wrangler: %1</source>
        <translation>ou avec wrangler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restoring %1 to the Time Travel bookmark %2…</source>
        <translation>Restauration de %1 au signet Time Travel %2…</translation>
    </message>
    <message>
        <source>the restore answer has no bookmark</source>
        <translation>la réponse de restauration n’a pas de signet</translation>
    </message>
    <message>
        <source>%1 is restored to %2.</source>
        <translation>%1 est restaurée à %2.</translation>
    </message>
    <message>
        <source>To undo this restore: %1</source>
        <translation>Pour annuler cette restauration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ImportController</name>
    <message>
        <source>D1 is importing the file; the database is blocked until it has finished.</source>
        <translation>D1 importe le fichier&#xa0;; la base de données est bloquée jusqu’à la fin.</translation>
    </message>
    <message>
        <source>%1: %2 in the file, %3 on D1</source>
        <translation>%1&#xa0;: %2 dans le fichier, %3 sur D1</translation>
    </message>
    <message numerus="yes">
        <source>Row counts on D1 equal the file&apos;s, table by table (%n table(s)).</source>
        <translation>
            <numerusform>Les nombres de lignes sur D1 sont égaux à ceux du fichier, table par table (%n table).</numerusform>
            <numerusform>Les nombres de lignes sur D1 sont égaux à ceux du fichier, table par table (%n tables).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts on D1 differ from the file&apos;s: %1</source>
        <translation>Les nombres de lignes sur D1 diffèrent de ceux du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>no account or target database was given</source>
        <translation>aucun compte ni base de données cible n’a été indiqué</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; choose the dump or database to import</source>
        <translation>%1 n’est pas un fichier lisible&#xa0;; choisissez le dump ou la base de données à importer</translation>
    </message>
    <message>
        <source>no temporary file could be made in %1: %2</source>
        <translation>aucun fichier temporaire n’a pu être créé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Preparing %1 for D1…</source>
        <translation>Préparation de %1 pour D1…</translation>
    </message>
    <message>
        <source>a database named %1 already exists; choose another name, or import into it (without --create / &quot;new database&quot;)</source>
        <translation>une base de données nommée %1 existe déjà&#xa0;; choisissez un autre nom, ou importez dans celle-ci (sans --create / «&#xa0;nouvelle base de données&#xa0;»)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Exclus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Prepared %1 bytes of SQL: %n statement(s), %2 table(s).</source>
        <translation>
            <numerusform>%1 octets de SQL préparés&#xa0;: %n instruction, %2 table(s).</numerusform>
            <numerusform>%1 octets de SQL préparés&#xa0;: %n instructions, %2 table(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) longer than D1&apos;s statement limit are written in pieces.</source>
        <translation>
            <numerusform>%n ligne plus longue que la limite d’instruction de D1 est écrite en plusieurs morceaux.</numerusform>
            <numerusform>%n lignes plus longues que la limite d’instruction de D1 sont écrites en plusieurs morceaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s): %2</source>
        <translation>
            <numerusform>%1 contient déjà %n table&#xa0;: %2</numerusform>
            <numerusform>%1 contient déjà %n tables&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Création de la base de données %1…</translation>
    </message>
    <message>
        <source>the new database&apos;s id is missing from the answer</source>
        <translation>l’ID de la nouvelle base de données manque dans la réponse</translation>
    </message>
    <message>
        <source>Created the database %1 (%2).</source>
        <translation>Base de données %1 créée (%2).</translation>
    </message>
    <message>
        <source>Time Travel gave no bookmark</source>
        <translation>Time Travel n’a pas fourni de signet</translation>
    </message>
    <message>
        <source>Time Travel bookmark before the import: %1. To undo the import: %2 (or %3)</source>
        <translation>Signet Time Travel avant l’import&#xa0;: %1. Pour annuler l’import&#xa0;: %2 (ou %3)</translation>
    </message>
    <message>
        <source>Importing into %1: %2 bytes to upload.</source>
        <translation>Import dans %1&#xa0;: %2 octets à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>D1 imported the file: %n quer(y/ies), %1 row(s) written, the database is now %2 bytes.</source>
        <translation>
            <numerusform>D1 a importé le fichier&#xa0;: %n requête, %1 ligne(s) écrite(s), la base de données fait maintenant %2 octets.</numerusform>
            <numerusform>D1 a importé le fichier&#xa0;: %n requêtes, %1 ligne(s) écrite(s), la base de données fait maintenant %2 octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (one query; D1 bills the rows it reads)…</source>
        <translation>
            <numerusform>Comptage des lignes de %n table sur D1 (une requête&#xa0;; D1 facture les lignes qu’il lit)…</numerusform>
            <numerusform>Comptage des lignes de %n tables sur D1 (une requête&#xa0;; D1 facture les lignes qu’il lit)…</numerusform>
        </translation>
    </message>
    <message>
        <source>D1 has the file and goes on by itself: it completes the import or rolls it back; the database stays blocked until then.</source>
        <translation>D1 a le fichier et continue seul&#xa0;: il termine l’import ou l’annule&#xa0;; la base de données reste bloquée jusque-là.</translation>
    </message>
    <message>
        <source>The database %1 created for this import could not be deleted again: %2</source>
        <translation>La base de données %1 créée pour cet import n’a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted the database %1 created for this import again.</source>
        <translation>La base de données %1 créée pour cet import a été supprimée.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed on D1.</source>
        <translation>Annulé&#xa0;; rien n’a été modifié sur D1.</translation>
    </message>
    <message>
        <source>Cancelled after D1 took the file: D1 completes the import or rolls it back on its own, and the database stays blocked until then.%1</source>
        <translation>Annulé après que D1 a pris le fichier&#xa0;: D1 termine l’import ou l’annule de lui-même, et la base de données reste bloquée jusque-là.%1</translation>
    </message>
    <message>
        <source> To go back to the state before it afterwards: %1</source>
        <translation> Pour revenir ensuite à l’état d’avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled before D1 took the file; nothing was changed on D1.</source>
        <translation>Annulé avant que D1 ne prenne le fichier&#xa0;; rien n’a été modifié sur D1.</translation>
    </message>
    <message>
        <source>Row counting cancelled; the import itself is complete.</source>
        <translation>Comptage des lignes annulé&#xa0;; l’import lui-même est terminé.</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark before the import (%2)…</source>
        <translation>Restauration de %1 au signet d’avant l’import (%2)…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Échec de l’annulation de l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is back at its state before the import.%2</source>
        <translation>%1 est revenue à son état d’avant l’import.%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n table(s) of the same name as the file&apos;s: %2. D1 would refuse the whole import (&quot;table already exists&quot;), so nothing was sent. Import into a new database instead, or drop those tables first.</source>
        <translation>
            <numerusform>%1 a déjà %n table du même nom que celles du fichier&#xa0;: %2. D1 refuserait tout l’import («&#xa0;table already exists&#xa0;»), donc rien n’a été envoyé. Importez plutôt dans une nouvelle base de données, ou supprimez d’abord cette table.</numerusform>
            <numerusform>%1 a déjà %n tables du même nom que celles du fichier&#xa0;: %2. D1 refuserait tout l’import («&#xa0;table already exists&#xa0;»), donc rien n’a été envoyé. Importez plutôt dans une nouvelle base de données, ou supprimez d’abord ces tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ImportJob</name>
    <message>
        <source>the import answer has no known status</source>
        <translation>la réponse d’import n’a pas de statut connu</translation>
    </message>
    <message>
        <source>D1 asked for an upload while importing</source>
        <translation>D1 a demandé un envoi pendant l’import</translation>
    </message>
    <message>
        <source>D1 gave an upload address that is not a web address</source>
        <translation>D1 a fourni une adresse d’envoi qui n’est pas une adresse web</translation>
    </message>
    <message>
        <source>D1 gave no file name for the upload</source>
        <translation>D1 n’a fourni aucun nom de fichier pour l’envoi</translation>
    </message>
    <message>
        <source>D1 is ready for the upload of %1 bytes.</source>
        <translation>D1 est prêt pour l’envoi de %1 octets.</translation>
    </message>
    <message>
        <source>D1 already holds this file (md5 %1); no upload needed.</source>
        <translation>D1 a déjà ce fichier (md5 %1)&#xa0;; aucun envoi nécessaire.</translation>
    </message>
    <message>
        <source>the import answer has no bookmark to poll with</source>
        <translation>la réponse d’import n’a pas de signet pour l’interroger</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the upload address redirected elsewhere (HTTP %1); an upload is never sent on</source>
        <translation>l’adresse d’envoi a redirigé ailleurs (HTTP %1)&#xa0;; un envoi n’est jamais transmis plus loin</translation>
    </message>
    <message numerus="yes">
        <source>the upload address expired %n time(s) in a row</source>
        <translation>
            <numerusform>l’adresse d’envoi a expiré %n fois de suite</numerusform>
            <numerusform>l’adresse d’envoi a expiré %n fois de suite</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload address has expired; asking D1 for a fresh one.</source>
        <translation>L’adresse d’envoi a expiré&#xa0;; demande d’une nouvelle adresse à D1.</translation>
    </message>
    <message>
        <source>the upload server answered HTTP %1</source>
        <translation>le serveur d’envoi a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the upload stalled</source>
        <translation>l’envoi s’est bloqué</translation>
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
            <numerusform>ce qui est arrivé différait du fichier %n fois (ETag %1, md5 %2)</numerusform>
            <numerusform>ce qui est arrivé différait du fichier %n fois (ETag %1, md5 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>What arrived differs from the file (ETag %1, md5 %2); uploading it again.</source>
        <translation>Ce qui est arrivé diffère du fichier (ETag %1, md5 %2)&#xa0;; nouvel envoi.</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes in %2 s; the upload server confirmed the md5. Asking D1 to import it.</source>
        <translation>%1 octets envoyés en %2 s&#xa0;; le serveur d’envoi a confirmé le md5. Demande d’import à D1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s); nothing was imported)</source>
        <translation>
            <numerusform>%1 (après %n tentative&#xa0;; rien n’a été importé)</numerusform>
            <numerusform>%1 (après %n tentatives&#xa0;; rien n’a été importé)</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload was interrupted (%1) after %2 bytes; sending the file again in %3 s (attempt %4 of %5).</source>
        <translation>L’envoi a été interrompu (%1) après %2 octets&#xa0;; nouvel envoi du fichier dans %3 s (tentative %4 sur %5).</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still importing after %1 (%n poll(s)); it finishes or rolls back on its own</source>
        <translation>
            <numerusform>D1 importait encore après %1 (%n interrogation)&#xa0;; il termine ou annule de lui-même</numerusform>
            <numerusform>D1 importait encore après %1 (%n interrogations)&#xa0;; il termine ou annule de lui-même</numerusform>
        </translation>
    </message>
    <message>
        <source>Found D1&apos;s import of the file; following it.</source>
        <translation>Importation du fichier trouvée chez D1&#xa0;; elle est suivie.</translation>
    </message>
    <message>
        <source>The answer to the request to import the file was lost (%1). D1 may be importing it already, so it is not sent again: looking for the import under the bookmark from before it…</source>
        <translation>La réponse à la demande d’importer le fichier a été perdue (%1). D1 l’importe peut-être déjà, il n’est donc pas renvoyé&#xa0;: recherche de l’importation sous le signet d’avant…</translation>
    </message>
    <message>
        <source>D1 started no import under that bookmark; asking for the upload again.</source>
        <translation>D1 n’a commencé aucune importation sous ce signet&#xa0;; le téléversement est redemandé.</translation>
    </message>
    <message>
        <source>The answer to the first request of the import was lost (%1). D1 starts importing at once when it still holds this file, so the request is not sent again before looking for an import under the bookmark from before it…</source>
        <translation>La réponse à la première requête de l’importation a été perdue (%1). D1 commence l’importation aussitôt s’il détient encore ce fichier, la requête n’est donc pas renvoyée avant d’avoir cherché une importation sous le signet d’avant…</translation>
    </message>
</context>
<context>
    <name>d1x::LiveCountJob</name>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>Comptage des lignes de %n table sur D1 (D1 facture chaque ligne ainsi lue)…</numerusform>
            <numerusform>Comptage des lignes de %n tables sur D1 (D1 facture chaque ligne ainsi lue)…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Nouvel essai dans&#xa0;%2 s (tentative&#xa0;%3).</translation>
    </message>
    <message>
        <source>The rows could not be counted on D1 (%1); the export goes on without the comparison.</source>
        <translation>Les lignes n’ont pas pu être comptées sur D1 (%1)&#x202f;; l’export continue sans la comparaison.</translation>
    </message>
    <message>
        <source>the row counts came back incomplete</source>
        <translation>les nombres de lignes sont revenus incomplets</translation>
    </message>
    <message>
        <source>D1 holds %1 rows in these tables.</source>
        <translation>D1 contient %1 lignes dans ces tables.</translation>
    </message>
</context>
<context>
    <name>d1x::LocalDatabaseLocator</name>
    <message>
        <source>There is no local development data yet: %1 does not exist. Create the local database first, e.g. with &quot;wrangler d1 migrations apply %2 --local&quot; or &quot;wrangler dev&quot; in %3%4.</source>
        <translation>Il n’y a pas encore de données de développement locales&#xa0;: %1 n’existe pas. Créez d’abord la base de données locale, par exemple avec «&#xa0;wrangler d1 migrations apply %2 --local&#xa0;» ou «&#xa0;wrangler dev&#xa0;» dans %3%4.</translation>
    </message>
    <message>
        <source> with the same --persist-to</source>
        <translation> avec le même --persist-to</translation>
    </message>
    <message>
        <source>The local database of %1 has not been created yet (no %2). Run &quot;wrangler d1 migrations apply %1 --local&quot; or &quot;wrangler d1 execute %1 --local --command …&quot; first, or start &quot;wrangler dev&quot; and use the database once.</source>
        <translation>La base de données locale de %1 n’a pas encore été créée (pas de %2). Lancez d’abord «&#xa0;wrangler d1 migrations apply %1 --local&#xa0;» ou «&#xa0;wrangler d1 execute %1 --local --command …&#xa0;», ou démarrez «&#xa0;wrangler dev&#xa0;» et utilisez la base de données une fois.</translation>
    </message>
</context>
<context>
    <name>d1x::LocalDumpWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>lecture des lignes de %1</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lecture du schéma</translation>
    </message>
    <message>
        <source>%1 is a virtual table; it must be recreated after the dump</source>
        <translation>%1 est une table virtuelle&#xa0;; elle doit être recréée après le dump</translation>
    </message>
</context>
<context>
    <name>d1x::OutputStream</name>
    <message>
        <source>%1 did not take the dump: %2</source>
        <translation>%1 n’a pas accepté le dump&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>d1x::PagedCall</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>un ID contient des caractères non autorisés</translation>
    </message>
</context>
<context>
    <name>d1x::Parser</name>
    <message>
        <source>a table header is not closed with ]</source>
        <translation>un en-tête de table n’est pas fermé par ]</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unexpected text after a value</source>
        <translation>texte inattendu après une valeur</translation>
    </message>
    <message>
        <source>a key was expected</source>
        <translation>une clé était attendue</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 est défini deux fois</translation>
    </message>
    <message>
        <source>%1 is not a table</source>
        <translation>%1 n’est pas une table</translation>
    </message>
    <message>
        <source>= was expected after the key %1</source>
        <translation>= était attendu après la clé %1</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>une valeur était attendue</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>une chaîne n’est pas fermée</translation>
    </message>
    <message>
        <source>a \u escape needs hexadecimal digits</source>
        <translation>un échappement \u nécessite des chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation>échappement inconnu \%1 dans une chaîne</translation>
    </message>
    <message>
        <source>an array is not closed with ]</source>
        <translation>un tableau n’est pas fermé par ]</translation>
    </message>
    <message>
        <source>an inline table is not closed with }</source>
        <translation>une table en ligne n’est pas fermée par }</translation>
    </message>
</context>
<context>
    <name>d1x::PollPacer</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Nouvel essai dans&#xa0;%2 s (tentative&#xa0;%3).</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached; waiting %1 s as it asks, then going on.</source>
        <translation>La limite de débit de Cloudflare a été atteinte&#xa0;; attente de&#xa0;%1 s comme demandé, puis reprise.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ProjectDatabase</name>
    <message>
        <source>The wrangler configuration %1 does not exist.</source>
        <translation>La configuration wrangler %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No wrangler configuration (wrangler.json, wrangler.jsonc or wrangler.toml) in %1 or a folder above it. Run this in your Worker&apos;s project folder, or name the file with --config FILE.</source>
        <translation>Aucune configuration wrangler (wrangler.json, wrangler.jsonc ou wrangler.toml) dans %1 ou un dossier au-dessus. Lancez ceci dans le dossier du projet de votre Worker, ou indiquez le fichier avec --config FILE.</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases)%2, so there is no local database &quot;%3&quot;.</source>
        <translation>%1 ne déclare aucune base de données D1 (d1_databases)%2, il n’y a donc pas de base de données locale «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source> in the environment %1</source>
        <translation> dans l’environnement %1</translation>
    </message>
    <message>
        <source>%1 has no D1 database with the name or binding &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 n’a aucune base de données D1 avec le nom ou le binding «&#xa0;%2&#xa0;» (il a&#xa0;: %3).%4</translation>
    </message>
    <message>
        <source>%1 declares %2 without a database_id, which a remote export needs. Create the database (&quot;wrangler d1 create %2&quot;) and add its id, or export the local one with --local.</source>
        <translation>%1 déclare %2 sans database_id, nécessaire à un export distant. Créez la base de données («&#xa0;wrangler d1 create %2&#xa0;») et ajoutez son id, ou exportez la base locale avec --local.</translation>
    </message>
</context>
<context>
    <name>d1x::SavedSecrets</name>
    <message>
        <source>Loaded the saved secret for %1 from the system keychain.</source>
        <translation>Le secret enregistré pour %1 a été chargé depuis le trousseau du système.</translation>
    </message>
    <message>
        <source>No saved secret for %1 was found in the system keychain.</source>
        <translation>Aucun secret enregistré pour %1 n’a été trouvé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved the secret in the system keychain.</source>
        <translation>Secret enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Moved the saved secret to an entry for %1 only.</source>
        <translation>Le secret enregistré a été déplacé vers une entrée réservée à %1.</translation>
    </message>
    <message>
        <source>Removed the secret from the system keychain.</source>
        <translation>Secret supprimé du trousseau du système.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Your secret is kept for this session only and will not be remembered.</source>
        <translation>Aucun trousseau système n’est disponible (%1). Votre secret est conservé pour cette session seulement et ne sera pas mémorisé.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Your secret is kept for this session only.</source>
        <translation>Le trousseau du système n’a pas pu être utilisé (%1). Votre secret est conservé pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>d1x::ValueRepairJob</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of D1&apos;s dump hold numbers D1 may have rounded (64-bit integers, infinities); reading just those again, as exact text…</source>
        <translation>
            <numerusform>%n ligne du dump de D1 contient des nombres que D1 a pu arrondir (entiers 64 bits, infinis)&#xa0;; relecture de celle-ci seule, en texte exact…</numerusform>
            <numerusform>%n lignes du dump de D1 contiennent des nombres que D1 a pu arrondir (entiers 64 bits, infinis)&#xa0;; relecture de celles-ci seules, en texte exact…</numerusform>
        </translation>
    </message>
    <message>
        <source>its columns are unknown</source>
        <translation>ses colonnes sont inconnues</translation>
    </message>
    <message>
        <source>its key columns are not in the dump</source>
        <translation>ses colonnes clés ne sont pas dans le dump</translation>
    </message>
    <message>
        <source>%1 has no key to find rows by: reading it in order up to row %2.</source>
        <translation>%1 n’a pas de clé pour retrouver les lignes&#xa0;: lecture dans l’ordre jusqu’à la ligne&#xa0;%2.</translation>
    </message>
    <message numerus="yes">
        <source>no row on D1 holds these values now (%n row(s) with its key)</source>
        <translation>
            <numerusform>aucune ligne sur D1 ne contient plus ces valeurs (%n ligne avec sa clé)</numerusform>
            <numerusform>aucune ligne sur D1 ne contient plus ces valeurs (%n lignes avec sa clé)</numerusform>
        </translation>
    </message>
    <message>
        <source>the row is no longer on D1</source>
        <translation>la ligne n’est plus sur D1</translation>
    </message>
    <message>
        <source>its columns differ on D1</source>
        <translation>ses colonnes diffèrent sur D1</translation>
    </message>
    <message>
        <source>%1 is now %2 on D1 (row %3 of the table)</source>
        <translation>%1 vaut maintenant&#xa0;%2 sur D1 (ligne&#xa0;%3 de la table)</translation>
    </message>
    <message>
        <source>%1, line %2 of the dump: %3</source>
        <translation>%1, ligne&#xa0;%2 du dump&#xa0;:&#xa0;%3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the dump again with %n exact value(s)…</source>
        <translation>
            <numerusform>Réécriture du dump avec&#xa0;%n valeur exacte…</numerusform>
            <numerusform>Réécriture du dump avec&#xa0;%n valeurs exactes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::VirtualTableReadJob</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Nouvel essai dans&#xa0;%2 s (tentative&#xa0;%3).</translation>
    </message>
    <message>
        <source>%1: recreated (schema only).</source>
        <translation>%1&#xa0;: recréée (schéma seul).</translation>
    </message>
    <message>
        <source>%1: recreated; its index is rebuilt from %2 on import.</source>
        <translation>%1&#xa0;: recréée&#xa0;; son index est reconstruit à partir de %2 lors de l’import.</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>the rows of the virtual table %1 could not be read (%2); a dump without them would be incomplete, so nothing was saved. Try again, or choose schema only to export its definition alone.</source>
        <translation>les lignes de la table virtuelle %1 n’ont pas pu être lues (%2)&#xa0;; un dump sans elles serait incomplet, donc rien n’a été enregistré. Réessayez, ou choisissez le schéma seul pour n’exporter que sa définition.</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s), read through /query.</source>
        <translation>
            <numerusform>%1&#xa0;: recréée avec sa %n ligne, lue via /query.</numerusform>
            <numerusform>%1&#xa0;: recréée avec ses %n lignes, lues via /query.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::WranglerConfig</name>
    <message>
        <source>The wrangler configuration %1 cannot be read: %2.</source>
        <translation>La configuration wrangler %1 ne peut pas être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid TOML (%2).</source>
        <translation>La configuration wrangler %1 n’est pas du TOML valide (%2).</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid JSON (%2).</source>
        <translation>La configuration wrangler %1 n’est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>%1 defines no environments, so there is no --env %2.</source>
        <translation>%1 ne définit aucun environnement, il n’y a donc pas de --env %2.</translation>
    </message>
    <message>
        <source>%1 has no environment &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 n’a pas d’environnement «&#xa0;%2&#xa0;» (il a&#xa0;: %3).%4</translation>
    </message>
</context>
<context>
    <name>d1x::ui::AccountCombo</name>
    <message>
        <source>Pick an account or paste its ID</source>
        <translation>Choisissez un compte ou collez son ID</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>ID du compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::BackupDialog</name>
    <message>
        <source>Back up &amp;all databases of the account, also ones created later</source>
        <translation>&amp;Sauvegarder toutes les bases de données du compte, y compris celles créées plus tard</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien cocher</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Compress with &amp;gzip (.sql.gz)</source>
        <translation>Compresser avec &amp;gzip (.sql.gz)</translation>
    </message>
    <message>
        <source>Also save each as an S&amp;QLite database</source>
        <translation>Enregistrer aussi chacune comme base S&amp;QLite</translation>
    </message>
    <message>
        <source>Chec&amp;k each dump after saving</source>
        <translation>&amp;Vérifier chaque dump après l’enregistrement</translation>
    </message>
    <message>
        <source>Compare row counts with &amp;D1</source>
        <translation>&amp;Comparer les nombres de lignes avec D1</translation>
    </message>
    <message>
        <source>Back Up Databases</source>
        <translation>Sauvegarder des bases de données</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de base de données</translation>
    </message>
    <message>
        <source>Filter databases</source>
        <translation>Filtrer les bases de données</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;herche&#xa0;:</translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation>Bases de données à sauvegarder</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Databases to back &amp;up:</source>
        <translation>&amp;Bases de données à sauvegarder&#xa0;:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Folder for the dumps and manifest.json</source>
        <translation>Dossier des dumps et du manifest.json</translation>
    </message>
    <message>
        <source>D1 backups</source>
        <translation>Sauvegardes D1</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Load each saved dump into a temporary SQLite database: row counts per table, and statements too long to load back into D1.</source>
        <translation>Charger chaque dump enregistré dans une base SQLite temporaire&#xa0;: nombre de lignes par table, et instructions trop longues pour être rechargées dans D1.</translation>
    </message>
    <message>
        <source>Before each export, count the rows of every table on D1 with one query and compare them with the dump.</source>
        <translation>Avant chaque export, compter les lignes de chaque table sur D1 en une requête et les comparer au dump.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Every database the account has when the backup starts.</source>
        <translation>Toutes les bases de données du compte au moment où la sauvegarde commence.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>Cochées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Cochées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one database, or back up all of them.</source>
        <translation>Cochez au moins une base de données, ou sauvegardez-les toutes.</translation>
    </message>
    <message>
        <source>Choose the folder the backups go into.</source>
        <translation>Choisissez le dossier où vont les sauvegardes.</translation>
    </message>
    <message>
        <source>Folder for the Backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Compare &amp;values with D1</source>
        <translation>Co&amp;mparer les valeurs avec D1</translation>
    </message>
    <message>
        <source>After saving, load each dump once more and compare every table&apos;s values with D1&apos;s by fingerprints (the same SQL on both sides).</source>
        <translation>Après l’enregistrement, recharger chaque dump et comparer les valeurs de chaque table avec celles de D1 au moyen d’empreintes (le même SQL des deux côtés).</translation>
    </message>
    <message>
        <source>Counting reads every row once, comparing values once more, and D1 bills rows read.</source>
        <translation>Le comptage lit chaque ligne une fois, la comparaison des valeurs une fois de plus, et D1 facture les lignes lues.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::CredentialsPanel</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>M&amp;émoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>API token (recommended)</source>
        <translation>Jeton d’API (recommandé)</translation>
    </message>
    <message>
        <source>Email and global API key</source>
        <translation>E-mail et clé d’API globale</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se &amp;connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Paste an API token with D1 read permission</source>
        <translation>Collez un jeton d’API avec le droit de lecture D1</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Create a token&lt;/a&gt; (My Profile → API Tokens, D1 Read)</source>
        <translation>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Créer un jeton&lt;/a&gt; (My Profile → API Tokens, D1 Read)</translation>
    </message>
    <message>
        <source>Opens the Cloudflare dashboard in your browser</source>
        <translation>Ouvre le tableau de bord Cloudflare dans votre navigateur</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>Adresse e-mail du compte</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-ma&amp;il&#xa0;:</translation>
    </message>
    <message>
        <source>Global API key from your Cloudflare profile</source>
        <translation>Clé d’API globale de votre profil Cloudflare</translation>
    </message>
    <message>
        <source>Global API key</source>
        <translation>Clé d’API globale</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>Clé d’API &amp;globale&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain so you need not paste it again. It is never written to the settings file.</source>
        <translation>Conserver le secret dans le trousseau du système pour ne pas avoir à le coller de nouveau. Il n’est jamais écrit dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>Avancé&amp;s</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l’API</translation>
    </message>
    <message>
        <source>Where the Cloudflare API lives. Change it only for a proxy or a local emulator; plain http is accepted for this computer only.</source>
        <translation>L’adresse de l’API Cloudflare. Ne la modifiez que pour un proxy ou un émulateur local&#xa0;; le http non chiffré n’est accepté que pour cet ordinateur.</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>&amp;URL de base de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>Ask Cloudflare whether these credentials work (Enter in the secret field)</source>
        <translation>Demander à Cloudflare si ces identifiants fonctionnent (Entrée dans le champ du secret)</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Masquer les paramètres avancés</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabaseListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID&#xa0;: %2</translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation>Juridiction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Stockage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabasePicker</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Cloudflare account</source>
        <translation>Compte Cloudflare</translation>
    </message>
    <message>
        <source>The account that owns the database. Account-owned tokens cannot list accounts: paste the account ID from the dashboard instead.</source>
        <translation>Le compte propriétaire de la base de données. Les jetons appartenant à un compte ne peuvent pas lister les comptes&#xa0;: collez plutôt l’ID du compte depuis le tableau de bord.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Co&amp;mpte&#xa0;:</translation>
    </message>
    <message>
        <source>Reload the list of accounts</source>
        <translation>Recharger la liste des comptes</translation>
    </message>
    <message>
        <source>Reload accounts</source>
        <translation>Recharger les comptes</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nom ou ID</translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation>Rechercher des bases de données</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;herche&#xa0;:</translation>
    </message>
    <message>
        <source>Load the list of databases again</source>
        <translation>Charger de nouveau la liste des bases de données</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>Choisissez un compte pour voir ses bases de données.</translation>
    </message>
    <message>
        <source>This account has no D1 databases.</source>
        <translation>Ce compte n’a aucune base de données D1.</translation>
    </message>
    <message numerus="yes">
        <source>Databases: %n</source>
        <translation>
            <numerusform>Bases de données&#xa0;: %n</numerusform>
            <numerusform>Bases de données&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Databases: %1 of %n match the search</source>
        <translation>
            <numerusform>Bases de données&#xa0;: %1 sur %n correspond à la recherche</numerusform>
            <numerusform>Bases de données&#xa0;: %1 sur %n correspondent à la recherche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>the emulator did not report that it was ready within %n second(s)</source>
        <translation>
            <numerusform>l’émulateur n’a pas signalé être prêt en %n seconde</numerusform>
            <numerusform>l’émulateur n’a pas signalé être prêt en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>the emulator stopped unexpectedly. %1</source>
        <translation>l’émulateur s’est arrêté de façon inattendue. %1</translation>
    </message>
    <message>
        <source>the emulator exited with code %1. %2</source>
        <translation>l’émulateur s’est terminé avec le code %1. %2</translation>
    </message>
    <message>
        <source>the emulator program was not found at %1</source>
        <translation>le programme d’émulation est introuvable à %1</translation>
    </message>
    <message>
        <source>the emulator did not say where it listens</source>
        <translation>l’émulateur n’a pas indiqué où il écoute</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DependencyNote</name>
    <message numerus="yes">
        <source>Add %n Table(s)</source>
        <translation>
            <numerusform>Ajouter %n table</numerusform>
            <numerusform>Ajouter %n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1 too</source>
        <translation>Exporter aussi %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Include related ob&amp;jects</source>
        <translation>&amp;Y compris les objets liés</translation>
    </message>
    <message>
        <source>Check the dump after sav&amp;ing</source>
        <translation>Vérifier le dump apr&amp;ès l’enregistrement</translation>
    </message>
    <message>
        <source>Compare row counts with D1</source>
        <translation>Comparer les nombres de lignes avec D1</translation>
    </message>
    <message>
        <source>Also save as S&amp;QLite</source>
        <translation>Enregistrer aussi en S&amp;QLite</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>Le comptage lit chaque ligne une fois, et D1 facture les lignes lues.</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, which D1&apos;s table filter leaves out.</source>
        <translation>Index et déclencheurs des tables choisies, que le filtre de tables de D1 omet.</translation>
    </message>
    <message>
        <source>Loads it into SQLite: rows per table, statements too long for D1.</source>
        <translation>Le charge dans SQLite&#xa0;: lignes par table, instructions trop longues pour D1.</translation>
    </message>
    <message>
        <source>A .sqlite database beside the SQL file.</source>
        <translation>Une base .sqlite à côté du fichier SQL.</translation>
    </message>
    <message>
        <source>A data-only dump holds no indexes or triggers.</source>
        <translation>Un dump de données seules ne contient ni index ni déclencheurs.</translation>
    </message>
    <message>
        <source>Every table is chosen: D1 exports all indexes and triggers anyway.</source>
        <translation>Toutes les tables sont choisies&#xa0;: D1 exporte de toute façon tous les index et déclencheurs.</translation>
    </message>
    <message>
        <source>D1&apos;s table filter keeps only the objects named in it, so a partial export would lose the indexes and triggers of the chosen tables. With this on they are exported too.</source>
        <translation>Le filtre de tables de D1 ne garde que les objets qu’il nomme&#xa0;; un export partiel perdrait donc les index et déclencheurs des tables choisies. Avec cette option, ils sont exportés aussi.</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own, so it cannot be checked.</source>
        <translation>Un dump de données seules ne peut pas être chargé tel quel&#xa0;; il ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>A schema-only dump has no rows to compare.</source>
        <translation>Un dump de schéma seul n’a aucune ligne à comparer.</translation>
    </message>
    <message>
        <source>Just before the export, count the rows of every exported table on D1 with one query, and compare them with the rows of the saved dump.</source>
        <translation>Juste avant l’export, compter les lignes de chaque table exportée sur D1 en une requête, et les comparer aux lignes du dump enregistré.</translation>
    </message>
    <message>
        <source>Load the dump into a new SQLite database and save it beside the SQL file, with the same name ending in .sqlite. To save only the SQLite database, choose that file type when saving.</source>
        <translation>Charger le dump dans une nouvelle base SQLite et l’enregistrer à côté du fichier SQL, sous le même nom terminé par .sqlite. Pour n’enregistrer que la base SQLite, choisissez ce type de fichier lors de l’enregistrement.</translation>
    </message>
    <message>
        <source>Comparing row counts and saving an SQLite database both load the dump, which checks it.</source>
        <translation>Comparer les nombres de lignes et enregistrer une base SQLite chargent tous deux le dump, ce qui le vérifie.</translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation>Abandonner après (minutes)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Abandonner après</translation>
    </message>
    <message>
        <source>when D1 has not produced the dump by then, waits for Cloudflare&apos;s rate limit included.</source>
        <translation>si D1 n’a pas produit le dump d’ici là, attentes de la limite de débit de Cloudflare comprises.</translation>
    </message>
    <message>
        <source>Compare values with D1</source>
        <translation>Comparer les valeurs avec D1</translation>
    </message>
    <message>
        <source>Fingerprints of every value, by the same SQL on D1 and on the saved dump: reads every row once more, and D1 bills rows read.</source>
        <translation>Empreintes de chaque valeur, calculées par le même SQL sur D1 et sur le dump enregistré&#xa0;: relit chaque ligne une fois de plus, et D1 facture les lignes lues.</translation>
    </message>
    <message>
        <source>A schema-only dump has no values to compare.</source>
        <translation>Un dump contenant uniquement le schéma n’a aucune valeur à comparer.</translation>
    </message>
    <message>
        <source>After saving, load the dump once more and compare every exported table&apos;s values with D1&apos;s by fingerprints; a difference names the table and row.</source>
        <translation>Après l’enregistrement, recharger le dump et comparer les valeurs de chaque table exportée avec celles de D1 au moyen d’empreintes&#xa0;; une différence indique la table et la ligne.</translation>
    </message>
    <message>
        <source>Load the dump into a temporary SQLite database while it downloads: row counts per table, and statements too long to load back into D1.</source>
        <translation>Charger le dump dans une base SQLite temporaire pendant son téléchargement&#xa0;: nombre de lignes par table, et instructions trop longues pour être rechargées dans D1.</translation>
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
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>O&amp;pen Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Cop&amp;y Path</source>
        <translation>Co&amp;pier le chemin</translation>
    </message>
    <message>
        <source>Choose where to save, then export (Ctrl+E)</source>
        <translation>Choisir où enregistrer, puis exporter (Ctrl+E)</translation>
    </message>
    <message>
        <source>Stop the export; no file is written (Esc)</source>
        <translation>Arrêter l’export&#xa0;; aucun fichier n’est écrit (Échap)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Journal de progression</translation>
    </message>
    <message>
        <source>Show the saved file&apos;s folder in the file manager</source>
        <translation>Afficher le dossier du fichier enregistré dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Copy the saved file&apos;s full path to the clipboard</source>
        <translation>Copier le chemin complet du fichier enregistré dans le presse-papiers</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>Choisissez une base de données à exporter.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 sur %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4 left</source>
        <translation>%1 sur %2 · %3 · %4 restant</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Saved %1: %2 in %3.</source>
        <translation>%1 enregistré&#xa0;: %2 en %3.</translation>
    </message>
    <message>
        <source>You cancelled the export. No file was written; an existing file with that name was left as it was.</source>
        <translation>Vous avez annulé l’export. Aucun fichier n’a été écrit&#xa0;; un fichier existant portant ce nom est resté intact.</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 écoulé</translation>
    </message>
    <message>
        <source>Loading the saved dump into SQLite to check it…</source>
        <translation>Chargement du dump enregistré dans SQLite pour le vérifier…</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%1 sur %2 vérifié</translation>
    </message>
    <message>
        <source>%1 compressed to %2, in %3</source>
        <translation>%1 compressé en %2, en %3</translation>
    </message>
    <message numerus="yes">
        <source>It loads into SQLite, but %n statement(s) are too long to load back into D1.</source>
        <translation>
            <numerusform>Il se charge dans SQLite, mais %n instruction est trop longue pour être rechargée dans D1.</numerusform>
            <numerusform>Il se charge dans SQLite, mais %n instructions sont trop longues pour être rechargées dans D1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: it loads into SQLite (%1 rows).</source>
        <translation>Vérifié&#xa0;: il se charge dans SQLite (%1 lignes).</translation>
    </message>
    <message>
        <source>Back Up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>Export several databases of this account, or all of them, into one folder with a manifest (Ctrl+B)</source>
        <translation>Exporter plusieurs bases de données de ce compte, ou toutes, dans un même dossier avec un manifeste (Ctrl+B)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row count(s) differ from D1: see the report.</source>
        <translation>
            <numerusform>%n nombre de lignes diffère de D1&#xa0;: voir le rapport.</numerusform>
            <numerusform>%n nombres de lignes diffèrent de D1&#xa0;: voir le rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>But it does not load into SQLite: see the report.</source>
        <translation>Mais il ne se charge pas dans SQLite&#xa0;: voir le rapport.</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>Sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>Listing the databases…</source>
        <translation>Récupération de la liste des bases de données…</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 sur %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>You cancelled the backup after %n database(s); what was saved is in the manifest.</source>
        <translation>
            <numerusform>Vous avez annulé la sauvegarde après %n base de données&#xa0;; ce qui a été enregistré figure dans le manifeste.</numerusform>
            <numerusform>Vous avez annulé la sauvegarde après %n bases de données&#xa0;; ce qui a été enregistré figure dans le manifeste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sauvegarde terminée</translation>
    </message>
    <message>
        <source>Backup finished with problems</source>
        <translation>Sauvegarde terminée avec des problèmes</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s).</source>
        <translation>
            <numerusform>%1 base de données sur %n sauvegardée.</numerusform>
            <numerusform>%1 bases de données sur %n sauvegardées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the report.</source>
        <translation>
            <numerusform>%n a échoué&#xa0;: voir le rapport.</numerusform>
            <numerusform>%n ont échoué&#xa0;: voir le rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>Le manifeste n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the saved dump for values D1 rounded…</source>
        <translation>Recherche dans le dump enregistré des valeurs arrondies par D1…</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare&apos;s rate limit: going on in %n s</source>
        <translation>
            <numerusform>Limite de débit de Cloudflare&#xa0;: reprise dans&#xa0;%n s</numerusform>
            <numerusform>Limite de débit de Cloudflare&#xa0;: reprise dans&#xa0;%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Count &amp;rows after the import</source>
        <translation>Compter les &amp;lignes après l’import</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Défaire l’import…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Import into D1</source>
        <translation>Importer dans D1</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>A .sql or .sql.gz dump, or an SQLite database (.sqlite, .sqlite3, .db)</source>
        <translation>Un dump .sql ou .sql.gz, ou une base de données SQLite (.sqlite, .sqlite3, .db)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Dans&#xa0;:</translation>
    </message>
    <message>
        <source>After the import, count the rows of every table on D1 with one query and compare them with the file.</source>
        <translation>Après l’import, compter les lignes de chaque table sur D1 en une requête et les comparer avec le fichier.</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>Le comptage lit chaque ligne une fois, et D1 facture les lignes lues.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Journal de l’import</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Repor&amp;t</source>
        <translation>Rappor&amp;t</translation>
    </message>
    <message>
        <source>Restore the database to the Time Travel bookmark taken before the import (asks first)</source>
        <translation>Restaurer la base de données au signet Time Travel pris avant l’import (demande d’abord)</translation>
    </message>
    <message>
        <source>Stop the import. Before D1 starts loading the file nothing changes on D1.</source>
        <translation>Arrêter l’import. Tant que D1 n’a pas commencé à charger le fichier, rien ne change sur D1.</translation>
    </message>
    <message>
        <source>Turn the file into SQL that D1 loads and show what will be imported; nothing is sent to D1 yet</source>
        <translation>Transformer le fichier en SQL que D1 charge et montrer ce qui sera importé&#xa0;; rien n’est encore envoyé à D1</translation>
    </message>
    <message>
        <source>Upload the prepared SQL and let D1 import it</source>
        <translation>Envoyer le SQL préparé et laisser D1 l’importer</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>%1 is not a file that exists: choose the file again.</source>
        <translation>%1 n’est pas un fichier existant&#xa0;: choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 ne peut pas être lu&#xa0;: vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>SQL dumps and SQLite databases (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Dumps SQL et bases de données SQLite (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The choices changed: prepare again.</source>
        <translation>Les choix ont changé&#xa0;: préparez à nouveau.</translation>
    </message>
    <message>
        <source>Preparing %1 for %2…</source>
        <translation>Préparation de %1 pour %2…</translation>
    </message>
    <message>
        <source>Not imported: nothing was sent to D1.</source>
        <translation>Non importé&#xa0;: rien n’a été envoyé à D1.</translation>
    </message>
    <message>
        <source>You cancelled before importing: nothing changed on D1.</source>
        <translation>Vous avez annulé avant l’import&#xa0;: rien n’a changé sur D1.</translation>
    </message>
    <message>
        <source>Undo the Import?</source>
        <translation>Défaire l’import&#xa0;?</translation>
    </message>
    <message>
        <source>Restore %1 to the Time Travel bookmark taken before the import?</source>
        <translation>Restaurer %1 au signet Time Travel pris avant l’import&#xa0;?</translation>
    </message>
    <message>
        <source>Everything written to %1 since that bookmark is undone: the import, and anything else written to it meanwhile. D1 keeps a bookmark of the state before the restore.</source>
        <translation>Tout ce qui a été écrit dans %1 depuis ce signet est annulé&#xa0;: l’import, et tout ce qui y a été écrit entre-temps. D1 conserve un signet de l’état d’avant la restauration.</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>D1 is working on %1.</source>
        <translation>D1 travaille sur %1.</translation>
    </message>
    <message>
        <source>The import has not reached D1 yet.</source>
        <translation>L’import n’a pas encore atteint D1.</translation>
    </message>
    <message>
        <source>Close anyway? D1 goes on on its own and either completes or rolls back; the database stays blocked until then.</source>
        <translation>Fermer quand même&#xa0;? D1 continue de lui-même et termine ou annule l’import&#xa0;; la base de données reste bloquée jusque-là.</translation>
    </message>
    <message>
        <source>Cancel it and close? Nothing changes on D1.</source>
        <translation>L’annuler et fermer&#xa0;? Rien ne change sur D1.</translation>
    </message>
    <message>
        <source>Ready: Prepare turns the file into SQL that D1 loads. Nothing is sent yet.</source>
        <translation>Prêt&#xa0;: Préparer transforme le fichier en SQL que D1 charge. Rien n’est encore envoyé.</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>Préparation du fichier…</translation>
    </message>
    <message>
        <source>Prepared: check the summary, then Import.</source>
        <translation>Préparé&#xa0;: vérifiez le résumé, puis Importer.</translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Création de la base de données %1…</translation>
    </message>
    <message>
        <source>Taking a Time Travel bookmark of %1…</source>
        <translation>Prise d’un signet Time Travel de %1…</translation>
    </message>
    <message>
        <source>Uploading the SQL for %1…</source>
        <translation>Envoi du SQL pour %1…</translation>
    </message>
    <message>
        <source>D1 is importing into %1; the database is blocked until it is done…</source>
        <translation>D1 importe dans %1&#xa0;; la base de données est bloquée jusqu’à la fin…</translation>
    </message>
    <message>
        <source>Counting the rows of %1 on D1…</source>
        <translation>Comptage des lignes de %1 sur D1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark taken before the import…</source>
        <translation>Restauration de %1 au signet pris avant l’import…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import défait</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>%1 lus sur %2</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2</source>
        <translation>%1 envoyés sur %2</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3</source>
        <translation>%1 envoyés sur %2 · %3</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3 · %4 left</source>
        <translation>%1 envoyés sur %2 · %3 · %4 restant</translation>
    </message>
    <message>
        <source>D1 has been importing for %1</source>
        <translation>D1 importe depuis %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 écoulé</translation>
    </message>
    <message>
        <source>%1 already holds tables: read the warning before you import.</source>
        <translation>%1 contient déjà des tables&#xa0;: lisez l’avertissement avant d’importer.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written in %3.</source>
        <translation>Importé dans %1&#xa0;: %2 lignes écrites en %3.</translation>
    </message>
    <message>
        <source>Undo Import restores the bookmark taken before it.</source>
        <translation>Défaire l’import restaure le signet pris avant lui.</translation>
    </message>
    <message>
        <source>You stopped following the import, but D1 had already started loading it: D1 either completes the import or rolls it back on its own, and %1 stays blocked until then.</source>
        <translation>Vous avez cessé de suivre l’import, mais D1 avait déjà commencé à le charger&#xa0;: D1 termine l’import ou l’annule de lui-même, et %1 reste bloquée jusque-là.</translation>
    </message>
    <message>
        <source>The import into %1 completed; only the row count was cancelled.</source>
        <translation>L’import dans %1 est terminé&#xa0;; seul le comptage des lignes a été annulé.</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it: nothing changed in %1.</source>
        <translation>Vous avez annulé l’import avant que D1 ne commence à le charger&#xa0;: rien n’a changé dans %1.</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it. The new database %1 could not be deleted again and is empty: see the log.</source>
        <translation>Vous avez annulé l’import avant que D1 ne commence à le charger. La nouvelle base de données %1 n’a pas pu être supprimée et est vide&#xa0;: voir le journal.</translation>
    </message>
    <message>
        <source>Undo failed: %1 %2</source>
        <translation>Échec de l’annulation de l’import&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>Défait&#xa0;: %1 est revenue au signet pris avant l’import.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportReportView</name>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Bookmark before:</source>
        <translation>Signet avant&#xa0;:</translation>
    </message>
    <message>
        <source>Time Travel bookmark taken before the import</source>
        <translation>Signet Time Travel pris avant l’import</translation>
    </message>
    <message>
        <source>Final bookmark:</source>
        <translation>Signet final&#xa0;:</translation>
    </message>
    <message>
        <source>Time Travel bookmark after the import</source>
        <translation>Signet Time Travel après l’import</translation>
    </message>
    <message>
        <source>Undo from the command line:</source>
        <translation>Défaire en ligne de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Command line that undoes the import</source>
        <translation>Ligne de commande qui défait l’import</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Lignes par table</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Lignes dans le fichier</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>Lignes sur D1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The report of the import appears here: the bookmarks before and after it, and the rows of every table.</source>
        <translation>Le rapport de l’import apparaît ici&#xa0;: les signets d’avant et d’après, et les lignes de chaque table.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written by %3 queries.</source>
        <translation>Importé dans %1&#xa0;: %2 lignes écrites par %3 requêtes.</translation>
    </message>
    <message>
        <source>The import into %1 was cancelled.</source>
        <translation>L’import dans %1 a été annulé.</translation>
    </message>
    <message>
        <source>The import into %1 failed: %2</source>
        <translation>L’import dans %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2), created for this import</source>
        <translation>%1 (%2), créée pour cet import</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uploaded %1; D1 ran %2 queries, read %3 rows and wrote %4 in %5.</source>
        <translation>%1 envoyés&#xa0;; D1 a exécuté %2 requêtes, lu %3 lignes et écrit %4 en %5.</translation>
    </message>
    <message>
        <source>The database is now %1.</source>
        <translation>La base de données fait maintenant %1.</translation>
    </message>
    <message>
        <source>Rows on D1 were not counted: turn on &quot;Count rows after the import&quot; to compare them with the file.</source>
        <translation>Les lignes sur D1 n’ont pas été comptées&#xa0;: activez «&#xa0;Compter les lignes après l’import&#xa0;» pour les comparer avec le fichier.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non comptée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>not on D1</source>
        <translation>absente de D1</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>écart de %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1, but %n table(s) hold another number of rows than the file: see below. A database that held rows before the import keeps them.</source>
        <translation>
            <numerusform>Importé dans %1, mais %n table contient un autre nombre de lignes que le fichier&#xa0;: voir ci-dessous. Une base de données qui contenait des lignes avant l’import les conserve.</numerusform>
            <numerusform>Importé dans %1, mais %n tables contiennent un autre nombre de lignes que le fichier&#xa0;: voir ci-dessous. Une base de données qui contenait des lignes avant l’import les conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed: %1 %2 is as the import left it.</source>
        <translation>Échec de l’annulation de l’import&#xa0;: %1 %2 est telle que l’import l’a laissée.</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>Défait&#xa0;: %1 est revenue au signet pris avant l’import.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportSummaryView</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables and rows in the file</source>
        <translation>Tables et lignes du fichier</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Choose the file and where it goes, then Prepare. Nothing is sent to D1 before you confirm: the file is first turned into SQL that D1 loads, and its figures appear here.</source>
        <translation>Choisissez le fichier et sa destination, puis Préparer. Rien n’est envoyé à D1 avant votre confirmation&#xa0;: le fichier est d’abord transformé en SQL que D1 charge, et ses chiffres apparaissent ici.</translation>
    </message>
    <message>
        <source>Ready to create %1 and import into it. Check the figures, then Import.</source>
        <translation>Prêt à créer %1 et à y importer. Vérifiez les chiffres, puis Importer.</translation>
    </message>
    <message>
        <source>Ready to import into %1. Check the figures, then Import.</source>
        <translation>Prêt à importer dans %1. Vérifiez les chiffres, puis Importer.</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fichier&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>To upload: %1 of SQL in %2 statements</source>
        <translation>À envoyer&#xa0;: %1 de SQL en %2 instructions</translation>
    </message>
    <message>
        <source>Tables: %1, with %2 rows</source>
        <translation>Tables&#xa0;: %1, avec %2 lignes</translation>
    </message>
    <message>
        <source>Virtual tables recreated: %1</source>
        <translation>Tables virtuelles recréées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows longer than D1&apos;s 100 KB statement limit, written in pieces that D1 joins again: %1</source>
        <translation>Lignes dépassant la limite d’instruction de 100 Ko de D1, écrites en morceaux que D1 rassemble&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows written in pieces: none</source>
        <translation>Lignes écrites en morceaux&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Left out: nothing</source>
        <translation>Exclus&#xa0;: rien</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Exclus&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (virtual)</source>
        <translation>%1 (virtuelle)</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s). The import runs on top of them: it adds rows, and can change or overwrite what is there.</source>
        <translation>
            <numerusform>%1 contient déjà %n table. L’import s’exécute par-dessus&#xa0;: il ajoute des lignes et peut modifier ou écraser ce qui s’y trouve.</numerusform>
            <numerusform>%1 contient déjà %n tables. L’import s’exécute par-dessus&#xa0;: il ajoute des lignes et peut modifier ou écraser ce qui s’y trouve.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the file too: %1.</source>
        <translation>Aussi dans le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A Time Travel bookmark of %1 is taken first: Undo Import goes back to it.</source>
        <translation>Un signet Time Travel de %1 est d’abord pris&#xa0;: Défaire l’import y revient.</translation>
    </message>
    <message>
        <source>Tables %1 holds now: %2</source>
        <translation>Tables que %1 contient actuellement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is created first, then the file is imported into it.</source>
        <translation>%1 est d’abord créée, puis le fichier y est importé.</translation>
    </message>
    <message>
        <source>%1 holds no tables yet.</source>
        <translation>%1 ne contient encore aucune table.</translation>
    </message>
    <message>
        <source>While D1 imports, it blocks the database: queries and exports of it wait until the import completes. D1 imports all or nothing: if the import fails, the database stays as it was.</source>
        <translation>Pendant l’import, D1 bloque la base de données&#xa0;: ses requêtes et exports attendent la fin de l’import. D1 importe tout ou rien&#xa0;: si l’import échoue, la base de données reste telle qu’elle était.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportTargetChooser</name>
    <message>
        <source>An &amp;existing database:</source>
        <translation>Une base de données &amp;existante&#xa0;:</translation>
    </message>
    <message>
        <source>A &amp;new database named:</source>
        <translation>Une &amp;nouvelle base de données nommée&#xa0;:</translation>
    </message>
    <message>
        <source>Database to import into</source>
        <translation>Base de données dans laquelle importer</translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation>Nom de la nouvelle base de données</translation>
    </message>
    <message>
        <source>e.g. shop-restored</source>
        <translation>par ex. shop-restored</translation>
    </message>
    <message>
        <source>a new database named %1</source>
        <translation>une nouvelle base de données nommée %1</translation>
    </message>
    <message>
        <source>Choose the database to import into, or a new one.</source>
        <translation>Choisissez la base de données dans laquelle importer, ou une nouvelle.</translation>
    </message>
    <message>
        <source>Type the name of the new database.</source>
        <translation>Saisissez le nom de la nouvelle base de données.</translation>
    </message>
    <message>
        <source>The account already has a database named %1: choose it above, or type another name.</source>
        <translation>Le compte a déjà une base de données nommée %1&#xa0;: choisissez-la ci-dessus, ou saisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LanguageMenu</name>
    <message>
        <source>The language changes the next time D1 Exporter starts.</source>
        <translation>La langue changera au prochain démarrage de D1 Exporter.</translation>
    </message>
    <message>
        <source>Takes effect the next time D1 Exporter starts.</source>
        <translation>Prend effet au prochain démarrage de D1 Exporter.</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LocalProjectPicker</name>
    <message>
        <source>Local Project</source>
        <translation>Projet local</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>The Worker project&apos;s folder (with wrangler.toml or wrangler.json)</source>
        <translation>Le dossier du projet Worker (avec wrangler.toml ou wrangler.json)</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>Environment of the wrangler configuration</source>
        <translation>Environnement de la configuration wrangler</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>D1 databases of the project</source>
        <translation>Bases de données D1 du projet</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>D1 databases:</source>
        <translation>Bases de données D1&#xa0;:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the folder of a Worker project that uses D1.</source>
        <translation>Choisissez le dossier d’un projet Worker qui utilise D1.</translation>
    </message>
    <message>
        <source>Choose the Worker Project</source>
        <translation>Choisir le projet Worker</translation>
    </message>
    <message>
        <source>No wrangler.toml, wrangler.json or wrangler.jsonc in %1 or a folder above it. Choose the folder of a Worker project.</source>
        <translation>Aucun wrangler.toml, wrangler.json ou wrangler.jsonc dans %1 ou un dossier au-dessus. Choisissez le dossier d’un projet Worker.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — no local data yet</source>
        <translation>%1 — pas encore de données locales</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases).</source>
        <translation>%1 ne déclare aucune base de données D1 (d1_databases).</translation>
    </message>
    <message numerus="yes">
        <source>%n D1 database(s) in %1.</source>
        <translation>
            <numerusform>%n base de données D1 dans %1.</numerusform>
            <numerusform>%n bases de données D1 dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads %1 (read-only: a running wrangler dev is not disturbed).</source>
        <translation>Lit %1 (en lecture seule&#xa0;: un wrangler dev en cours n’est pas perturbé).</translation>
    </message>
    <message>
        <source>Choose a local database that wrangler dev has created.</source>
        <translation>Choisissez une base de données locale créée par wrangler dev.</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>Les tables n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogModel</name>
    <message>
        <source>Warning: </source>
        <translation>Avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur&#xa0;: </translation>
    </message>
    <message>
        <source>D1: </source>
        <translation>D1&#xa0;: </translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copier &amp;tout</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About D1 Exporter</source>
        <translation>À &amp;propos de D1 Exporter</translation>
    </message>
    <message>
        <source>The demo token is used for this session only.</source>
        <translation>Le jeton de démonstration ne sert que pour cette session.</translation>
    </message>
    <message>
        <source>Starting the offline demo…</source>
        <translation>Démarrage de la démo hors ligne…</translation>
    </message>
    <message>
        <source>Starting the local D1 emulator for the offline demo.</source>
        <translation>Démarrage de l’émulateur D1 local pour la démo hors ligne.</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1. Start D1 Exporter again with --demo, or sign in to Cloudflare instead.</source>
        <translation>La démo hors ligne s’est arrêtée&#xa0;: %1. Relancez D1 Exporter avec --demo, ou connectez-vous plutôt à Cloudflare.</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1</source>
        <translation>La démo hors ligne s’est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline demo: D1 Exporter is talking to a local emulator at %1 that serves a sample database. Nothing leaves this computer.</source>
        <translation>Démo hors ligne&#xa0;: D1 Exporter dialogue avec un émulateur local à %1 qui sert une base de données d’exemple. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>The offline demo is ready at %1.</source>
        <translation>La démo hors ligne est prête à %1.</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>Choisissez un compte pour voir ses bases de données.</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>Choisissez une base de données pour voir ses tables.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Nouvel essai dans %2 s (tentative %3)…</translation>
    </message>
    <message>
        <source>Changed: verify again.</source>
        <translation>Modifié&#xa0;: vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The API base URL cannot be used: %1</source>
        <translation>L’URL de base de l’API est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking with Cloudflare…</source>
        <translation>Vérification auprès de Cloudflare…</translation>
    </message>
    <message>
        <source>Enter your credentials first.</source>
        <translation>Saisissez d’abord vos identifiants.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Chargement des comptes…</translation>
    </message>
    <message>
        <source>The accounts could not be listed (%1) Paste the account ID from the Cloudflare dashboard instead.</source>
        <translation>Les comptes n’ont pas pu être listés (%1) Collez plutôt l’ID du compte depuis le tableau de bord Cloudflare.</translation>
    </message>
    <message>
        <source>Listing accounts failed: %1</source>
        <translation>Échec de la liste des comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>These credentials see no accounts. Paste the account ID instead.</source>
        <translation>Ces identifiants ne voient aucun compte. Collez plutôt l’ID du compte.</translation>
    </message>
    <message numerus="yes">
        <source>Accounts found: %n</source>
        <translation>
            <numerusform>Comptes trouvés&#xa0;: %n</numerusform>
            <numerusform>Comptes trouvés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an account ID: it contains spaces, slashes or other characters IDs never have.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un ID de compte&#xa0;: il contient des espaces, des barres obliques ou d’autres caractères qu’un ID n’a jamais.</translation>
    </message>
    <message>
        <source>Loading databases…</source>
        <translation>Chargement des bases de données…</translation>
    </message>
    <message>
        <source>Listing databases failed: %1</source>
        <translation>Échec de la liste des bases de données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Databases found: %n</source>
        <translation>
            <numerusform>Bases de données trouvées&#xa0;: %n</numerusform>
            <numerusform>Bases de données trouvées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lecture des tables de %1…</translation>
    </message>
    <message>
        <source>The tables could not be read: %1 The whole database can still be exported.</source>
        <translation>Les tables n’ont pas pu être lues&#xa0;: %1 La base entière peut quand même être exportée.</translation>
    </message>
    <message>
        <source>Reading the tables failed: %1</source>
        <translation>Échec de la lecture des tables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 %)</source>
        <translation>Téléchargement de %1 (%2 %)</translation>
    </message>
    <message>
        <source>Export Running</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Un export est toujours en cours.</translation>
    </message>
    <message>
        <source>Cancel it and close D1 Exporter? No file will be written.</source>
        <translation>L’annuler et fermer D1 Exporter&#xa0;? Aucun fichier ne sera écrit.</translation>
    </message>
    <message>
        <source>System keychain: %1</source>
        <translation>Trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret will be saved in the system keychain once it is verified.</source>
        <translation>Le secret sera enregistré dans le trousseau du système une fois vérifié.</translation>
    </message>
    <message>
        <source>About D1 Exporter</source>
        <translation>À propos de D1 Exporter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exports Cloudflare D1 databases as SQL files.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exporte les bases de données Cloudflare D1 en fichiers SQL.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the dump of %1…</source>
        <translation>Vérification du dump de %1…</translation>
    </message>
    <message>
        <source>&amp;Back Up Databases…</source>
        <translation>&amp;Sauvegarder des bases de données…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>SQL dump (*.sql);;Compressed SQL dump (*.sql.gz);;SQLite database (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Dump SQL (*.sql);;Dump SQL compressé (*.sql.gz);;Base SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A data-only dump cannot become an SQLite database: it has no tables to hold the rows. Choose &quot;Schema and data&quot;, or save it as SQL.</source>
        <translation>Un dump de données seules ne peut pas devenir une base SQLite&#xa0;: il n’a pas de tables pour recevoir les lignes. Choisissez «&#xa0;Schéma et données&#xa0;», ou enregistrez-le en SQL.</translation>
    </message>
    <message>
        <source>Replace SQLite Database?</source>
        <translation>Remplacer la base SQLite&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>The export also saves the database as SQLite under that name. Replace it? It is replaced only once the new one is complete.</source>
        <translation>L’export enregistre aussi la base de données en SQLite sous ce nom. La remplacer&#xa0;? Elle n’est remplacée qu’une fois la nouvelle complète.</translation>
    </message>
    <message>
        <source>Export not started: %1 was kept.</source>
        <translation>Export non lancé&#xa0;: %1 a été conservé.</translation>
    </message>
    <message>
        <source>Backing up %1 (%2 of %3)…</source>
        <translation>Sauvegarde de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>The saved secret belongs to %1, so it was taken out of the form for this API base. Enter the secret for this one.</source>
        <translation>Le secret enregistré appartient à %1 ; il a donc été retiré du formulaire pour cette base d’API. Saisissez le secret de celle-ci.</translation>
    </message>
    <message>
        <source>&amp;Import into D1…</source>
        <translation>&amp;Importer dans D1…</translation>
    </message>
</context>
<context>
    <name>d1x::ui::NoticeBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ReportView</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The report of the next export appears here: the saved files with their SHA-256, and the rows of every table when the dump is checked.</source>
        <translation>Le rapport du prochain export s’affichera ici&#xa0;: les fichiers enregistrés avec leur SHA-256, et les lignes de chaque table quand le dump est vérifié.</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>Somme de contrôle SHA-256</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the SHA-256 checksum to the clipboard</source>
        <translation>Copier la somme de contrôle SHA-256 dans le presse-papiers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>L’export a été annulé&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved, not checked: turn on &quot;Check the dump after saving&quot; to prove that it loads.</source>
        <translation>Enregistré, non vérifié&#xa0;: activez «&#xa0;Vérifier le dump après l’enregistrement&#xa0;» pour prouver qu’il se charge.</translation>
    </message>
    <message>
        <source>Compressed SQL dump:</source>
        <translation>Dump SQL compressé&#xa0;:</translation>
    </message>
    <message>
        <source>SQL dump:</source>
        <translation>Dump SQL&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite database:</source>
        <translation>Base SQLite&#xa0;:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows in the dump</source>
        <translation>Lignes dans le dump</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>Lignes sur D1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non comptée</translation>
    </message>
    <message>
        <source>missing from the dump</source>
        <translation>absente du dump</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>écart de %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>Virtual tables D1 cannot export, recreated at the end of the dump: %1.</source>
        <translation>Tables virtuelles que D1 ne sait pas exporter, recréées à la fin du dump&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, added to D1&apos;s table filter: %1.</source>
        <translation>Index et déclencheurs des tables choisies, ajoutés au filtre de tables de D1&#xa0;: %1.</translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation>instruction %1 (%2)</translation>
    </message>
    <message>
        <source>statement %1 (%2, table %3)</source>
        <translation>instruction %1 (%2, table %3)</translation>
    </message>
    <message>
        <source>Statements over D1&apos;s 100 KB limit, which would not load back into D1 as they are: %1.</source>
        <translation>Instructions au-delà de la limite de 100 Ko de D1, qui ne se rechargeraient pas telles quelles dans D1&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>Sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Saved and verified</source>
        <translation>Enregistrée et vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>Saved and verified; %n statement(s) too long to load back into D1</source>
        <translation>
            <numerusform>Enregistrée et vérifiée&#xa0;; %n instruction trop longue pour être rechargée dans D1</numerusform>
            <numerusform>Enregistrée et vérifiée&#xa0;; %n instructions trop longues pour être rechargées dans D1</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>La sauvegarde n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s) into %2.</source>
        <translation>
            <numerusform>%1 base de données sur %n sauvegardée dans %2.</numerusform>
            <numerusform>%1 bases de données sur %n sauvegardées dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the Result column.</source>
        <translation>
            <numerusform>%n a échoué&#xa0;: voir la colonne Résultat.</numerusform>
            <numerusform>%n ont échoué&#xa0;: voir la colonne Résultat.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled the rest.</source>
        <translation>Vous avez annulé le reste.</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>Manifeste&#xa0;:</translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>Le manifeste n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SignInStatus</name>
    <message>
        <source>Accepted: Cloudflare accepts this email and global API key.</source>
        <translation>Accepté&#xa0;: Cloudflare accepte cette adresse e-mail et cette clé d’API globale.</translation>
    </message>
    <message>
        <source>Active: Cloudflare accepts this token.</source>
        <translation>Actif&#xa0;: Cloudflare accepte ce jeton.</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Il expire le %1.</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not recognise this token. Check that you pasted all of it, or create a new one.</source>
        <translation>Incorrect&#xa0;: Cloudflare ne reconnaît pas ce jeton. Vérifiez que vous l’avez collé en entier, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not accept this email and global API key.</source>
        <translation>Incorrect&#xa0;: Cloudflare n’accepte pas cette adresse e-mail et cette clé d’API globale.</translation>
    </message>
    <message>
        <source>Expired: this token is no longer valid. Create a new one in the Cloudflare dashboard (My Profile → API Tokens).</source>
        <translation>Expiré&#xa0;: ce jeton n’est plus valide. Créez-en un nouveau dans le tableau de bord Cloudflare (My Profile → API Tokens).</translation>
    </message>
    <message>
        <source>Disabled: this token has been switched off. Enable it again in the Cloudflare dashboard, or use another one.</source>
        <translation>Désactivé&#xa0;: ce jeton a été désactivé. Réactivez-le dans le tableau de bord Cloudflare, ou utilisez-en un autre.</translation>
    </message>
    <message>
        <source>Cloudflare answered with a token status this program does not know (&quot;%1&quot;).</source>
        <translation>Cloudflare a répondu avec un état de jeton que ce programme ne connaît pas («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Enter an API token first.</source>
        <translation>Saisissez d’abord un jeton d’API.</translation>
    </message>
    <message>
        <source>Enter the account email and the global API key first.</source>
        <translation>Saisissez d’abord l’adresse e-mail du compte et la clé d’API globale.</translation>
    </message>
    <message>
        <source>The API token is active.</source>
        <translation>Le jeton d’API est actif.</translation>
    </message>
    <message>
        <source>The email and global API key were accepted.</source>
        <translation>L’adresse e-mail et la clé d’API globale ont été acceptées.</translation>
    </message>
    <message>
        <source>Token check failed: %1</source>
        <translation>Échec de la vérification du jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API token is not usable (status &quot;%1&quot;).</source>
        <translation>Le jeton d’API est inutilisable (état «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SourceChooser</name>
    <message>
        <source>Cloudflare account</source>
        <translation>Compte Cloudflare</translation>
    </message>
    <message>
        <source>Local project (wrangler dev)</source>
        <translation>Projet local (wrangler dev)</translation>
    </message>
    <message>
        <source>A D1 database on Cloudflare, through your API token.</source>
        <translation>Une base de données D1 sur Cloudflare, via votre jeton d’API.</translation>
    </message>
    <message>
        <source>The local development database that &quot;wrangler dev&quot; keeps in a Worker project&apos;s .wrangler folder. No Cloudflare account is needed.</source>
        <translation>La base de données de développement locale que «&#xa0;wrangler dev&#xa0;» conserve dans le dossier .wrangler d’un projet Worker. Aucun compte Cloudflare n’est nécessaire.</translation>
    </message>
    <message>
        <source>Export from:</source>
        <translation>Exporter depuis&#xa0;:</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TableListModel</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated empty)</source>
        <translation>virtuelle, %1 (recréée vide)</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated)</source>
        <translation>virtuelle, %1 (recréée)</translation>
    </message>
    <message>
        <source>D1 cannot export virtual tables itself: D1 Exporter leaves %1 out of D1&apos;s dump and appends its CREATE VIRTUAL TABLE statement at the end.</source>
        <translation>D1 ne sait pas exporter lui-même les tables virtuelles&#xa0;: D1 Exporter retire %1 du dump de D1 et ajoute son instruction CREATE VIRTUAL TABLE à la fin.</translation>
    </message>
    <message>
        <source>Its index is rebuilt from %1 after the import, so export that table too.</source>
        <translation>Son index est reconstruit à partir de %1 après l’import&#xa0;: exportez donc aussi cette table.</translation>
    </message>
    <message>
        <source>It keeps no readable rows, so it is recreated empty.</source>
        <translation>Elle ne conserve aucune ligne lisible&#xa0;; elle est donc recréée vide.</translation>
    </message>
    <message>
        <source>Its rows are read through the API and written after it.</source>
        <translation>Ses lignes sont lues via l’API et écrites après elle.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TablePicker</name>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien cocher</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>Nom de table</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>Filtrer les tables</translation>
    </message>
    <message>
        <source>Filter ta&amp;bles:</source>
        <translation>Filtrer les ta&amp;bles&#xa0;:</translation>
    </message>
    <message>
        <source>Check every table the filter shows</source>
        <translation>Cocher chaque table affichée par le filtre</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows</source>
        <translation>Décocher chaque table affichée par le filtre</translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation>Tables à exporter</translation>
    </message>
    <message>
        <source>Tables to e&amp;xport:</source>
        <translation>Tables à e&amp;xporter&#xa0;:</translation>
    </message>
    <message>
        <source>This database has virtual tables (FTS5 and the like). D1 cannot export them itself: D1 Exporter recreates them at the end of the dump.</source>
        <translation>Cette base contient des tables virtuelles (FTS5 et similaires). D1 ne sait pas les exporter lui-même&#xa0;: D1 Exporter les recrée à la fin du dump.</translation>
    </message>
    <message>
        <source>Schema and data</source>
        <translation>Schéma et données</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>Schéma seul</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>Données seules</translation>
    </message>
    <message>
        <source>Content to export</source>
        <translation>Contenu à exporter</translation>
    </message>
    <message>
        <source>Schema only: CREATE statements without rows. Data only: INSERT statements for tables that already exist.</source>
        <translation>Schéma seul&#xa0;: instructions CREATE sans lignes. Données seules&#xa0;: instructions INSERT pour des tables qui existent déjà.</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>C&amp;ontenu&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>Choisissez une base de données pour voir ses tables.</translation>
    </message>
    <message>
        <source>This database has no tables.</source>
        <translation>Cette base de données n’a aucune table.</translation>
    </message>
    <message>
        <source>No table is checked: check at least one to export.</source>
        <translation>Aucune table n’est cochée&#xa0;: cochez-en au moins une à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: all %n</source>
        <translation>
            <numerusform>Cochées&#xa0;: toutes (%n)</numerusform>
            <numerusform>Cochées&#xa0;: toutes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>Cochées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Cochées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline demo: run the bundled D1 emulator with a sample database; nothing is sent to Cloudflare.</source>
        <translation>Démo hors ligne&#xa0;: lancer l’émulateur D1 fourni avec une base de données d’exemple&#xa0;; rien n’est envoyé à Cloudflare.</translation>
    </message>
    <message>
        <source>Cloudflare API base URL (default: CLOUDFLARE_API_BASE_URL, else the remembered one).</source>
        <translation>URL de base de l’API Cloudflare (par défaut&#xa0;: CLOUDFLARE_API_BASE_URL, sinon celle mémorisée).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Export Cloudflare D1 databases as SQL.</source>
        <translation>Exporter des bases de données Cloudflare D1 en SQL.</translation>
    </message>
</context>
</TS>
