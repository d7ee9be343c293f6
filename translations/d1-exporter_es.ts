<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed for a server on this computer; use https for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiEnvelope</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is an HTML or XML page, not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that is not a Cloudflare API response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not found or is not available to these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not found in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1 is already exporting this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1 could not export the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump could not be loaded into SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or Cloudflare&apos;s edge may be having trouble; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API token (or the email and global API key); it may be mistyped, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the API token the &quot;D1&quot; permission (read or edit) for this account, or use another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account ID (32 hexadecimal characters, shown in the Cloudflare dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name or ID, and that it belongs to the chosen account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running export to finish (or to be cancelled by D1 after a while), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check Cloudflare&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the message from D1 above; a database with virtual tables (FTS5) cannot be exported as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the export again to get a fresh link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another location, or free some disk space, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again; if it keeps happening, keep the SQL file and report the statement named above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpVerifier</name>
    <message>
        <source>Not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump does not load into SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite and every row count matches the live database (%n table(s), %1 rows).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite (%n table(s), %1 rows; live counts not compared).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dump loads into SQLite, but %n row count(s) differ from the live database: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) exceed D1&apos;s 100 KB statement limit (longest %1): the dump loads into SQLite but not back into D1 as is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary database in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1: %2 (%3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but is missing from the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but %3 in the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite database could not be written to disk in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ApiCall</name>
    <message>
        <source>the answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the request to %1, which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::BackupRunner</name>
    <message>
        <source>no backup folder was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no D1 databases: nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing manifest could not be read; it was kept as %1 and a new one is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup finished: %1 of %n database(s) saved; manifest %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::CliApp</name>
    <message>
        <source>Export Cloudflare D1 databases as SQL.

Commands:
  export &lt;database&gt;   export a database (name or UUID) to --output and/or --sqlite
  backup              export --all databases, or each --database, into --folder, one after
                      the other, as &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], with a manifest.json
  accounts            list the accounts the credentials can see
  databases           list the D1 databases of the account
  tables &lt;database&gt;   list the tables, indexes, views and triggers of a database

Databases with virtual tables (FTS5), which D1 cannot export, are exported without them and
their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.

Credentials come from the environment, never from the command line:
  CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY.
The account comes from --account or CLOUDFLARE_ACCOUNT_ID; when neither is given and the
credentials see exactly one account, that one is used.

Exit codes: 0 success, 1 other failure, 2 usage, 3 authentication or permission,
4 account or database not found, 5 export failed or already running, 6 network or server,
7 file could not be written, 8 saved but not verified (does not load, or row counts differ),
9 backup: at least one database failed or did not verify, 130 interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export, backup, accounts, databases or tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name or UUID (export, tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the SQL dump (a name ending in .gz compresses it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress the SQL dump with gzip while it downloads (export, backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the download, load the dump into a temporary SQLite database: row counts per table, and statements over D1&apos;s 100 KB import limit (export, backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also count every exported table&apos;s rows on D1 just before the export (one query) and compare them with the dump. Counting reads every row, and D1 bills rows read. Implies --verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also (or, without --output, instead) save the dump as an SQLite database. Implies --verify (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save each database as &lt;database&gt;-&lt;time&gt;.sqlite (backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --table: do not add the indexes and triggers of the chosen tables (D1&apos;s own filter leaves them out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every database of the account (backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up this database, name or UUID (backup; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go (backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only this table (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the schema only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL (default: CLOUDFLARE_API_BASE_URL or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only databases whose name contains this (databases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print lists and results as JSON (accounts, databases, tables, export, backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database to use, e.g. &quot;%1 my-db&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-data and --no-schema exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own: --no-schema excludes --verify, --compare-live-counts and --sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the dump with --output FILE (or --sqlite FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gzip compresses the SQL file: it needs --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the backups go with --folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the databases to back up: --all, or --database NAME (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup names its files itself: use --folder (and --with-sqlite), not --output or --sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials see no account. Pass --account ID or set CLOUDFLARE_ACCOUNT_ID (account-owned tokens cannot list accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These credentials see %n account(s); choose one with --account ID:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying: %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::CloudflareClient</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::Downloader</name>
    <message>
        <source>the server resumed at the wrong position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot resume; downloading again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough free space: the dump needs %1, the disk has %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a web page instead of the SQL file (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more data than it announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was redirected to an unsafe address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link has expired; asking Cloudflare for a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download interrupted (%1); resuming from byte %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed (%1); trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::DumpSink</name>
    <message>
        <source>the compressor could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressor failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ExportController</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1 is preparing the dump…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the dump…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the dump…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQL file and the SQLite file must differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema only&quot; and &quot;data only&quot; exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data-only dump cannot be loaded on its own, so it can be neither verified nor saved as an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the export of %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the database (D1 will export nothing for them): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also exporting the indexes and triggers of the chosen tables, which D1&apos;s table filter would leave out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n virtual table(s): %1. D1 refuses to export a database that holds them, so everything else is exported and their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out their internal tables, which CREATE VIRTUAL TABLE makes again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recreated (schema only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indexes the table %2, which is not exported: it is recreated empty; run INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) once %2 is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recreated; its index is rebuilt from %2 on import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a contentless full-text index: its rows cannot be read back, so it is recreated empty. Fill it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of %1 could not be read (%2); it is recreated empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s), read through /query.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (D1 bills every row this reads)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the row counts came back incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1 holds %1 rows in these tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only virtual tables were chosen, so D1 is not asked to export anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export answer has no known status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1 accepted the export (bookmark %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export answer has no bookmark to poll with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1 says an export is already running (%1). It is probably the one our lost request started; D1 cancels it once it goes unpolled. Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export finished without a usable download link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got a fresh download link; resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump %1 is ready; downloading it from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing it with gzip while it downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1 in %2 s (%3/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying: loading the dump into a temporary SQLite database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dump into the SQLite database %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (D1: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table after loading the dump: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 is %2 long%3; D1 imports statements of at most 100 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a row of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows written to D1 between the count and the start of the export also show up as differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the SQLite database %1 (%2), SHA-256 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the SQL dump %1 had already been saved and was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::PagedCall</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::AccountCombo</name>
    <message>
        <source>Pick an account or paste its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::CredentialsPanel</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email and global API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API token with D1 read permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Create a token&lt;/a&gt; (My Profile → API Tokens, D1 Read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Cloudflare dashboard in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global API key from your Cloudflare profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain so you need not paste it again. It is never written to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the Cloudflare API lives. Change it only for a proxy or a local emulator; plain http is accepted for this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Cloudflare whether these credentials work (Enter in the secret field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabaseListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabasePicker</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that owns the database. Account-owned tokens cannot list accounts: paste the account ID from the dashboard instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list of databases again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no D1 databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Databases: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Databases: %1 of %n match the search</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>the emulator did not report that it was ready within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulator stopped unexpectedly. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulator exited with code %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulator program was not found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulator did not say where it listens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save, then export (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; no file is written (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved file&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the saved file&apos;s full path to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the export. No file was written; an existing file with that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::LanguageMenu</name>
    <message>
        <source>The language changes the next time D1 Exporter starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time D1 Exporter starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogModel</name>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::MainWindow</name>
    <message>
        <source>D1 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the secret in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the secret from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About D1 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo token is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the offline demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local D1 emulator for the offline demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo stopped: %1. Start D1 Exporter again with --demo, or sign in to Cloudflare instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline demo: D1 Exporter is talking to a local emulator at %1 that serves a sample database. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo is ready at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account email and the global API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Cloudflare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not recognise this token. Check that you pasted all of it, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: Cloudflare accepts this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: this token is no longer valid. Create a new one in the Cloudflare dashboard (My Profile → API Tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: this token has been switched off. Enable it again in the Cloudflare dashboard, or use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare answered with a token status this program does not know (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is not usable (status &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your credentials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not accept this email and global API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be listed (%1) Paste the account ID from the Cloudflare dashboard instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing accounts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: Cloudflare accepts this email and global API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email and global API key were accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials see no accounts. Paste the account ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accounts found: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an account ID: it contains spaces, slashes or other characters IDs never have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing databases failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Databases found: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables could not be read: %1 The whole database can still be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tables failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Cloudflare credentials to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account that owns the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to export all of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tables; the export will hold only what D1 writes for an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to export %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and close D1 Exporter? No file will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the saved secret from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved secret was found in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Your secret is kept for this session only and will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Your secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret will be saved in the system keychain once it is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About D1 Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exports Cloudflare D1 databases as SQL files.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::NoticeBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::TableListModel</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual, %1 (recreated empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual, %1 (recreated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1 cannot export virtual tables itself: D1 Exporter leaves %1 out of D1&apos;s dump and appends its CREATE VIRTUAL TABLE statement at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its index is rebuilt from %1 after the import, so export that table too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps no readable rows, so it is recreated empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its rows are read through the API and written after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d1x::ui::TablePicker</name>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter ta&amp;bles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every table the filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables to e&amp;xport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has virtual tables (FTS5 and the like). D1 cannot export them itself: D1 Exporter recreates them at the end of the dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema only: CREATE statements without rows. Data only: INSERT statements for tables that already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table is checked: check at least one to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked: all %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline demo: run the bundled D1 emulator with a sample database; nothing is sent to Cloudflare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare API base URL (default: CLOUDFLARE_API_BASE_URL, else the remembered one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Cloudflare D1 databases as SQL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
