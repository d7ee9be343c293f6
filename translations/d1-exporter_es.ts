<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name, query or fragment.</source>
        <translation>La URL base de la API no debe contener nombre de usuario, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a server on this computer; use https for %1.</source>
        <translation>El http sin cifrar solo se permite para un servidor en este equipo; use https para %1.</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>La URL base de la API debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>ApiEnvelope</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la respuesta supera los %1 MB</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <source>the answer is an HTML or XML page, not JSON</source>
        <translation>la respuesta es una página HTML o XML, no JSON</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>la respuesta no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the answer is JSON but not an object</source>
        <translation>la respuesta es JSON pero no un objeto</translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot; field</source>
        <translation>la respuesta no tiene el campo «success»</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error.</source>
        <translation>Sin errores.</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>La solicitud no se envió: %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>No se pudo contactar con el servidor: %1.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1.</source>
        <translation>No se pudo establecer la conexión segura: %1.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not a Cloudflare API response.</source>
        <translation>El servidor envió algo que no es una respuesta de la API de Cloudflare.</translation>
    </message>
    <message>
        <source>Cloudflare did not accept the credentials.</source>
        <translation>Cloudflare no aceptó las credenciales.</translation>
    </message>
    <message>
        <source>The credentials are not allowed to do this.</source>
        <translation>Las credenciales no tienen permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The account was not found or is not available to these credentials.</source>
        <translation>No se encontró la cuenta o no está disponible para estas credenciales.</translation>
    </message>
    <message>
        <source>The database was not found in this account.</source>
        <translation>No se encontró la base de datos en esta cuenta.</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>El servidor no conoce esta dirección.</translation>
    </message>
    <message>
        <source>D1 is already exporting this database.</source>
        <translation>D1 ya está exportando esta base de datos.</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached.</source>
        <translation>Se alcanzó el límite de solicitudes de Cloudflare.</translation>
    </message>
    <message>
        <source>Cloudflare reported an internal error.</source>
        <translation>Cloudflare informó de un error interno.</translation>
    </message>
    <message>
        <source>Cloudflare refused the request.</source>
        <translation>Cloudflare rechazó la solicitud.</translation>
    </message>
    <message>
        <source>D1 could not export the database: %1</source>
        <translation>D1 no pudo exportar la base de datos: %1</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>El enlace de descarga ha caducado.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>The dump could not be loaded into SQLite: %1</source>
        <translation>No se pudo cargar el volcado en SQLite: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Compruebe la conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS, then try again.</source>
        <translation>Compruebe el reloj del sistema y cualquier proxy que intercepte HTTPS, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A proxy or Cloudflare&apos;s edge may be having trouble; try again in a few minutes.</source>
        <translation>Puede que un proxy o la red perimetral de Cloudflare tengan problemas; inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Check the API token (or the email and global API key); it may be mistyped, expired or revoked.</source>
        <translation>Compruebe el token de API (o el correo y la clave de API global); puede estar mal escrito, caducado o revocado.</translation>
    </message>
    <message>
        <source>Give the API token the &quot;D1&quot; permission (read or edit) for this account, or use another token.</source>
        <translation>Conceda al token de API el permiso «D1» (lectura o edición) para esta cuenta, o use otro token.</translation>
    </message>
    <message>
        <source>Check the account ID (32 hexadecimal characters, shown in the Cloudflare dashboard).</source>
        <translation>Compruebe el ID de la cuenta (32 caracteres hexadecimales, visible en el panel de Cloudflare).</translation>
    </message>
    <message>
        <source>Check the database name or ID, and that it belongs to the chosen account.</source>
        <translation>Compruebe el nombre o el ID de la base de datos y que pertenezca a la cuenta elegida.</translation>
    </message>
    <message>
        <source>Wait for the running export to finish (or to be cancelled by D1 after a while), then try again.</source>
        <translation>Espere a que termine la exportación en curso (o a que D1 la cancele pasado un tiempo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again.</source>
        <translation>Espere unos minutos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check Cloudflare&apos;s status page.</source>
        <translation>Inténtelo de nuevo en unos minutos; si sigue ocurriendo, consulte la página de estado de Cloudflare.</translation>
    </message>
    <message>
        <source>Start the export again to get a fresh link.</source>
        <translation>Vuelva a iniciar la exportación para obtener un enlace nuevo.</translation>
    </message>
    <message>
        <source>Try the export again.</source>
        <translation>Vuelva a intentar la exportación.</translation>
    </message>
    <message>
        <source>Choose another location, or free some disk space, and try again.</source>
        <translation>Elija otra ubicación o libere espacio en disco, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Export again; if it keeps happening, keep the SQL file and report the statement named above.</source>
        <translation>Exporte de nuevo; si sigue ocurriendo, conserve el archivo SQL e informe de la sentencia indicada arriba.</translation>
    </message>
    <message>
        <source>Check the message from D1 above, then try again.</source>
        <translation>Revise el mensaje de D1 de arriba y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not in the database: %1</source>
        <translation>No está en la base de datos: %1</translation>
    </message>
    <message>
        <source>The local database could not be read: %1</source>
        <translation>No se pudo leer la base de datos local: %1</translation>
    </message>
    <message>
        <source>Check the table names (the &quot;tables&quot; command lists them); nothing was exported.</source>
        <translation>Compruebe los nombres de las tablas (el comando «tables» los lista); no se exportó nada.</translation>
    </message>
    <message>
        <source>Check that wrangler has created the local database, then try again.</source>
        <translation>Compruebe que wrangler ha creado la base de datos local y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The export did not finish within the time limit: %1.</source>
        <translation>La exportación no terminó dentro del límite de tiempo: %1.</translation>
    </message>
    <message>
        <source>Try again later, or allow more time (--timeout on the command line, Options in the window).</source>
        <translation>Vuelva a intentarlo más tarde o permita más tiempo (--timeout en la línea de comandos, Opciones en la ventana).</translation>
    </message>
    <message>
        <source>D1 is importing into this database right now.</source>
        <translation>D1 está importando en esta base de datos en este momento.</translation>
    </message>
    <message>
        <source>D1 could not import the file: %1</source>
        <translation>D1 no pudo importar el archivo: %1</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>La subida falló: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>El archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>Importing (and creating or restoring a database) needs an API token with the D1 Edit permission; these credentials may only read D1.</source>
        <translation>Importar (y crear o restaurar una base de datos) requiere un token de API con el permiso de edición de D1; estas credenciales solo pueden leer D1.</translation>
    </message>
    <message>
        <source>Wait until the running import has finished (D1 blocks the database until then), then try again.</source>
        <translation>Espere a que termine la importación en curso (D1 bloquea la base de datos hasta entonces) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>D1 rolled the import back: the database is as it was. Fix the statement named above and import again.</source>
        <translation>D1 revirtió la importación: la base de datos está como estaba. Corrija la sentencia indicada arriba e importe de nuevo.</translation>
    </message>
    <message>
        <source>Check the connection and import again; nothing was changed on D1.</source>
        <translation>Compruebe la conexión e importe de nuevo; no se cambió nada en D1.</translation>
    </message>
    <message>
        <source>Choose a .sql or .sql.gz dump (ours, wrangler&apos;s or sqlite3&apos;s .dump) or an SQLite database file; nothing was sent to D1.</source>
        <translation>Elija un volcado .sql o .sql.gz (nuestro, de wrangler o de .dump de sqlite3) o un archivo de base de datos SQLite; no se envió nada a D1.</translation>
    </message>
    <message>
        <source>Give the token Account → D1 → Edit (Cloudflare dashboard, My Profile → API Tokens), or use another token. Nothing was uploaded.</source>
        <translation>Conceda al token Account → D1 → Edit (panel de Cloudflare, My Profile → API Tokens), o use otro token. No se subió nada.</translation>
    </message>
    <message>
        <source>D1&apos;s answer to the import request was lost, and D1 shows no import under the bookmark from before it: whether D1 is importing the file is not known.</source>
        <translation>La respuesta de D1 a la solicitud de importación se perdió, y D1 no muestra ninguna importación con el marcador de antes: no se sabe si D1 está importando el archivo.</translation>
    </message>
    <message>
        <source>Wait until the database answers queries again, look whether the rows are there, and import again only if they are not.</source>
        <translation>Espere a que la base de datos vuelva a responder consultas, mire si las filas están y vuelva a importar solo si no están.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Database name, UUID or binding (export, tables).</source>
        <translation>Nombre, UUID o binding de la base de datos (export, tables).</translation>
    </message>
    <message>
        <source>Unknown option %1.%2</source>
        <translation>Opción desconocida %1.%2</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>el comando</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.%2</source>
        <translation>Comando desconocido «%1».%2</translation>
    </message>
    <message>
        <source>%1 does not apply to &quot;%2&quot; (it is an option of %3). See &quot;%2 --help&quot;.</source>
        <translation>%1 no se aplica a «%2» (es una opción de %3). Consulte «%2 --help».</translation>
    </message>
    <message>
        <source>--table takes one table each time: write --table %1 --table %2, or --table %1,%2 (&quot;%2&quot; was read as a further argument).</source>
        <translation>--table admite una tabla cada vez: escriba --table %1 --table %2, o --table %1,%2 («%2» se leyó como un argumento más).</translation>
    </message>
    <message>
        <source>Name the database to use, e.g. &quot;%1 my-db&quot;.</source>
        <translation>Indique la base de datos que se usará, p. ej. «%1 my-db».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments (&quot;%2&quot; was not expected).</source>
        <translation>«%1» no admite más argumentos («%2» no se esperaba).</translation>
    </message>
    <message>
        <source>--table needs a table name.</source>
        <translation>--table necesita un nombre de tabla.</translation>
    </message>
    <message>
        <source>--local and --remote exclude each other.</source>
        <translation>--local y --remote se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>--%1 is about Cloudflare; it does not apply to --local.</source>
        <translation>--%1 se refiere a Cloudflare; no se aplica a --local.</translation>
    </message>
    <message>
        <source>--persist-to says where the local development data is: it needs --local.</source>
        <translation>--persist-to indica dónde están los datos de desarrollo locales: necesita --local.</translation>
    </message>
    <message>
        <source>export, backup, accounts, databases, tables, import or restore</source>
        <translation>export, backup, accounts, databases, tables, import o restore</translation>
    </message>
</context>
<context>
    <name>DumpSandbox</name>
    <message numerus="yes">
        <source>it ran longer than %n second(s); a D1 dump&apos;s statements take far less</source>
        <translation>
            <numerusform>se ejecutó más de %n segundo; las sentencias de un volcado de D1 tardan mucho menos</numerusform>
            <numerusform>se ejecutó más de %n segundos; las sentencias de un volcado de D1 tardan mucho menos</numerusform>
        </translation>
    </message>
    <message>
        <source>a D1 dump holds no %1; the file was not loaded further</source>
        <translation>%1 no aparece nunca en un volcado de D1; el archivo no se siguió cargando</translation>
    </message>
    <message>
        <source>statement on the database &quot;%1&quot;</source>
        <translation>sentencia sobre la base de datos «%1»</translation>
    </message>
    <message>
        <source>call of %1()</source>
        <translation>llamada a %1()</translation>
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
        <translation>sentencia de este tipo (acción de SQLite %1)</translation>
    </message>
</context>
<context>
    <name>DumpVerifier</name>
    <message>
        <source>Not verified.</source>
        <translation>Sin verificar.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verificación cancelada.</translation>
    </message>
    <message>
        <source>The dump does not load into SQLite: %1</source>
        <translation>El volcado no se carga en SQLite: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite and every row count matches the live database (%n table(s), %1 rows).</source>
        <translation>
            <numerusform>Verificado: el volcado se carga en SQLite y cada recuento de filas coincide con la base de datos en vivo (%n tabla, %1 filas).</numerusform>
            <numerusform>Verificado: el volcado se carga en SQLite y cada recuento de filas coincide con la base de datos en vivo (%n tablas, %1 filas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite (%n table(s), %1 rows; live counts not compared).</source>
        <translation>
            <numerusform>Verificado: el volcado se carga en SQLite (%n tabla, %1 filas; recuentos en vivo no comparados).</numerusform>
            <numerusform>Verificado: el volcado se carga en SQLite (%n tablas, %1 filas; recuentos en vivo no comparados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dump loads into SQLite, but %n row count(s) differ from the live database: %1</source>
        <translation>
            <numerusform>El volcado se carga en SQLite, pero %n recuento de filas difiere de la base de datos en vivo: %1</numerusform>
            <numerusform>El volcado se carga en SQLite, pero %n recuentos de filas difieren de la base de datos en vivo: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) exceed D1&apos;s 100 KB statement limit (longest %1): the dump loads into SQLite but not back into D1 as is.</source>
        <translation>
            <numerusform>%n sentencia supera el límite de 100 KB por sentencia de D1 (la más larga: %1): el volcado se carga en SQLite, pero no de vuelta en D1 tal cual.</numerusform>
            <numerusform>%n sentencias superan el límite de 100 KB por sentencia de D1 (la más larga: %1): el volcado se carga en SQLite, pero no de vuelta en D1 tal cual.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>no temporary database in %1: %2</source>
        <translation>no hay base de datos temporal en %1: %2</translation>
    </message>
    <message>
        <source>statement %1: %2 (%3…)</source>
        <translation>sentencia %1: %2 (%3…)</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>no se puede leer la tabla %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but is missing from the dump</source>
        <translation>%1 tiene %2 filas en D1, pero falta en el volcado</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but %3 in the dump</source>
        <translation>%1 tiene %2 filas en D1, pero %3 en el volcado</translation>
    </message>
    <message>
        <source>the SQLite database could not be written to disk in %1</source>
        <translation>no se pudo escribir la base de datos SQLite en el disco en %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>no se pudo reemplazar %1: %2</translation>
    </message>
    <message>
        <source>statement %1 is longer than %2: not a D1 dump (its statements are at most a few MB); the file was not loaded further</source>
        <translation>la sentencia %1 es más larga que %2: no es un volcado de D1 (sus sentencias ocupan a lo sumo unos pocos MB); el archivo no se siguió cargando</translation>
    </message>
    <message numerus="yes">
        <source>statement %1 could not be told apart within %n second(s): not a D1 dump</source>
        <translation>
            <numerusform>no se pudo delimitar la sentencia %1 en %n segundo: no es un volcado de D1</numerusform>
            <numerusform>no se pudo delimitar la sentencia %1 en %n segundos: no es un volcado de D1</numerusform>
        </translation>
    </message>
    <message>
        <source>the download started again from its first byte</source>
        <translation>la descarga volvió a empezar desde su primer byte</translation>
    </message>
    <message>
        <source>the decompressor could not be started</source>
        <translation>no se pudo iniciar el descompresor</translation>
    </message>
    <message>
        <source>a row written into sqlite_schema that is not one of sqlite3&apos;s virtual tables</source>
        <translation>una fila escrita en sqlite_schema que no es una de las tablas virtuales de sqlite3</translation>
    </message>
    <message>
        <source>the virtual tables of the dump could not be made: %1</source>
        <translation>no se pudieron crear las tablas virtuales del volcado: %1</translation>
    </message>
    <message>
        <source>the virtual table %1 of the dump cannot be read: %2</source>
        <translation>no se puede leer la tabla virtual %1 del volcado: %2</translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation>sentencia %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDependencies</name>
    <message>
        <source>the trigger %1 uses %2</source>
        <translation>el disparador %1 usa %2</translation>
    </message>
    <message>
        <source>the view %1 reads %2</source>
        <translation>la vista %1 lee %2</translation>
    </message>
    <message>
        <source>the table %1 has a foreign key to %2</source>
        <translation>la tabla %1 tiene una clave foránea hacia %2</translation>
    </message>
    <message>
        <source>Not exported but needed: %1. Without them the dump loads, but fails on first use.</source>
        <translation>No exportado pero necesario: %1. Sin ello, el volcado se carga, pero falla en el primer uso.</translation>
    </message>
</context>
<context>
    <name>ImportTransform</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>a statement of %1 bytes came out longer than D1&apos;s limit of %2 bytes (a fault of this program: please report it)</source>
        <translation>una sentencia de %1 bytes resultó más larga que el límite de %2 bytes de D1 (un fallo de este programa: informe de ello, por favor)</translation>
    </message>
    <message>
        <source>a row has too many columns to be written in statements of at most %1 bytes</source>
        <translation>una fila tiene demasiadas columnas para escribirse en sentencias de %1 bytes como máximo</translation>
    </message>
    <message>
        <source>a value could not be cut into pieces of at most %1 bytes</source>
        <translation>no se pudo dividir un valor en trozos de %1 bytes como máximo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the database&apos;s schema cannot be read: %1</source>
        <translation>no se puede leer el esquema de la base de datos: %1</translation>
    </message>
    <message>
        <source>%1: D1&apos;s own table (_cf_*), left out</source>
        <translation>%1: tabla propia de D1 (_cf_*), omitida</translation>
    </message>
    <message>
        <source>%1: belongs to D1&apos;s own table %2, left out</source>
        <translation>%1: pertenece a la tabla propia de D1 %2, omitido</translation>
    </message>
    <message>
        <source>the rows of %1 cannot be read: %2</source>
        <translation>no se pueden leer las filas de %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the columns of %1 cannot be read: %2</source>
        <translation>no se pueden leer las columnas de %1: %2</translation>
    </message>
    <message>
        <source>%1: a contentless full-text table, recreated empty (its rows cannot be read back)</source>
        <translation>%1: una tabla de texto completo sin contenido, recreada vacía (sus filas no se pueden leer)</translation>
    </message>
    <message>
        <source>%1 would be replaced by its own transformed copy: choose another file for the SQL that is uploaded.</source>
        <translation>%1 se reemplazaría por su propia copia transformada: elija otro archivo para el SQL que se sube.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the path and that you may read the file.</source>
        <translation>No se puede leer %1: %2. Compruebe la ruta y que tiene permiso para leer el archivo.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import. Choose an SQL dump or a SQLite database file.</source>
        <translation>%1 está vacío: no hay nada que importar. Elija un volcado SQL o un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an SQL dump: it was probably saved from a browser or an error page instead of the file itself. Download or export the database again.</source>
        <translation>%1 es una página web (HTML), no un volcado SQL: probablemente se guardó desde un navegador o es una página de error en lugar del propio archivo. Descargue o exporte de nuevo la base de datos.</translation>
    </message>
    <message>
        <source>%1 is neither an SQL dump nor a SQLite database (it holds binary data). Choose a .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>%1 no es ni un volcado SQL ni una base de datos SQLite (contiene datos binarios). Elija un volcado .sql o .sql.gz, o un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>The dump is loaded into a temporary database in %1 before it is written for D1, but that folder cannot be written to. Choose an output file in a folder you can write to.</source>
        <translation>El volcado se carga en una base de datos temporal en %1 antes de escribirse para D1, pero no se puede escribir en esa carpeta. Elija un archivo de salida en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>%1 is cut short (the compressed file ends too early): it was not downloaded or saved completely. Download or export it again.</source>
        <translation>%1 está truncado (el archivo comprimido termina demasiado pronto): no se descargó o guardó por completo. Descárguelo o expórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQL dump: %2. Choose a complete .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>No se puede leer %1 como volcado SQL: %2. Elija un volcado .sql o .sql.gz completo, o un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SQLite database: %2. Choose an intact SQLite database file or an SQL dump.</source>
        <translation>No se puede abrir %1 como base de datos SQLite: %2. Elija un archivo de base de datos SQLite intacto o un volcado SQL.</translation>
    </message>
    <message>
        <source>%1 could not be turned into SQL for D1: %2</source>
        <translation>no se pudo convertir %1 en SQL para D1: %2</translation>
    </message>
</context>
<context>
    <name>LiveValueCheckJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 leyó %n fila para ello</numerusform>
            <numerusform>D1 leyó %n filas para ello</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: not compared with D1.</source>
        <translation>Valores: no comparados con D1.</translation>
    </message>
    <message numerus="yes">
        <source>Values: every value of the %n table(s) is the same in the dump as on D1 (%1).</source>
        <translation>
            <numerusform>Valores: todos los valores de %n tabla son iguales en el volcado que en D1 (%1).</numerusform>
            <numerusform>Valores: todos los valores de las %n tablas son iguales en el volcado que en D1 (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values: %n table(s) hold values that differ from D1&apos;s: %1 (%2).</source>
        <translation>
            <numerusform>Valores: %n tabla contiene valores distintos de los de D1: %1 (%2).</numerusform>
            <numerusform>Valores: %n tablas contienen valores distintos de los de D1: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: could not be compared with D1 (%1).</source>
        <translation>Valores: no se pudieron comparar con D1 (%1).</translation>
    </message>
    <message>
        <source>Values: comparison cancelled.</source>
        <translation>Valores: comparación cancelada.</translation>
    </message>
    <message>
        <source>Comparing values with D1: loading the saved dump once more…</source>
        <translation>Comparando valores con D1: cargando de nuevo el volcado guardado…</translation>
    </message>
    <message>
        <source>the loaded dump could not be read</source>
        <translation>no se pudo leer el volcado cargado</translation>
    </message>
    <message>
        <source>D1&apos;s answer was incomplete</source>
        <translation>La respuesta de D1 estaba incompleta</translation>
    </message>
    <message numerus="yes">
        <source>%1: compared in %n D1 queries.</source>
        <translation>
            <numerusform>%1: comparado en %n consulta de D1.</numerusform>
            <numerusform>%1: comparado en %n consultas de D1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: values differ (a WITHOUT ROWID table: the row is not narrowed down)</source>
        <translation>%1: los valores difieren (tabla WITHOUT ROWID: no se acota la fila)</translation>
    </message>
    <message>
        <source>%1: the row with rowid %2 differs</source>
        <translation>%1: la fila con rowid %2 difiere</translation>
    </message>
    <message>
        <source>%1: a row with rowid between %2 and %3 differs</source>
        <translation>%1: una fila con rowid entre %2 y %3 difiere</translation>
    </message>
    <message>
        <source>%1: missing from the saved dump</source>
        <translation>%1: falta en el volcado guardado</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the folder %1 could not be created: %2</source>
        <translation>no se pudo crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is not followed, so that no other file is overwritten. Remove it, or choose the file it points to</source>
        <translation>%1 es un enlace simbólico; no se sigue, para que no se sobrescriba ningún otro archivo. Elimínelo o elija el archivo al que apunta</translation>
    </message>
</context>
<context>
    <name>StagedOutput</name>
    <message>
        <source>the finished dump could not be moved to %1 (%2); that file was left as it was</source>
        <translation>no se pudo mover el volcado terminado a %1 (%2); ese archivo quedó como estaba</translation>
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
            <numerusform>unos %n s</numerusform>
            <numerusform>unos %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>unos %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>unas %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ValueRepairJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 leyó %n fila para ello</numerusform>
            <numerusform>D1 leyó %n filas para ello</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: not checked.</source>
        <translation>Valores exactos: no comprobados.</translation>
    </message>
    <message>
        <source>Exact values: D1&apos;s dump holds no value it had to round.</source>
        <translation>Valores exactos: el volcado de D1 no contiene ningún valor que tuviera que redondear.</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: D1 had rounded or broken %n value(s) (64-bit integers, infinities); all were restored exactly (%1).</source>
        <translation>
            <numerusform>Valores exactos: D1 había redondeado o dañado %n valor (enteros de 64 bits, infinitos); se restauró exactamente (%1).</numerusform>
            <numerusform>Valores exactos: D1 había redondeado o dañado %n valores (enteros de 64 bits, infinitos); todos se restauraron exactamente (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact values: %n row(s) differ on D1 from the dump (written since the export?) and were left as D1 exported them, with its rounding; %1 other value(s) were restored (%2).</source>
        <translation>
            <numerusform>Valores exactos: %n fila difiere en D1 del volcado (¿escrita desde la exportación?) y se dejó como D1 la exportó, con su redondeo; se restauraron otros %1 valores (%2).</numerusform>
            <numerusform>Valores exactos: %n filas difieren en D1 del volcado (¿escritas desde la exportación?) y se dejaron como D1 las exportó, con su redondeo; se restauraron otros %1 valores (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: cancelled.</source>
        <translation>Valores exactos: cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: the %n row(s) D1 may have rounded could not be read again (%1).</source>
        <translation>
            <numerusform>Valores exactos: no se pudo volver a leer %n fila que D1 puede haber redondeado (%1).</numerusform>
            <numerusform>Valores exactos: no se pudieron volver a leer las %n filas que D1 puede haber redondeado (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x</name>
    <message>
        <source>Where to save the SQL dump; &quot;-&quot; writes it to stdout (a name ending in .gz compresses it).</source>
        <translation>Dónde guardar el volcado SQL; «-» lo escribe en stdout (un nombre terminado en .gz lo comprime).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Export only this table (repeatable, or several separated by commas).</source>
        <translation>Exportar solo esta tabla (repetible, o varias separadas por comas).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Export the schema only.</source>
        <translation>Exportar solo el esquema.</translation>
    </message>
    <message>
        <source>Export the data only.</source>
        <translation>Exportar solo los datos.</translation>
    </message>
    <message>
        <source>Export the database on Cloudflare (the default here; wrangler&apos;s is --local).</source>
        <translation>Exportar la base de datos en Cloudflare (el valor predeterminado aquí; el de wrangler es --local).</translation>
    </message>
    <message>
        <source>Export the local development database that &quot;wrangler dev&quot; keeps under .wrangler/state.</source>
        <translation>Exportar la base de datos de desarrollo local que «wrangler dev» guarda en .wrangler/state.</translation>
    </message>
    <message>
        <source>The wrangler configuration (wrangler.toml, .json or .jsonc) whose d1_databases name the database (default: found in this folder or above).</source>
        <translation>La configuración de wrangler (wrangler.toml, .json o .jsonc) cuyos d1_databases nombran la base de datos (predeterminado: la que se encuentre en esta carpeta o más arriba).</translation>
    </message>
    <message>
        <source>The environment of the wrangler configuration.</source>
        <translation>El entorno de la configuración de wrangler.</translation>
    </message>
    <message>
        <source>With --local: the folder wrangler dev persists into (its --persist-to).</source>
        <translation>Con --local: la carpeta en la que wrangler dev guarda sus datos (su --persist-to).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>With --table: do not add the indexes and triggers of the chosen tables (D1&apos;s own filter leaves them out).</source>
        <translation>Con --table: no añadir los índices y disparadores de las tablas elegidas (el propio filtro de D1 los omite).</translation>
    </message>
    <message>
        <source>Compress the SQL dump with gzip while it is written (export, backup).</source>
        <translation>Comprimir el volcado SQL con gzip mientras se escribe (export, backup).</translation>
    </message>
    <message>
        <source>Also count every exported table&apos;s rows on D1 just before the export (one query) and compare them with the dump. Counting reads every row, and D1 bills rows read. Implies --verify.</source>
        <translation>Contar también las filas de cada tabla exportada en D1 justo antes de la exportación (una consulta) y compararlas con el volcado. El recuento lee cada fila, y D1 factura las filas leídas. Implica --verify.</translation>
    </message>
    <message>
        <source>Also (or, without --output, instead) save the dump as an SQLite database. Implies --verify (export).</source>
        <translation>Guardar también (o, sin --output, en su lugar) el volcado como base de datos SQLite. Implica --verify (export).</translation>
    </message>
    <message>
        <source>Also save each database as &lt;database&gt;-&lt;time&gt;.sqlite (backup).</source>
        <translation>Guardar también cada base de datos como &lt;database&gt;-&lt;time&gt;.sqlite (backup).</translation>
    </message>
    <message>
        <source>Back up every database of the account (backup).</source>
        <translation>Hacer una copia de todas las bases de datos de la cuenta (backup).</translation>
    </message>
    <message>
        <source>Back up this database, name or UUID (backup; repeatable).</source>
        <translation>Hacer una copia de esta base de datos, nombre o UUID (backup; repetible).</translation>
    </message>
    <message>
        <source>Where backups go (backup).</source>
        <translation>Dónde van las copias (backup).</translation>
    </message>
    <message>
        <source>Cloudflare account ID.</source>
        <translation>ID de la cuenta de Cloudflare.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>API base URL (default: CLOUDFLARE_API_BASE_URL or %1).</source>
        <translation>URL base de la API (predeterminada: CLOUDFLARE_API_BASE_URL o %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Only databases whose name contains this (databases).</source>
        <translation>Solo las bases de datos cuyo nombre contiene este texto (databases).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>export &lt;database&gt;: export one database as SQL (and/or SQLite).
&lt;database&gt; is a name, a UUID, or a binding of the wrangler configuration; with --local, the
local development database of that binding is exported instead (no credentials needed).
On success stdout carries the saved path(s), one a line (--json: the result as JSON);
with --output - it carries the dump itself.</source>
        <translation>export &lt;database&gt;: exportar una base de datos como SQL (y/o SQLite).
&lt;database&gt; es un nombre, un UUID o un binding de la configuración de wrangler; con --local, se
exporta en su lugar la base de datos de desarrollo local de ese binding (sin credenciales).
Si tiene éxito, stdout contiene la(s) ruta(s) guardada(s), una por línea (--json: el resultado
como JSON); con --output - contiene el propio volcado.</translation>
    </message>
    <message>
        <source>backup: export --all databases, or each --database, into --folder, one after the other,
as &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], and record each in &lt;folder&gt;/manifest.json.</source>
        <translation>backup: exportar todas las bases de datos (--all), o cada --database, a --folder, una tras
otra, como &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], y registrar cada una en &lt;folder&gt;/manifest.json.</translation>
    </message>
    <message>
        <source>accounts: list the accounts the credentials can see (id and name).</source>
        <translation>accounts: listar las cuentas que ven las credenciales (ID y nombre).</translation>
    </message>
    <message>
        <source>databases: list the D1 databases of the account (uuid, name, size, created).</source>
        <translation>databases: listar las bases de datos D1 de la cuenta (UUID, nombre, tamaño, creación).</translation>
    </message>
    <message>
        <source>tables &lt;database&gt;: list the tables, indexes, views and triggers of a database.</source>
        <translation>tables &lt;database&gt;: listar las tablas, índices, vistas y disparadores de una base de datos.</translation>
    </message>
    <message>
        <source>Give up when D1 has not produced the dump after this long, rate-limit waits included: seconds, or with m or h (default 2h; export, backup).</source>
        <translation>Abandonar si D1 no ha generado el volcado tras este tiempo, esperas por límite de frecuencia incluidas: segundos, o con m o h (por defecto 2h; export, backup).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>While the dump downloads, load it into a temporary SQLite database: row counts per table, and statements over D1&apos;s 100 KB import limit (export, backup).</source>
        <translation>Mientras se descarga el volcado, cargarlo en una base de datos SQLite temporal: recuentos de filas por tabla e instrucciones que superan el límite de importación de 100 KB de D1 (export, backup).</translation>
    </message>
    <message>
        <source>After the dump is saved, compare every exported table&apos;s values with D1&apos;s by fingerprints computed by the same SQL on both sides, and name the first row that differs (exit code 8). D1 reads every row once more, and bills rows read.</source>
        <translation>Tras guardar el volcado, comparar los valores de cada tabla exportada con los de D1 mediante huellas calculadas con el mismo SQL en ambos lados, e indicar la primera fila que difiere (código de salida 8). D1 vuelve a leer cada fila y factura las filas leídas.</translation>
    </message>
    <message>
        <source>Accepted for wrangler&apos;s command lines; nothing is ever asked (import: the same as --yes).</source>
        <translation>Se acepta por las líneas de comandos de wrangler; nunca se pregunta nada (import: lo mismo que --yes).</translation>
    </message>
    <message>
        <source>Import even into a database that holds tables (a Time Travel bookmark is taken first, to undo it).</source>
        <translation>Importar incluso en una base de datos que contiene tablas (antes se toma un marcador de Time Travel para deshacerlo).</translation>
    </message>
    <message>
        <source>The dump or database to import: .sql, .sql.gz (ours, wrangler&apos;s, sqlite3&apos;s .dump) or an SQLite file (.sqlite, .sqlite3, .db).</source>
        <translation>El volcado o la base de datos que importar: .sql, .sql.gz (nuestro, de wrangler, de .dump de sqlite3) o un archivo SQLite (.sqlite, .sqlite3, .db).</translation>
    </message>
    <message>
        <source>Create &lt;database&gt; as a new database and import into it (import).</source>
        <translation>Crear &lt;database&gt; como base de datos nueva e importar en ella (import).</translation>
    </message>
    <message>
        <source>After the import, count each table&apos;s rows on D1 (one query; D1 bills rows read) and compare them with the file&apos;s (exit code 8 when they differ).</source>
        <translation>Tras la importación, contar las filas de cada tabla en D1 (una consulta; D1 factura las filas leídas) y compararlas con las del archivo (código de salida 8 si difieren).</translation>
    </message>
    <message>
        <source>The Time Travel bookmark to restore the database to (restore); an import prints it.</source>
        <translation>El marcador de Time Travel al que restaurar la base de datos (restore); una importación lo muestra.</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>marcador</translation>
    </message>
    <message>
        <source>Print lists and results as JSON (accounts, databases, tables, export, backup, import, restore).</source>
        <translation>Mostrar listas y resultados como JSON (accounts, databases, tables, export, backup, import, restore).</translation>
    </message>
    <message>
        <source>import &lt;database&gt;: import --input FILE into the database (with --create: a new database of
that name). The file (.sql, .sql.gz or an SQLite database) is first turned into SQL that D1
loads; its size, statements and rows per table are shown before the upload. A database that
holds tables is imported into only with --yes; a Time Travel bookmark is taken first, and the
line that undoes the import is printed on stdout (--json: the result as JSON).
The token needs the D1 Edit permission.</source>
        <translation>import &lt;database&gt;: importar --input FILE en la base de datos (con --create: una base de datos nueva
con ese nombre). El archivo (.sql, .sql.gz o una base de datos SQLite) se convierte primero en SQL
que D1 carga; su tamaño, sentencias y filas por tabla se muestran antes de la subida. En una base
de datos que contiene tablas solo se importa con --yes; antes se toma un marcador de Time Travel, y
la línea que deshace la importación se escribe en stdout (--json: el resultado como JSON).
El token necesita el permiso de edición de D1.</translation>
    </message>
    <message>
        <source>restore &lt;database&gt;: restore the database in place to --bookmark (Time Travel), e.g. to undo
an import. The token needs the D1 Edit permission.</source>
        <translation>restore &lt;database&gt;: restaurar la base de datos en su sitio a --bookmark (Time Travel), p. ej. para
deshacer una importación. El token necesita el permiso de edición de D1.</translation>
    </message>
</context>
<context>
    <name>d1x::ApiCall</name>
    <message>
        <source>the server redirected the request to %1, which is not followed</source>
        <translation>el servidor redirigió la solicitud a %1, y esa redirección no se sigue</translation>
    </message>
    <message>
        <source>the answer was larger than %1 MB and was cut off; no API answer is that large</source>
        <translation>la respuesta superaba %1 MB y se cortó; ninguna respuesta de la API es tan grande</translation>
    </message>
</context>
<context>
    <name>d1x::BackupRunner</name>
    <message>
        <source>no backup folder was chosen</source>
        <translation>no se eligió ninguna carpeta de copias</translation>
    </message>
    <message>
        <source>no database was chosen</source>
        <translation>no se eligió ninguna base de datos</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>no se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is not a writable folder</source>
        <translation>%1 no es una carpeta con permiso de escritura</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Nuevo intento en %2 s (intento %3).</translation>
    </message>
    <message>
        <source>The account has no D1 databases: nothing to back up.</source>
        <translation>La cuenta no tiene bases de datos D1: no hay nada que copiar.</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1.</source>
        <translation>
            <numerusform>Copiando %n base de datos en %1.</numerusform>
            <numerusform>Copiando %n bases de datos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Database %1 of %2: %3.</source>
        <translation>Base de datos %1 de %2: %3.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>%1: failed (%2).</source>
        <translation>%1: error (%2).</translation>
    </message>
    <message>
        <source>The existing manifest could not be read; it was kept as %1 and a new one is started.</source>
        <translation>No se pudo leer el manifiesto existente; se conservó como %1 y se empieza uno nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Backup finished: %1 of %n database(s) saved; manifest %2.</source>
        <translation>
            <numerusform>Copia terminada: %1 de %n base de datos guardada; manifiesto %2.</numerusform>
            <numerusform>Copia terminada: %1 de %n bases de datos guardadas; manifiesto %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>no hay ninguna base de datos llamada «%1».%2</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1; %2 of them not found.</source>
        <translation>
            <numerusform>Copiando %n base de datos en %1; %2 de ellas no se encontraron.</numerusform>
            <numerusform>Copiando %n bases de datos en %1; %2 de ellas no se encontraron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API request(s) sent, at most %1 per %2 s.</source>
        <translation>
            <numerusform>%n solicitud de API enviada, como máximo %1 cada %2 s.</numerusform>
            <numerusform>%n solicitudes de API enviadas, como máximo %1 cada %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::CliApp</name>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe --help.</translation>
    </message>
    <message>
        <source>--no-data and --no-schema exclude each other.</source>
        <translation>--no-data y --no-schema se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>--gzip compresses the SQL file: it needs --output.</source>
        <translation>--gzip comprime el archivo SQL: necesita --output.</translation>
    </message>
    <message>
        <source>Say where the backups go with --folder DIR.</source>
        <translation>Indique dónde van las copias con --folder CARPETA.</translation>
    </message>
    <message>
        <source>Name the databases to back up: --all, or --database NAME (repeatable).</source>
        <translation>Indique las bases de datos que copiar: --all, o --database NOMBRE (repetible).</translation>
    </message>
    <message>
        <source>No credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).</source>
        <translation>No hay credenciales: defina CLOUDFLARE_API_TOKEN (o CLOUDFLARE_EMAIL y CLOUDFLARE_API_KEY).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>El ID de cuenta «%1» contiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>These credentials see no account. Pass --account ID or set CLOUDFLARE_ACCOUNT_ID (account-owned tokens cannot list accounts).</source>
        <translation>Estas credenciales no ven ninguna cuenta. Indique --account ID o defina CLOUDFLARE_ACCOUNT_ID (los tokens propiedad de una cuenta no pueden listar cuentas).</translation>
    </message>
    <message numerus="yes">
        <source>These credentials see %n account(s); choose one with --account ID:</source>
        <translation>
            <numerusform>Estas credenciales ven %n cuenta; elija una con --account ID:</numerusform>
            <numerusform>Estas credenciales ven %n cuentas; elija una con --account ID:</numerusform>
        </translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>La base de datos «%1» contiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>Say where to save the dump with --output FILE (or --sqlite FILE; --output - writes it to stdout).</source>
        <translation>Indique dónde guardar el volcado con --output ARCHIVO (o --sqlite ARCHIVO; --output - lo escribe en stdout).</translation>
    </message>
    <message>
        <source>%1: the database %2 (%3) of %4.</source>
        <translation>%1: la base de datos %2 (%3) de %4.</translation>
    </message>
    <message>
        <source>--json prints the result on stdout, where --output %1 sends the dump: choose one.</source>
        <translation>--json muestra el resultado en stdout, adonde --output %1 envía el volcado: elija uno de los dos.</translation>
    </message>
    <message>
        <source>--sqlite needs a file name: an SQLite database cannot be streamed.</source>
        <translation>--sqlite necesita un nombre de archivo: una base de datos SQLite no se puede transmitir como flujo.</translation>
    </message>
    <message>
        <source>no temporary file for the dump in %1: %2</source>
        <translation>no hay archivo temporal para el volcado en %1: %2</translation>
    </message>
    <message>
        <source>--gzip: saving as %1, with the .gz suffix that says it is compressed.</source>
        <translation>--gzip: se guarda como %1, con el sufijo .gz que indica que está comprimido.</translation>
    </message>
    <message>
        <source>%1 exists; it will be replaced once the export has succeeded (a failed export leaves it as it is).</source>
        <translation>%1 ya existe; se sustituirá cuando la exportación haya tenido éxito (una exportación fallida lo deja como está).</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Reintentando en %2 s (intento %3).</translation>
    </message>
    <message>
        <source>ID	NAME</source>
        <translation>ID	NOMBRE</translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>no hay ninguna base de datos llamada «%1».%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UUID	NAME	BYTES	CREATED</source>
        <translation>UUID	NOMBRE	BYTES	CREADA</translation>
    </message>
    <message>
        <source>NAME	TYPE	TABLE</source>
        <translation>NOMBRE	TIPO	TABLA</translation>
    </message>
    <message>
        <source>--timeout takes a duration such as 90, 45m or 3h, not &quot;%1&quot;.</source>
        <translation>--timeout espera una duración como 90, 45m o 3h, no «%1».</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own: --no-schema excludes --verify, --compare-live-counts, --compare-live-values and --sqlite.</source>
        <translation>Un volcado solo de datos no se puede cargar por sí solo: --no-schema excluye --verify, --compare-live-counts, --compare-live-values y --sqlite.</translation>
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
        <translation>Exporta bases de datos D1 de Cloudflare como SQL.

Comandos («COMANDO --help» muestra las opciones de uno de ellos):
  export &lt;database&gt;   exportar una base de datos (nombre, UUID o binding en la configuración
                      de wrangler) a --output y/o --sqlite
  backup              exportar todas las bases de datos (--all), o cada --database, a --folder,
                      una tras otra, como &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], con un manifest.json
  accounts            listar las cuentas que ven las credenciales
  databases           listar las bases de datos D1 de la cuenta
  tables &lt;database&gt;   listar las tablas, índices, vistas y disparadores de una base de datos
  import &lt;database&gt;   importar --input FILE (.sql, .sql.gz, .sqlite) en una base de datos (--create:
                      una nueva con ese nombre); se deshace con la línea restore que muestra
  restore &lt;database&gt;  restaurar una base de datos en su sitio a un --bookmark de Time Travel

Las líneas de comandos de wrangler funcionan tal cual, cambiando solo el nombre del programa:
  export NAME --remote --output FILE [-y|--skip-confirmation] [--table T]... [--no-data|--no-schema]
  export NAME --local --output FILE [--config|-c FILE] [--env|-e ENV] [--persist-to DIR]
NAME puede ser el nombre de la base de datos o su binding en wrangler.toml / wrangler.json / wrangler.jsonc.
A diferencia de wrangler, el valor predeterminado es --remote. «--output -» escribe el volcado en stdout, p. ej.
  d1-exporter-cli export my-db --output - | sqlite3 copy.db

Las bases de datos con tablas virtuales (FTS5), que D1 no puede exportar, se exportan sin ellas, y
sus sentencias CREATE VIRTUAL TABLE y su contenido se añaden al final del volcado.

Las credenciales vienen del entorno, nunca de la línea de comandos (no hacen falta con --local):
  CLOUDFLARE_API_TOKEN, o CLOUDFLARE_EMAIL y CLOUDFLARE_API_KEY.
La cuenta viene de --account o de CLOUDFLARE_ACCOUNT_ID; si no se indica ninguna y las
credenciales ven exactamente una cuenta, se usa esa.

Códigos de salida: 0 éxito, 1 otro fallo, 2 uso, 3 autenticación o permiso (también: sin
credenciales), 4 cuenta, base de datos o tabla no encontrada, 5 exportación fallida o ya en curso,
6 red o servidor, 7 no se pudo escribir el archivo, 8 guardado pero no verificado (no se carga, o
los recuentos de filas difieren), 9 backup: al menos una base de datos falló o no se verificó,
130 interrumpido.
import y restore usan los mismos códigos: 2 también cuando se importa sin --yes en una base de
datos que contiene tablas, 3 un token sin permiso de edición de D1, 5 D1 rechazó o revirtió la
importación, 6 también la subida, 8 los recuentos de filas en D1 difieren de los del archivo
(--compare-row-counts).</translation>
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
        <translation>Advertencia: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3%)</source>
        <translation>Descargando: %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>Verifying: %1%</source>
        <translation>Verificando: %1 %</translation>
    </message>
    <message>
        <source>D1 is still preparing the dump (%1 s)…</source>
        <translation>D1 aún está preparando el volcado (%1 s)…</translation>
    </message>
    <message>
        <source>Rate limited by Cloudflare: going on in %1 s</source>
        <translation>Límite de frecuencia de Cloudflare: se continúa en %1 s</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 (%3%)</source>
        <translation>Subiendo: %1 de %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, queda %n s</numerusform>
            <numerusform>, quedan %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the file: %1%</source>
        <translation>Preparando el archivo: %1 %</translation>
    </message>
</context>
<context>
    <name>d1x::CloseMatches</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source> Did you mean %1?</source>
        <translation> ¿Quería decir %1?</translation>
    </message>
</context>
<context>
    <name>d1x::CloudflareClient</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>un ID contiene caracteres no permitidos</translation>
    </message>
</context>
<context>
    <name>d1x::ConnectionSession</name>
    <message>
        <source>no API endpoint to ask</source>
        <translation>no hay ningún punto de acceso de la API al que preguntar</translation>
    </message>
</context>
<context>
    <name>d1x::Downloader</name>
    <message>
        <source>the server resumed at the wrong position</source>
        <translation>el servidor reanudó en la posición equivocada</translation>
    </message>
    <message>
        <source>The server cannot resume; downloading again from the start.</source>
        <translation>El servidor no puede reanudar; se descarga de nuevo desde el principio.</translation>
    </message>
    <message>
        <source>not enough free space: the dump needs %1, the disk has %2 free</source>
        <translation>no hay espacio suficiente: el volcado necesita %1 y el disco tiene %2 libres</translation>
    </message>
    <message>
        <source>the server sent a web page instead of the SQL file (HTTP %1)</source>
        <translation>el servidor envió una página web en lugar del archivo SQL (HTTP %1)</translation>
    </message>
    <message>
        <source>the server sent more data than it announced</source>
        <translation>el servidor envió más datos de los anunciados</translation>
    </message>
    <message>
        <source>the download was redirected to an unsafe address</source>
        <translation>la descarga se redirigió a una dirección no segura</translation>
    </message>
    <message>
        <source>The download link has expired; asking Cloudflare for a fresh one.</source>
        <translation>El enlace de descarga ha caducado; se pide uno nuevo a Cloudflare.</translation>
    </message>
    <message>
        <source>the download server answered HTTP %1</source>
        <translation>el servidor de descarga respondió HTTP %1</translation>
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
        <translation>la descarga se detuvo</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la conexión se cerró tras %1 de %2 bytes</translation>
    </message>
    <message>
        <source>received %1 of %2 bytes</source>
        <translation>recibidos %1 de %2 bytes</translation>
    </message>
    <message>
        <source>Download interrupted (%1); resuming from byte %2 in %3 s.</source>
        <translation>Descarga interrumpida (%1); se reanuda desde el byte %2 en %3 s.</translation>
    </message>
    <message>
        <source>Download failed (%1); trying again in %2 s.</source>
        <translation>La descarga falló (%1); nuevo intento en %2 s.</translation>
    </message>
    <message>
        <source>the file behind the link is now %1 bytes long, not %2: it is not the dump the first part came from, and the two are not joined</source>
        <translation>el archivo tras el enlace mide ahora %1 bytes, no %2: no es el volcado del que procede la primera parte, y no se unen</translation>
    </message>
    <message>
        <source>the file behind the link changed while it was downloading (its ETag is %1, was %2): the parts are not joined</source>
        <translation>el archivo tras el enlace cambió durante la descarga (su ETag es %1, era %2): las partes no se unen</translation>
    </message>
    <message numerus="yes">
        <source>%n fresh link(s) in a row were refused as expired before a byte arrived; the computer&apos;s clock may be wrong, or a proxy may be changing the requests</source>
        <translation>
            <numerusform>%n enlace nuevo fue rechazado como caducado antes de que llegara un byte; puede que el reloj del equipo esté mal, o que un proxy esté modificando las solicitudes</numerusform>
            <numerusform>%n enlaces nuevos seguidos fueron rechazados como caducados antes de que llegara un byte; puede que el reloj del equipo esté mal, o que un proxy esté modificando las solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>The fresh download link was refused as expired too; asking again in %1 s (%2 of %3).</source>
        <translation>El nuevo enlace de descarga también fue rechazado como caducado; se vuelve a pedir en %1 s (%2 de %3).</translation>
    </message>
</context>
<context>
    <name>d1x::DumpSink</name>
    <message>
        <source>the compressor could not be started</source>
        <translation>no se pudo iniciar el compresor</translation>
    </message>
    <message>
        <source>the compressor failed</source>
        <translation>el compresor falló</translation>
    </message>
</context>
<context>
    <name>d1x::ExportController</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Iniciando la exportación…</translation>
    </message>
    <message>
        <source>D1 is preparing the dump…</source>
        <translation>D1 está preparando el volcado…</translation>
    </message>
    <message>
        <source>Downloading the dump…</source>
        <translation>Descargando el volcado…</translation>
    </message>
    <message>
        <source>Verifying the dump…</source>
        <translation>Verificando el volcado…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Nuevo intento en %2 s (intento %3).</translation>
    </message>
    <message>
        <source>schema and data</source>
        <translation>esquema y datos</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>solo esquema</translation>
    </message>
    <message>
        <source>data only</source>
        <translation>solo datos</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>todas las tablas</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): %1</source>
        <translation>
            <numerusform>%n tabla: %1</numerusform>
            <numerusform>%n tablas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the export of %1 (%2, %3).</source>
        <translation>Iniciando la exportación de %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Also exporting the indexes and triggers of the chosen tables, which D1&apos;s table filter would leave out: %1.</source>
        <translation>Se exportan también los índices y disparadores de las tablas elegidas, que el filtro de tablas de D1 omitiría: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual table(s): %1. D1 refuses to export a database that holds them, so everything else is exported and their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.</source>
        <translation>
            <numerusform>%n tabla virtual: %1. D1 se niega a exportar una base de datos que las contenga, así que se exporta todo lo demás y su sentencia CREATE VIRTUAL TABLE y su contenido se añaden al final del volcado.</numerusform>
            <numerusform>%n tablas virtuales: %1. D1 se niega a exportar una base de datos que las contenga, así que se exporta todo lo demás y sus sentencias CREATE VIRTUAL TABLE y su contenido se añaden al final del volcado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out their internal tables, which CREATE VIRTUAL TABLE makes again: %1.</source>
        <translation>Se omiten sus tablas internas, que CREATE VIRTUAL TABLE vuelve a crear: %1.</translation>
    </message>
    <message>
        <source>%1 indexes the table %2, which is not exported: it is recreated empty; run INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) once %2 is back.</source>
        <translation>%1 indexa la tabla %2, que no se exporta: se recrea vacía; ejecute INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) cuando %2 vuelva a estar.</translation>
    </message>
    <message>
        <source>%1 is a contentless full-text index: its rows cannot be read back, so it is recreated empty. Fill it again from its source.</source>
        <translation>%1 es un índice de texto completo sin contenido: sus filas no se pueden leer, así que se recrea vacío. Vuelva a llenarlo desde su origen.</translation>
    </message>
    <message>
        <source>the export finished without a usable download link</source>
        <translation>la exportación terminó sin un enlace de descarga utilizable</translation>
    </message>
    <message>
        <source>Got a fresh download link; resuming.</source>
        <translation>Se obtuvo un enlace de descarga nuevo; se reanuda.</translation>
    </message>
    <message>
        <source>The dump %1 is ready; downloading it from %2.</source>
        <translation>El volcado %1 está listo; se descarga desde %2.</translation>
    </message>
    <message>
        <source>Compressing it with gzip while it downloads.</source>
        <translation>Se comprime con gzip mientras se descarga.</translation>
    </message>
    <message>
        <source>Downloaded %1 in %2 s (%3/s).</source>
        <translation>Descargados %1 en %2 s (%3/s).</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 de %1: %2</translation>
    </message>
    <message>
        <source>Verifying: loading the dump into a temporary SQLite database…</source>
        <translation>Verificando: cargando el volcado en una base de datos SQLite temporal…</translation>
    </message>
    <message>
        <source>Loading the dump into the SQLite database %1…</source>
        <translation>Cargando el volcado en la base de datos SQLite %1…</translation>
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
        <translation>Filas por tabla tras cargar el volcado: %1.</translation>
    </message>
    <message>
        <source>Statement %1 is %2 long%3; D1 imports statements of at most 100 KB.</source>
        <translation>La sentencia %1 ocupa %2%3; D1 importa sentencias de 100 KB como máximo.</translation>
    </message>
    <message>
        <source> (a row of %1)</source>
        <translation> (una fila de %1)</translation>
    </message>
    <message>
        <source>Rows written to D1 between the count and the start of the export also show up as differences.</source>
        <translation>Las filas escritas en D1 entre el recuento y el inicio de la exportación también aparecen como diferencias.</translation>
    </message>
    <message>
        <source>Saved the SQLite database %1 (%2), SHA-256 %3.</source>
        <translation>Guardada la base de datos SQLite %1 (%2), SHA-256 %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved %1 in %2 s.</source>
        <translation>Guardado %1 en %2 s.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Cancelled; the SQL dump %1 had already been saved and was kept.</source>
        <translation>Cancelado; el volcado SQL %1 ya se había guardado y se conservó.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded and checked %n statement(s) in %1 s.</source>
        <translation>
            <numerusform>Cargada y comprobada %n sentencia en %1 s.</numerusform>
            <numerusform>Cargadas y comprobadas %n sentencias en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema only: the live rows are not counted.</source>
        <translation>Solo esquema: no se cuentan las filas en D1.</translation>
    </message>
    <message>
        <source>None of the chosen tables is one D1 exports itself, so D1 is not asked to export anything.</source>
        <translation>Ninguna de las tablas elegidas es de las que D1 exporta por sí mismo, así que no se pide ninguna exportación a D1.</translation>
    </message>
    <message>
        <source>no table named &quot;%1&quot; in %2.%3</source>
        <translation>no hay ninguna tabla llamada «%1» en %2.%3</translation>
    </message>
    <message>
        <source>%1 To include them, choose them too (command line: --table %2).</source>
        <translation>%1 Para incluirlas, elíjalas también (línea de comandos: --table %2).</translation>
    </message>
    <message>
        <source>a local database has no live row counts on D1 to compare with</source>
        <translation>una base de datos local no tiene recuentos de filas en vivo en D1 con los que comparar</translation>
    </message>
    <message>
        <source>Reading the local database %1 (read-only; a running wrangler dev is not disturbed).</source>
        <translation>Leyendo la base de datos local %1 (solo lectura; no se interfiere con un wrangler dev en ejecución).</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s).</source>
        <translation>
            <numerusform>%1: recreada con su %n fila.</numerusform>
            <numerusform>%1: recreada con sus %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the dump of the local database (%1).</source>
        <translation>Se escribió el volcado de la base de datos local (%1).</translation>
    </message>
    <message>
        <source>Restoring the values D1 rounded…</source>
        <translation>Restaurando los valores que D1 redondeó…</translation>
    </message>
    <message>
        <source>the fresh link is for another file (%1, not %2): the parts are not joined</source>
        <translation>el nuevo enlace es de otro archivo (%1, no %2): las partes no se unen</translation>
    </message>
    <message>
        <source>Export again once nothing writes to the database, to get those rows exact too.</source>
        <translation>Vuelva a exportar cuando nada escriba en la base de datos, para obtener también esas filas exactas.</translation>
    </message>
    <message>
        <source>a local database has no values on D1 to compare with</source>
        <translation>una base de datos local no tiene valores en D1 con los que comparar</translation>
    </message>
    <message>
        <source>Verifying while it downloads: loading the dump into a temporary SQLite database…</source>
        <translation>Verificando durante la descarga: cargando el volcado en una base de datos SQLite temporal…</translation>
    </message>
    <message>
        <source>the API (%1) is reached over HTTPS, but the download link it gave is plain HTTP (%2): the dump would travel unencrypted, so it was not downloaded</source>
        <translation>la API (%1) se alcanza por HTTPS, pero el enlace de descarga que dio es HTTP simple (%2): el volcado viajaría sin cifrar, así que no se descargó</translation>
    </message>
    <message>
        <source> %1 was left as it was.</source>
        <translation> %1 quedó como estaba.</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be read again exactly (%1), so nothing was saved: the dump would hold them rounded.%2 Try again later.</source>
        <translation>no se pudieron volver a leer con exactitud los valores que D1 redondeó (%1), por lo que no se guardó nada: el volcado los contendría redondeados.%2 Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Schema only: no values to compare with D1.</source>
        <translation>Solo esquema: no hay valores que comparar con D1.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the values of %n table(s) with D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>Comparando los valores de %n tabla con D1 (D1 factura cada fila que se lee)…</numerusform>
            <numerusform>Comparando los valores de %n tablas con D1 (D1 factura cada fila que se lee)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows written to D1 since the export also show up as differences.</source>
        <translation>Las filas escritas en D1 desde la exportación también aparecen como diferencias.</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be written back into the dump (%1), so nothing was saved.%2</source>
        <translation>no se pudieron volver a escribir en el volcado los valores que D1 redondeó (%1), por lo que no se guardó nada.%2</translation>
    </message>
</context>
<context>
    <name>d1x::ExportPollJob</name>
    <message>
        <source>the export answer has no known status</source>
        <translation>la respuesta de exportación no tiene un estado conocido</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>D1 refused even though the virtual tables were left out of the table list. Export the other tables in smaller groups, or report this so that a dump through /query can be added.</source>
        <translation>D1 lo rechazó aunque las tablas virtuales se excluyeron de la lista de tablas. Exporte las demás tablas en grupos más pequeños, o informe de ello para que se pueda añadir un volcado mediante /query.</translation>
    </message>
    <message>
        <source>D1 accepted the export (bookmark %1).</source>
        <translation>D1 aceptó la exportación (marcador %1).</translation>
    </message>
    <message>
        <source>the export answer has no bookmark to poll with</source>
        <translation>la respuesta de exportación no tiene marcador con el que consultar</translation>
    </message>
    <message>
        <source>D1 says an export is already running (%1). It is probably the one our lost request started; D1 cancels it once it goes unpolled. Trying again in %2 s.</source>
        <translation>D1 indica que ya hay una exportación en curso (%1). Probablemente sea la que inició nuestra solicitud perdida; D1 la cancela en cuanto deja de consultarse. Se reintenta en %2 s.</translation>
    </message>
    <message>
        <source>D1 ended the export while we waited for the rate limit (%1). Starting it again, once.</source>
        <translation>D1 terminó la exportación mientras esperábamos por el límite de frecuencia (%1). Se vuelve a iniciar, una vez.</translation>
    </message>
    <message>
        <source>D1 had not started the export after %1</source>
        <translation>D1 no había iniciado la exportación tras %1</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still preparing the dump after %1 (%n poll(s))</source>
        <translation>
            <numerusform>D1 seguía preparando el volcado tras %1 (%n consulta)</numerusform>
            <numerusform>D1 seguía preparando el volcado tras %1 (%n consultas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ExportReadiness</name>
    <message>
        <source>Choose a project folder and one of its local D1 databases.</source>
        <translation>Elija una carpeta de proyecto y una de sus bases de datos D1 locales.</translation>
    </message>
    <message>
        <source>Enter your Cloudflare credentials to begin.</source>
        <translation>Introduzca sus credenciales de Cloudflare para empezar.</translation>
    </message>
    <message>
        <source>Choose the account that owns the database.</source>
        <translation>Elija la cuenta propietaria de la base de datos.</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>Elija una base de datos para exportar.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Leyendo las tablas de %1…</translation>
    </message>
    <message>
        <source>Ready to export all of %1.</source>
        <translation>Listo para exportar %1 completa.</translation>
    </message>
    <message>
        <source>%1 has no tables; the export will hold only what D1 writes for an empty database.</source>
        <translation>%1 no tiene tablas; la exportación contendrá solo lo que D1 escribe para una base de datos vacía.</translation>
    </message>
    <message>
        <source>Check at least one table to export.</source>
        <translation>Marque al menos una tabla para exportar.</translation>
    </message>
    <message>
        <source>Ready to export %1.</source>
        <translation>Listo para exportar %1.</translation>
    </message>
</context>
<context>
    <name>d1x::ExportRequestCheck</name>
    <message>
        <source>no output file was chosen</source>
        <translation>no se eligió ningún archivo de salida</translation>
    </message>
    <message>
        <source>the SQL file and the SQLite file must differ</source>
        <translation>el archivo SQL y el archivo SQLite deben ser distintos</translation>
    </message>
    <message>
        <source>&quot;schema only&quot; and &quot;data only&quot; exclude each other</source>
        <translation>«solo esquema» y «solo datos» se excluyen mutuamente</translation>
    </message>
    <message>
        <source>a data-only dump cannot be loaded on its own, so it can be neither verified nor saved as an SQLite database</source>
        <translation>un volcado solo de datos no se puede cargar por sí solo, así que no se puede verificar ni guardar como base de datos SQLite</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 es una carpeta</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>la carpeta de %1 no existe</translation>
    </message>
    <message>
        <source>the folder of %1 is not writable</source>
        <translation>la carpeta de %1 no tiene permiso de escritura</translation>
    </message>
    <message>
        <source>nothing can be saved in the folder of %1 (%2)</source>
        <translation>no se puede guardar nada en la carpeta de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>d1x::ImportCommand</name>
    <message>
        <source>Say which state to restore with --bookmark B (an import prints the bookmark taken before it).</source>
        <translation>Indique qué estado restaurar con --bookmark B (una importación muestra el marcador tomado antes de ella).</translation>
    </message>
    <message>
        <source>Say which file to import with --input FILE (.sql, .sql.gz, .sqlite, .sqlite3 or .db).</source>
        <translation>Indique qué archivo importar con --input FILE (.sql, .sql.gz, .sqlite, .sqlite3 o .db).</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; check the path given to --input.</source>
        <translation>%1 no es un archivo que se pueda leer; compruebe la ruta indicada en --input.</translation>
    </message>
    <message numerus="yes">
        <source>To import: %1 (%2 bytes), %n statement(s)</source>
        <translation>
            <numerusform>Para importar: %1 (%2 bytes), %n sentencia</numerusform>
            <numerusform>Para importar: %1 (%2 bytes), %n sentencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual tables (recreated): %1</source>
        <translation>Tablas virtuales (recreadas): %1</translation>
    </message>
    <message numerus="yes">
        <source>Target: %1, which holds %n table(s) now.</source>
        <translation>
            <numerusform>Destino: %1, que ahora contiene %n tabla.</numerusform>
            <numerusform>Destino: %1, que ahora contiene %n tablas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: a new database, %1.</source>
        <translation>Destino: una base de datos nueva, %1.</translation>
    </message>
    <message>
        <source>D1 blocks the database while it imports.</source>
        <translation>D1 bloquea la base de datos mientras importa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s) (%2). Importing adds to them and may clash with what is there. Add --yes to import anyway (a Time Travel bookmark is taken first, so the import can be undone), or import into a new database with --create NAME.</source>
        <translation>
            <numerusform>%1 ya contiene %n tabla (%2). Importar añade datos a ella y puede chocar con lo que hay. Añada --yes para importar de todos modos (antes se toma un marcador de Time Travel, para poder deshacer la importación), o importe en una base de datos nueva con --create NAME.</numerusform>
            <numerusform>%1 ya contiene %n tablas (%2). Importar añade datos a ellas y puede chocar con lo que hay. Añada --yes para importar de todos modos (antes se toma un marcador de Time Travel, para poder deshacer la importación), o importe en una base de datos nueva con --create NAME.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Bookmark before the import: %1</source>
        <translation>Marcador antes de la importación: %1</translation>
    </message>
    <message>
        <source>To undo the import: %1</source>
        <translation>Para deshacer la importación: %1</translation>
    </message>
    <message>
        <source>or with wrangler: %1</source>
        <translation>o con wrangler: %1</translation>
    </message>
    <message>
        <source>Restoring %1 to the Time Travel bookmark %2…</source>
        <translation>Restaurando %1 al marcador de Time Travel %2…</translation>
    </message>
    <message>
        <source>the restore answer has no bookmark</source>
        <translation>la respuesta de la restauración no tiene marcador</translation>
    </message>
    <message>
        <source>%1 is restored to %2.</source>
        <translation>%1 está restaurada a %2.</translation>
    </message>
    <message>
        <source>To undo this restore: %1</source>
        <translation>Para deshacer esta restauración: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ImportController</name>
    <message>
        <source>D1 is importing the file; the database is blocked until it has finished.</source>
        <translation>D1 está importando el archivo; la base de datos está bloqueada hasta que termine.</translation>
    </message>
    <message>
        <source>%1: %2 in the file, %3 on D1</source>
        <translation>%1: %2 en el archivo, %3 en D1</translation>
    </message>
    <message numerus="yes">
        <source>Row counts on D1 equal the file&apos;s, table by table (%n table(s)).</source>
        <translation>
            <numerusform>Los recuentos de filas en D1 coinciden con los del archivo, tabla por tabla (%n tabla).</numerusform>
            <numerusform>Los recuentos de filas en D1 coinciden con los del archivo, tabla por tabla (%n tablas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts on D1 differ from the file&apos;s: %1</source>
        <translation>Los recuentos de filas en D1 difieren de los del archivo: %1</translation>
    </message>
    <message>
        <source>no account or target database was given</source>
        <translation>no se indicó ninguna cuenta ni base de datos de destino</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; choose the dump or database to import</source>
        <translation>%1 no es un archivo que se pueda leer; elija el volcado o la base de datos que importar</translation>
    </message>
    <message>
        <source>no temporary file could be made in %1: %2</source>
        <translation>no se pudo crear ningún archivo temporal en %1: %2</translation>
    </message>
    <message>
        <source>Preparing %1 for D1…</source>
        <translation>Preparando %1 para D1…</translation>
    </message>
    <message>
        <source>a database named %1 already exists; choose another name, or import into it (without --create / &quot;new database&quot;)</source>
        <translation>ya existe una base de datos llamada %1; elija otro nombre, o importe en ella (sin --create / «base de datos nueva»)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Prepared %1 bytes of SQL: %n statement(s), %2 table(s).</source>
        <translation>
            <numerusform>Se prepararon %1 bytes de SQL: %n sentencia, %2 tabla(s).</numerusform>
            <numerusform>Se prepararon %1 bytes de SQL: %n sentencias, %2 tabla(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) longer than D1&apos;s statement limit are written in pieces.</source>
        <translation>
            <numerusform>%n fila más larga que el límite de sentencia de D1 se escribe en trozos.</numerusform>
            <numerusform>%n filas más largas que el límite de sentencia de D1 se escriben en trozos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s): %2</source>
        <translation>
            <numerusform>%1 ya contiene %n tabla: %2</numerusform>
            <numerusform>%1 ya contiene %n tablas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Creando la base de datos %1…</translation>
    </message>
    <message>
        <source>the new database&apos;s id is missing from the answer</source>
        <translation>falta el id de la nueva base de datos en la respuesta</translation>
    </message>
    <message>
        <source>Created the database %1 (%2).</source>
        <translation>Se creó la base de datos %1 (%2).</translation>
    </message>
    <message>
        <source>Time Travel gave no bookmark</source>
        <translation>Time Travel no dio ningún marcador</translation>
    </message>
    <message>
        <source>Time Travel bookmark before the import: %1. To undo the import: %2 (or %3)</source>
        <translation>Marcador de Time Travel antes de la importación: %1. Para deshacer la importación: %2 (o %3)</translation>
    </message>
    <message>
        <source>Importing into %1: %2 bytes to upload.</source>
        <translation>Importando en %1: %2 bytes que subir.</translation>
    </message>
    <message numerus="yes">
        <source>D1 imported the file: %n quer(y/ies), %1 row(s) written, the database is now %2 bytes.</source>
        <translation>
            <numerusform>D1 importó el archivo: %n consulta, %1 fila(s) escrita(s), la base de datos ocupa ahora %2 bytes.</numerusform>
            <numerusform>D1 importó el archivo: %n consultas, %1 fila(s) escrita(s), la base de datos ocupa ahora %2 bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (one query; D1 bills the rows it reads)…</source>
        <translation>
            <numerusform>Contando las filas de %n tabla en D1 (una consulta; D1 factura las filas que lee)…</numerusform>
            <numerusform>Contando las filas de %n tablas en D1 (una consulta; D1 factura las filas que lee)…</numerusform>
        </translation>
    </message>
    <message>
        <source>D1 has the file and goes on by itself: it completes the import or rolls it back; the database stays blocked until then.</source>
        <translation>D1 tiene el archivo y sigue por su cuenta: completa la importación o la revierte; la base de datos sigue bloqueada hasta entonces.</translation>
    </message>
    <message>
        <source>The database %1 created for this import could not be deleted again: %2</source>
        <translation>No se pudo volver a eliminar la base de datos %1 creada para esta importación: %2</translation>
    </message>
    <message>
        <source>Deleted the database %1 created for this import again.</source>
        <translation>Se volvió a eliminar la base de datos %1 creada para esta importación.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed on D1.</source>
        <translation>Cancelado; no se cambió nada en D1.</translation>
    </message>
    <message>
        <source>Cancelled after D1 took the file: D1 completes the import or rolls it back on its own, and the database stays blocked until then.%1</source>
        <translation>Cancelado después de que D1 recibiera el archivo: D1 completa la importación o la revierte por su cuenta, y la base de datos sigue bloqueada hasta entonces.%1</translation>
    </message>
    <message>
        <source> To go back to the state before it afterwards: %1</source>
        <translation> Para volver después al estado anterior: %1</translation>
    </message>
    <message>
        <source>Cancelled before D1 took the file; nothing was changed on D1.</source>
        <translation>Cancelado antes de que D1 recibiera el archivo; no se cambió nada en D1.</translation>
    </message>
    <message>
        <source>Row counting cancelled; the import itself is complete.</source>
        <translation>Recuento de filas cancelado; la importación en sí está completa.</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark before the import (%2)…</source>
        <translation>Restaurando %1 al marcador anterior a la importación (%2)…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>%1 is back at its state before the import.%2</source>
        <translation>%1 ha vuelto al estado anterior a la importación.%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n table(s) of the same name as the file&apos;s: %2. D1 would refuse the whole import (&quot;table already exists&quot;), so nothing was sent. Import into a new database instead, or drop those tables first.</source>
        <translation>
            <numerusform>%1 ya tiene %n tabla con el mismo nombre que las del archivo: %2. D1 rechazaría toda la importación («table already exists»), así que no se envió nada. Importe en una base de datos nueva, o elimine antes esa tabla.</numerusform>
            <numerusform>%1 ya tiene %n tablas con el mismo nombre que las del archivo: %2. D1 rechazaría toda la importación («table already exists»), así que no se envió nada. Importe en una base de datos nueva, o elimine antes esas tablas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ImportJob</name>
    <message>
        <source>the import answer has no known status</source>
        <translation>la respuesta de la importación no tiene ningún estado conocido</translation>
    </message>
    <message>
        <source>D1 asked for an upload while importing</source>
        <translation>D1 pidió una subida durante la importación</translation>
    </message>
    <message>
        <source>D1 gave an upload address that is not a web address</source>
        <translation>D1 dio una dirección de subida que no es una dirección web</translation>
    </message>
    <message>
        <source>D1 gave no file name for the upload</source>
        <translation>D1 no dio ningún nombre de archivo para la subida</translation>
    </message>
    <message>
        <source>D1 is ready for the upload of %1 bytes.</source>
        <translation>D1 está listo para la subida de %1 bytes.</translation>
    </message>
    <message>
        <source>D1 already holds this file (md5 %1); no upload needed.</source>
        <translation>D1 ya tiene este archivo (md5 %1); no hace falta subirlo.</translation>
    </message>
    <message>
        <source>the import answer has no bookmark to poll with</source>
        <translation>la respuesta de la importación no tiene marcador con el que consultar el estado</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>the upload address redirected elsewhere (HTTP %1); an upload is never sent on</source>
        <translation>la dirección de subida redirigió a otro sitio (HTTP %1); una subida nunca se reenvía</translation>
    </message>
    <message numerus="yes">
        <source>the upload address expired %n time(s) in a row</source>
        <translation>
            <numerusform>la dirección de subida caducó %n vez seguida</numerusform>
            <numerusform>la dirección de subida caducó %n veces seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload address has expired; asking D1 for a fresh one.</source>
        <translation>La dirección de subida ha caducado; se pide otra nueva a D1.</translation>
    </message>
    <message>
        <source>the upload server answered HTTP %1</source>
        <translation>el servidor de subida respondió HTTP %1</translation>
    </message>
    <message>
        <source>the upload stalled</source>
        <translation>la subida se quedó detenida</translation>
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
            <numerusform>lo que llegó difería del archivo %n vez (ETag %1, md5 %2)</numerusform>
            <numerusform>lo que llegó difería del archivo %n veces (ETag %1, md5 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>What arrived differs from the file (ETag %1, md5 %2); uploading it again.</source>
        <translation>Lo que llegó difiere del archivo (ETag %1, md5 %2); se vuelve a subir.</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes in %2 s; the upload server confirmed the md5. Asking D1 to import it.</source>
        <translation>Se subieron %1 bytes en %2 s; el servidor de subida confirmó el md5. Se pide a D1 que lo importe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s); nothing was imported)</source>
        <translation>
            <numerusform>%1 (tras %n intento; no se importó nada)</numerusform>
            <numerusform>%1 (tras %n intentos; no se importó nada)</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload was interrupted (%1) after %2 bytes; sending the file again in %3 s (attempt %4 of %5).</source>
        <translation>La subida se interrumpió (%1) tras %2 bytes; se vuelve a enviar el archivo en %3 s (intento %4 de %5).</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still importing after %1 (%n poll(s)); it finishes or rolls back on its own</source>
        <translation>
            <numerusform>D1 seguía importando tras %1 (%n consulta de estado); termina o revierte por su cuenta</numerusform>
            <numerusform>D1 seguía importando tras %1 (%n consultas de estado); termina o revierte por su cuenta</numerusform>
        </translation>
    </message>
    <message>
        <source>Found D1&apos;s import of the file; following it.</source>
        <translation>Se encontró la importación del archivo en D1; se sigue.</translation>
    </message>
    <message>
        <source>The answer to the request to import the file was lost (%1). D1 may be importing it already, so it is not sent again: looking for the import under the bookmark from before it…</source>
        <translation>La respuesta a la solicitud de importar el archivo se perdió (%1). Puede que D1 ya lo esté importando, así que no se envía de nuevo: buscando la importación con el marcador de antes…</translation>
    </message>
    <message>
        <source>D1 started no import under that bookmark; asking for the upload again.</source>
        <translation>D1 no inició ninguna importación con ese marcador; se vuelve a pedir la subida.</translation>
    </message>
    <message>
        <source>The answer to the first request of the import was lost (%1). D1 starts importing at once when it still holds this file, so the request is not sent again before looking for an import under the bookmark from before it…</source>
        <translation>La respuesta a la primera solicitud de la importación se perdió (%1). D1 empieza a importar de inmediato si aún conserva este archivo, así que la solicitud no se reenvía antes de buscar una importación con el marcador de antes…</translation>
    </message>
</context>
<context>
    <name>d1x::LiveCountJob</name>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>Contando las filas de %n tabla en D1 (D1 factura cada fila que se lee)…</numerusform>
            <numerusform>Contando las filas de %n tablas en D1 (D1 factura cada fila que se lee)…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Reintentando en %2 s (intento %3).</translation>
    </message>
    <message>
        <source>The rows could not be counted on D1 (%1); the export goes on without the comparison.</source>
        <translation>No se pudieron contar las filas en D1 (%1); la exportación continúa sin la comparación.</translation>
    </message>
    <message>
        <source>the row counts came back incomplete</source>
        <translation>los recuentos de filas llegaron incompletos</translation>
    </message>
    <message>
        <source>D1 holds %1 rows in these tables.</source>
        <translation>D1 tiene %1 filas en estas tablas.</translation>
    </message>
</context>
<context>
    <name>d1x::LocalDatabaseLocator</name>
    <message>
        <source>There is no local development data yet: %1 does not exist. Create the local database first, e.g. with &quot;wrangler d1 migrations apply %2 --local&quot; or &quot;wrangler dev&quot; in %3%4.</source>
        <translation>Todavía no hay datos de desarrollo locales: %1 no existe. Cree primero la base de datos local, p. ej. con «wrangler d1 migrations apply %2 --local» o «wrangler dev» en %3%4.</translation>
    </message>
    <message>
        <source> with the same --persist-to</source>
        <translation> con el mismo --persist-to</translation>
    </message>
    <message>
        <source>The local database of %1 has not been created yet (no %2). Run &quot;wrangler d1 migrations apply %1 --local&quot; or &quot;wrangler d1 execute %1 --local --command …&quot; first, or start &quot;wrangler dev&quot; and use the database once.</source>
        <translation>La base de datos local de %1 aún no se ha creado (no hay %2). Ejecute primero «wrangler d1 migrations apply %1 --local» o «wrangler d1 execute %1 --local --command …», o inicie «wrangler dev» y use la base de datos una vez.</translation>
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
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>lectura de las columnas de %1</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>lectura de las filas de %1</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>no hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lectura del esquema</translation>
    </message>
    <message>
        <source>%1 is a virtual table; it must be recreated after the dump</source>
        <translation>%1 es una tabla virtual; debe recrearse después del volcado</translation>
    </message>
</context>
<context>
    <name>d1x::OutputStream</name>
    <message>
        <source>%1 did not take the dump: %2</source>
        <translation>%1 no aceptó el volcado: %2</translation>
    </message>
</context>
<context>
    <name>d1x::PagedCall</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>un ID contiene caracteres no permitidos</translation>
    </message>
</context>
<context>
    <name>d1x::Parser</name>
    <message>
        <source>a table header is not closed with ]</source>
        <translation>un encabezado de tabla no está cerrado con ]</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>unexpected text after a value</source>
        <translation>texto inesperado después de un valor</translation>
    </message>
    <message>
        <source>a key was expected</source>
        <translation>se esperaba una clave</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 está definido dos veces</translation>
    </message>
    <message>
        <source>%1 is not a table</source>
        <translation>%1 no es una tabla</translation>
    </message>
    <message>
        <source>= was expected after the key %1</source>
        <translation>se esperaba = después de la clave %1</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>una cadena no está cerrada</translation>
    </message>
    <message>
        <source>a \u escape needs hexadecimal digits</source>
        <translation>un escape \u necesita dígitos hexadecimales</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation>escape desconocido \%1 en una cadena</translation>
    </message>
    <message>
        <source>an array is not closed with ]</source>
        <translation>un array no está cerrado con ]</translation>
    </message>
    <message>
        <source>an inline table is not closed with }</source>
        <translation>una tabla en línea no está cerrada con }</translation>
    </message>
</context>
<context>
    <name>d1x::PollPacer</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Reintentando en %2 s (intento %3).</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached; waiting %1 s as it asks, then going on.</source>
        <translation>Se alcanzó el límite de frecuencia de Cloudflare; se esperan %1 s como pide y luego se continúa.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ProjectDatabase</name>
    <message>
        <source>The wrangler configuration %1 does not exist.</source>
        <translation>La configuración de wrangler %1 no existe.</translation>
    </message>
    <message>
        <source>No wrangler configuration (wrangler.json, wrangler.jsonc or wrangler.toml) in %1 or a folder above it. Run this in your Worker&apos;s project folder, or name the file with --config FILE.</source>
        <translation>No hay ninguna configuración de wrangler (wrangler.json, wrangler.jsonc o wrangler.toml) en %1 ni en una carpeta superior. Ejecute esto en la carpeta del proyecto de su Worker, o indique el archivo con --config FILE.</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases)%2, so there is no local database &quot;%3&quot;.</source>
        <translation>%1 no declara ninguna base de datos D1 (d1_databases)%2, así que no hay ninguna base de datos local «%3».</translation>
    </message>
    <message>
        <source> in the environment %1</source>
        <translation> en el entorno %1</translation>
    </message>
    <message>
        <source>%1 has no D1 database with the name or binding &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 no tiene ninguna base de datos D1 con el nombre o binding «%2» (tiene: %3).%4</translation>
    </message>
    <message>
        <source>%1 declares %2 without a database_id, which a remote export needs. Create the database (&quot;wrangler d1 create %2&quot;) and add its id, or export the local one with --local.</source>
        <translation>%1 declara %2 sin database_id, que una exportación remota necesita. Cree la base de datos («wrangler d1 create %2») y añada su id, o exporte la local con --local.</translation>
    </message>
</context>
<context>
    <name>d1x::SavedSecrets</name>
    <message>
        <source>Loaded the saved secret for %1 from the system keychain.</source>
        <translation>Se cargó el secreto guardado para %1 desde el llavero del sistema.</translation>
    </message>
    <message>
        <source>No saved secret for %1 was found in the system keychain.</source>
        <translation>No se encontró ningún secreto guardado para %1 en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved the secret in the system keychain.</source>
        <translation>Se guardó el secreto en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Moved the saved secret to an entry for %1 only.</source>
        <translation>El secreto guardado se movió a una entrada solo para %1.</translation>
    </message>
    <message>
        <source>Removed the secret from the system keychain.</source>
        <translation>Se quitó el secreto del llavero del sistema.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Your secret is kept for this session only and will not be remembered.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Su secreto se conserva solo durante esta sesión y no se recordará.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Your secret is kept for this session only.</source>
        <translation>No se pudo usar el llavero del sistema (%1). Su secreto se conserva solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>d1x::ValueRepairJob</name>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of D1&apos;s dump hold numbers D1 may have rounded (64-bit integers, infinities); reading just those again, as exact text…</source>
        <translation>
            <numerusform>%n fila del volcado de D1 contiene números que D1 pudo haber redondeado (enteros de 64 bits, infinitos); se vuelve a leer solo esa, como texto exacto…</numerusform>
            <numerusform>%n filas del volcado de D1 contienen números que D1 pudo haber redondeado (enteros de 64 bits, infinitos); se vuelven a leer solo esas, como texto exacto…</numerusform>
        </translation>
    </message>
    <message>
        <source>its columns are unknown</source>
        <translation>sus columnas son desconocidas</translation>
    </message>
    <message>
        <source>its key columns are not in the dump</source>
        <translation>sus columnas clave no están en el volcado</translation>
    </message>
    <message>
        <source>%1 has no key to find rows by: reading it in order up to row %2.</source>
        <translation>%1 no tiene clave para encontrar filas: se lee en orden hasta la fila %2.</translation>
    </message>
    <message numerus="yes">
        <source>no row on D1 holds these values now (%n row(s) with its key)</source>
        <translation>
            <numerusform>ninguna fila en D1 contiene ya estos valores (%n fila con su clave)</numerusform>
            <numerusform>ninguna fila en D1 contiene ya estos valores (%n filas con su clave)</numerusform>
        </translation>
    </message>
    <message>
        <source>the row is no longer on D1</source>
        <translation>la fila ya no está en D1</translation>
    </message>
    <message>
        <source>its columns differ on D1</source>
        <translation>sus columnas son distintas en D1</translation>
    </message>
    <message>
        <source>%1 is now %2 on D1 (row %3 of the table)</source>
        <translation>%1 es ahora %2 en D1 (fila %3 de la tabla)</translation>
    </message>
    <message>
        <source>%1, line %2 of the dump: %3</source>
        <translation>%1, línea %2 del volcado: %3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the dump again with %n exact value(s)…</source>
        <translation>
            <numerusform>Reescribiendo el volcado con %n valor exacto…</numerusform>
            <numerusform>Reescribiendo el volcado con %n valores exactos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::VirtualTableReadJob</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Reintentando en %2 s (intento %3).</translation>
    </message>
    <message>
        <source>%1: recreated (schema only).</source>
        <translation>%1: recreada (solo esquema).</translation>
    </message>
    <message>
        <source>%1: recreated; its index is rebuilt from %2 on import.</source>
        <translation>%1: recreada; su índice se reconstruye a partir de %2 al importar.</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>the rows of the virtual table %1 could not be read (%2); a dump without them would be incomplete, so nothing was saved. Try again, or choose schema only to export its definition alone.</source>
        <translation>no se pudieron leer las filas de la tabla virtual %1 (%2); un volcado sin ellas estaría incompleto, así que no se guardó nada. Vuelva a intentarlo o elija solo el esquema para exportar únicamente su definición.</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s), read through /query.</source>
        <translation>
            <numerusform>%1: recreada con su %n fila, leída mediante /query.</numerusform>
            <numerusform>%1: recreada con sus %n filas, leídas mediante /query.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::WranglerConfig</name>
    <message>
        <source>The wrangler configuration %1 cannot be read: %2.</source>
        <translation>No se puede leer la configuración de wrangler %1: %2.</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid TOML (%2).</source>
        <translation>La configuración de wrangler %1 no es TOML válido (%2).</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid JSON (%2).</source>
        <translation>La configuración de wrangler %1 no es JSON válido (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>%1 defines no environments, so there is no --env %2.</source>
        <translation>%1 no define ningún entorno, así que no hay --env %2.</translation>
    </message>
    <message>
        <source>%1 has no environment &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 no tiene ningún entorno «%2» (tiene: %3).%4</translation>
    </message>
</context>
<context>
    <name>d1x::ui::AccountCombo</name>
    <message>
        <source>Pick an account or paste its ID</source>
        <translation>Elija una cuenta o pegue su ID</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>ID de cuenta: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::BackupDialog</name>
    <message>
        <source>Back up &amp;all databases of the account, also ones created later</source>
        <translation>Copi&amp;ar todas las bases de datos de la cuenta, también las que se creen más adelante</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Marcar &amp;ninguna</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Compress with &amp;gzip (.sql.gz)</source>
        <translation>Comprimir con &amp;gzip (.sql.gz)</translation>
    </message>
    <message>
        <source>Also save each as an S&amp;QLite database</source>
        <translation>Guardar también cada una como base de datos S&amp;QLite</translation>
    </message>
    <message>
        <source>Chec&amp;k each dump after saving</source>
        <translation>Co&amp;mprobar cada volcado al guardar</translation>
    </message>
    <message>
        <source>Compare row counts with &amp;D1</source>
        <translation>Comparar recuentos de filas con &amp;D1</translation>
    </message>
    <message>
        <source>Back Up Databases</source>
        <translation>Copia de seguridad de bases de datos</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <source>Filter databases</source>
        <translation>Filtrar bases de datos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation>Bases de datos que copiar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Databases to back &amp;up:</source>
        <translation>Ba&amp;ses de datos que copiar:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Folder for the dumps and manifest.json</source>
        <translation>Carpeta para los volcados y manifest.json</translation>
    </message>
    <message>
        <source>D1 backups</source>
        <translation>Copias de D1</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>Load each saved dump into a temporary SQLite database: row counts per table, and statements too long to load back into D1.</source>
        <translation>Cargar cada volcado guardado en una base de datos SQLite temporal: recuento de filas por tabla y sentencias demasiado largas para volver a cargarlas en D1.</translation>
    </message>
    <message>
        <source>Before each export, count the rows of every table on D1 with one query and compare them with the dump.</source>
        <translation>Antes de cada exportación, contar las filas de cada tabla en D1 con una consulta y compararlas con el volcado.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Every database the account has when the backup starts.</source>
        <translation>Todas las bases de datos que tenga la cuenta cuando empiece la copia.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>Marcadas: %1 de %n</numerusform>
            <numerusform>Marcadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one database, or back up all of them.</source>
        <translation>Marque al menos una base de datos, o cópielas todas.</translation>
    </message>
    <message>
        <source>Choose the folder the backups go into.</source>
        <translation>Elija la carpeta donde van las copias.</translation>
    </message>
    <message>
        <source>Folder for the Backups</source>
        <translation>Carpeta para las copias</translation>
    </message>
    <message>
        <source>Compare &amp;values with D1</source>
        <translation>Comparar &amp;valores con D1</translation>
    </message>
    <message>
        <source>After saving, load each dump once more and compare every table&apos;s values with D1&apos;s by fingerprints (the same SQL on both sides).</source>
        <translation>Tras guardar, cargar de nuevo cada volcado y comparar los valores de cada tabla con los de D1 mediante huellas (el mismo SQL en ambos lados).</translation>
    </message>
    <message>
        <source>Counting reads every row once, comparing values once more, and D1 bills rows read.</source>
        <translation>El recuento lee cada fila una vez, la comparación de valores una vez más, y D1 factura las filas leídas.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::CredentialsPanel</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Recordar en el llavero del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>API token (recommended)</source>
        <translation>Token de API (recomendado)</translation>
    </message>
    <message>
        <source>Email and global API key</source>
        <translation>Correo y clave de API global</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Iniciar sesi&amp;ón con:</translation>
    </message>
    <message>
        <source>Paste an API token with D1 read permission</source>
        <translation>Pegue un token de API con permiso de lectura de D1</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>To&amp;ken de API:</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Create a token&lt;/a&gt; (My Profile → API Tokens, D1 Read)</source>
        <translation>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Crear un token&lt;/a&gt; (My Profile → API Tokens, D1 Read)</translation>
    </message>
    <message>
        <source>Opens the Cloudflare dashboard in your browser</source>
        <translation>Abre el panel de Cloudflare en el navegador</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>Correo de la cuenta</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Corr&amp;eo:</translation>
    </message>
    <message>
        <source>Global API key from your Cloudflare profile</source>
        <translation>Clave de API global de su perfil de Cloudflare</translation>
    </message>
    <message>
        <source>Global API key</source>
        <translation>Clave de API global</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>Clave de API &amp;global:</translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain so you need not paste it again. It is never written to the settings file.</source>
        <translation>Guardar el secreto en el llavero del sistema para no tener que pegarlo otra vez. Nunca se escribe en el archivo de configuración.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar la configuración avanzada</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Where the Cloudflare API lives. Change it only for a proxy or a local emulator; plain http is accepted for this computer only.</source>
        <translation>Dónde está la API de Cloudflare. Cámbiela solo para un proxy o un emulador local; el http sin cifrar solo se acepta para este equipo.</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>URL base &amp;de la API:</translation>
    </message>
    <message>
        <source>Ask Cloudflare whether these credentials work (Enter in the secret field)</source>
        <translation>Preguntar a Cloudflare si estas credenciales funcionan (Intro en el campo del secreto)</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Aún sin verificar.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Ocultar la configuración avanzada</translation>
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
        <translation>Jurisdicción: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Almacenamiento: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabasePicker</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Cloudflare account</source>
        <translation>Cuenta de Cloudflare</translation>
    </message>
    <message>
        <source>The account that owns the database. Account-owned tokens cannot list accounts: paste the account ID from the dashboard instead.</source>
        <translation>La cuenta propietaria de la base de datos. Los tokens propiedad de una cuenta no pueden listar cuentas: pegue en su lugar el ID de cuenta del panel.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Reload the list of accounts</source>
        <translation>Volver a cargar la lista de cuentas</translation>
    </message>
    <message>
        <source>Reload accounts</source>
        <translation>Recargar cuentas</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nombre o ID</translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation>Buscar bases de datos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Load the list of databases again</source>
        <translation>Volver a cargar la lista de bases de datos</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de datos</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>Elija una cuenta para ver sus bases de datos.</translation>
    </message>
    <message>
        <source>This account has no D1 databases.</source>
        <translation>Esta cuenta no tiene bases de datos D1.</translation>
    </message>
    <message numerus="yes">
        <source>Databases: %n</source>
        <translation>
            <numerusform>Bases de datos: %n</numerusform>
            <numerusform>Bases de datos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Databases: %1 of %n match the search</source>
        <translation>
            <numerusform>Bases de datos: %1 de %n coincide con la búsqueda</numerusform>
            <numerusform>Bases de datos: %1 de %n coinciden con la búsqueda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>the emulator did not report that it was ready within %n second(s)</source>
        <translation>
            <numerusform>el emulador no informó de que estaba listo en %n segundo</numerusform>
            <numerusform>el emulador no informó de que estaba listo en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>no se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>the emulator stopped unexpectedly. %1</source>
        <translation>el emulador se detuvo inesperadamente. %1</translation>
    </message>
    <message>
        <source>the emulator exited with code %1. %2</source>
        <translation>el emulador terminó con el código %1. %2</translation>
    </message>
    <message>
        <source>the emulator program was not found at %1</source>
        <translation>no se encontró el programa emulador en %1</translation>
    </message>
    <message>
        <source>the emulator did not say where it listens</source>
        <translation>el emulador no indicó dónde escucha</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DependencyNote</name>
    <message numerus="yes">
        <source>Add %n Table(s)</source>
        <translation>
            <numerusform>Añadir %n tabla</numerusform>
            <numerusform>Añadir %n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1 too</source>
        <translation>Exportar también %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Include related ob&amp;jects</source>
        <translation>Incluir ob&amp;jetos relacionados</translation>
    </message>
    <message>
        <source>Check the dump after sav&amp;ing</source>
        <translation>Co&amp;mprobar el volcado al guardar</translation>
    </message>
    <message>
        <source>Compare row counts with D1</source>
        <translation>Comparar recuentos de filas con D1</translation>
    </message>
    <message>
        <source>Also save as S&amp;QLite</source>
        <translation>Guardar también como S&amp;QLite</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>El recuento lee cada fila una vez, y D1 factura las filas leídas.</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, which D1&apos;s table filter leaves out.</source>
        <translation>Índices y disparadores de las tablas elegidas, que el filtro de tablas de D1 omite.</translation>
    </message>
    <message>
        <source>Loads it into SQLite: rows per table, statements too long for D1.</source>
        <translation>Lo carga en SQLite: filas por tabla, sentencias demasiado largas para D1.</translation>
    </message>
    <message>
        <source>A .sqlite database beside the SQL file.</source>
        <translation>Una base de datos .sqlite junto al archivo SQL.</translation>
    </message>
    <message>
        <source>A data-only dump holds no indexes or triggers.</source>
        <translation>Un volcado solo de datos no contiene índices ni disparadores.</translation>
    </message>
    <message>
        <source>Every table is chosen: D1 exports all indexes and triggers anyway.</source>
        <translation>Todas las tablas están elegidas: D1 exporta de todos modos todos los índices y disparadores.</translation>
    </message>
    <message>
        <source>D1&apos;s table filter keeps only the objects named in it, so a partial export would lose the indexes and triggers of the chosen tables. With this on they are exported too.</source>
        <translation>El filtro de tablas de D1 solo conserva los objetos que nombra, así que una exportación parcial perdería los índices y disparadores de las tablas elegidas. Con esta opción activada, también se exportan.</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own, so it cannot be checked.</source>
        <translation>Un volcado solo de datos no se puede cargar por sí solo, así que no se puede comprobar.</translation>
    </message>
    <message>
        <source>A schema-only dump has no rows to compare.</source>
        <translation>Un volcado solo de esquema no tiene filas que comparar.</translation>
    </message>
    <message>
        <source>Just before the export, count the rows of every exported table on D1 with one query, and compare them with the rows of the saved dump.</source>
        <translation>Justo antes de la exportación, contar las filas de cada tabla exportada en D1 con una consulta y compararlas con las filas del volcado guardado.</translation>
    </message>
    <message>
        <source>Load the dump into a new SQLite database and save it beside the SQL file, with the same name ending in .sqlite. To save only the SQLite database, choose that file type when saving.</source>
        <translation>Cargar el volcado en una base de datos SQLite nueva y guardarla junto al archivo SQL, con el mismo nombre terminado en .sqlite. Para guardar solo la base de datos SQLite, elija ese tipo de archivo al guardar.</translation>
    </message>
    <message>
        <source>Comparing row counts and saving an SQLite database both load the dump, which checks it.</source>
        <translation>Tanto comparar los recuentos de filas como guardar una base de datos SQLite cargan el volcado, con lo que queda comprobado.</translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation>Abandonar tras (minutos)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Abandonar tras</translation>
    </message>
    <message>
        <source>when D1 has not produced the dump by then, waits for Cloudflare&apos;s rate limit included.</source>
        <translation>si D1 no ha generado el volcado para entonces, esperas por el límite de frecuencia de Cloudflare incluidas.</translation>
    </message>
    <message>
        <source>Compare values with D1</source>
        <translation>Comparar valores con D1</translation>
    </message>
    <message>
        <source>Fingerprints of every value, by the same SQL on D1 and on the saved dump: reads every row once more, and D1 bills rows read.</source>
        <translation>Huellas de cada valor, con el mismo SQL en D1 y en el volcado guardado: vuelve a leer cada fila, y D1 factura las filas leídas.</translation>
    </message>
    <message>
        <source>A schema-only dump has no values to compare.</source>
        <translation>Un volcado solo de esquema no tiene valores que comparar.</translation>
    </message>
    <message>
        <source>After saving, load the dump once more and compare every exported table&apos;s values with D1&apos;s by fingerprints; a difference names the table and row.</source>
        <translation>Tras guardar, cargar de nuevo el volcado y comparar los valores de cada tabla exportada con los de D1 mediante huellas; una diferencia indica la tabla y la fila.</translation>
    </message>
    <message>
        <source>Load the dump into a temporary SQLite database while it downloads: row counts per table, and statements too long to load back into D1.</source>
        <translation>Cargar el volcado en una base de datos SQLite temporal mientras se descarga: recuento de filas por tabla y sentencias demasiado largas para volver a cargarlas en D1.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>O&amp;pen Folder</source>
        <translation>Ab&amp;rir carpeta</translation>
    </message>
    <message>
        <source>Cop&amp;y Path</source>
        <translation>Co&amp;piar ruta</translation>
    </message>
    <message>
        <source>Choose where to save, then export (Ctrl+E)</source>
        <translation>Elegir dónde guardar y exportar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Stop the export; no file is written (Esc)</source>
        <translation>Detener la exportación; no se escribe ningún archivo (Esc)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Registro de progreso</translation>
    </message>
    <message>
        <source>Show the saved file&apos;s folder in the file manager</source>
        <translation>Mostrar la carpeta del archivo guardado en el gestor de archivos</translation>
    </message>
    <message>
        <source>Copy the saved file&apos;s full path to the clipboard</source>
        <translation>Copiar la ruta completa del archivo guardado al portapapeles</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>Elija una base de datos para exportar.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4 left</source>
        <translation>%1 de %2 · %3 · faltan %4</translation>
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
        <translation>Guardado %1: %2 en %3.</translation>
    </message>
    <message>
        <source>You cancelled the export. No file was written; an existing file with that name was left as it was.</source>
        <translation>Ha cancelado la exportación. No se escribió ningún archivo; un archivo existente con ese nombre quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 transcurridos</translation>
    </message>
    <message>
        <source>Loading the saved dump into SQLite to check it…</source>
        <translation>Cargando el volcado guardado en SQLite para comprobarlo…</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>Comprobado %1 de %2</translation>
    </message>
    <message>
        <source>%1 compressed to %2, in %3</source>
        <translation>%1 comprimido a %2, en %3</translation>
    </message>
    <message numerus="yes">
        <source>It loads into SQLite, but %n statement(s) are too long to load back into D1.</source>
        <translation>
            <numerusform>Se carga en SQLite, pero %n sentencia es demasiado larga para volver a cargarla en D1.</numerusform>
            <numerusform>Se carga en SQLite, pero %n sentencias son demasiado largas para volver a cargarlas en D1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: it loads into SQLite (%1 rows).</source>
        <translation>Comprobado: se carga en SQLite (%1 filas).</translation>
    </message>
    <message>
        <source>Back Up…</source>
        <translation>Copia de seguridad…</translation>
    </message>
    <message>
        <source>Export several databases of this account, or all of them, into one folder with a manifest (Ctrl+B)</source>
        <translation>Exportar varias bases de datos de esta cuenta, o todas, a una misma carpeta con un manifiesto (Ctrl+B)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row count(s) differ from D1: see the report.</source>
        <translation>
            <numerusform>%n recuento de filas difiere de D1: consulte el informe.</numerusform>
            <numerusform>%n recuentos de filas difieren de D1: consulte el informe.</numerusform>
        </translation>
    </message>
    <message>
        <source>But it does not load into SQLite: see the report.</source>
        <translation>Pero no se carga en SQLite: consulte el informe.</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>Copiando en %1…</translation>
    </message>
    <message>
        <source>Listing the databases…</source>
        <translation>Listando las bases de datos…</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 de %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>You cancelled the backup after %n database(s); what was saved is in the manifest.</source>
        <translation>
            <numerusform>Ha cancelado la copia tras %n base de datos; lo que se guardó figura en el manifiesto.</numerusform>
            <numerusform>Ha cancelado la copia tras %n bases de datos; lo que se guardó figura en el manifiesto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Copia terminada</translation>
    </message>
    <message>
        <source>Backup finished with problems</source>
        <translation>Copia terminada con problemas</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s).</source>
        <translation>
            <numerusform>%1 de %n base de datos copiada.</numerusform>
            <numerusform>%1 de %n bases de datos copiadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the report.</source>
        <translation>
            <numerusform>%n no se completó: consulte el informe.</numerusform>
            <numerusform>%n no se completaron: consulte el informe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>No se pudo escribir el manifiesto: %1</translation>
    </message>
    <message>
        <source>Reading the saved dump for values D1 rounded…</source>
        <translation>Buscando en el volcado guardado valores que D1 redondeó…</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare&apos;s rate limit: going on in %n s</source>
        <translation>
            <numerusform>Límite de frecuencia de Cloudflare: se continúa en %n s</numerusform>
            <numerusform>Límite de frecuencia de Cloudflare: se continúa en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Count &amp;rows after the import</source>
        <translation>Contar las &amp;filas tras la importación</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Import into D1</source>
        <translation>Importar en D1</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>A .sql or .sql.gz dump, or an SQLite database (.sqlite, .sqlite3, .db)</source>
        <translation>Un volcado .sql o .sql.gz, o una base de datos SQLite (.sqlite, .sqlite3, .db)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>En:</translation>
    </message>
    <message>
        <source>After the import, count the rows of every table on D1 with one query and compare them with the file.</source>
        <translation>Tras la importación, contar las filas de cada tabla en D1 con una consulta y compararlas con el archivo.</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>El recuento lee cada fila una vez, y D1 factura las filas leídas.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Registro de la importación</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Repor&amp;t</source>
        <translation>Infor&amp;me</translation>
    </message>
    <message>
        <source>Restore the database to the Time Travel bookmark taken before the import (asks first)</source>
        <translation>Restaurar la base de datos al marcador de Time Travel tomado antes de la importación (pregunta antes)</translation>
    </message>
    <message>
        <source>Stop the import. Before D1 starts loading the file nothing changes on D1.</source>
        <translation>Detener la importación. Antes de que D1 empiece a cargar el archivo, no cambia nada en D1.</translation>
    </message>
    <message>
        <source>Turn the file into SQL that D1 loads and show what will be imported; nothing is sent to D1 yet</source>
        <translation>Convertir el archivo en SQL que D1 carga y mostrar lo que se importará; aún no se envía nada a D1</translation>
    </message>
    <message>
        <source>Upload the prepared SQL and let D1 import it</source>
        <translation>Subir el SQL preparado y dejar que D1 lo importe</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que importar.</translation>
    </message>
    <message>
        <source>%1 is not a file that exists: choose the file again.</source>
        <translation>%1 no es un archivo que exista: vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>No se puede leer %1: compruebe sus permisos.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>SQL dumps and SQLite databases (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Volcados SQL y bases de datos SQLite (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The choices changed: prepare again.</source>
        <translation>Las opciones cambiaron: prepare de nuevo.</translation>
    </message>
    <message>
        <source>Preparing %1 for %2…</source>
        <translation>Preparando %1 para %2…</translation>
    </message>
    <message>
        <source>Not imported: nothing was sent to D1.</source>
        <translation>No importado: no se envió nada a D1.</translation>
    </message>
    <message>
        <source>You cancelled before importing: nothing changed on D1.</source>
        <translation>Ha cancelado antes de importar: no cambió nada en D1.</translation>
    </message>
    <message>
        <source>Undo the Import?</source>
        <translation>¿Deshacer la importación?</translation>
    </message>
    <message>
        <source>Restore %1 to the Time Travel bookmark taken before the import?</source>
        <translation>¿Restaurar %1 al marcador de Time Travel tomado antes de la importación?</translation>
    </message>
    <message>
        <source>Everything written to %1 since that bookmark is undone: the import, and anything else written to it meanwhile. D1 keeps a bookmark of the state before the restore.</source>
        <translation>Se deshace todo lo escrito en %1 desde ese marcador: la importación y cualquier otra cosa escrita en ella mientras tanto. D1 guarda un marcador del estado anterior a la restauración.</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>D1 is working on %1.</source>
        <translation>D1 está trabajando en %1.</translation>
    </message>
    <message>
        <source>The import has not reached D1 yet.</source>
        <translation>La importación aún no ha llegado a D1.</translation>
    </message>
    <message>
        <source>Close anyway? D1 goes on on its own and either completes or rolls back; the database stays blocked until then.</source>
        <translation>¿Cerrar de todos modos? D1 sigue por su cuenta y completa o revierte la importación; la base de datos sigue bloqueada hasta entonces.</translation>
    </message>
    <message>
        <source>Cancel it and close? Nothing changes on D1.</source>
        <translation>¿Cancelarla y cerrar? No cambia nada en D1.</translation>
    </message>
    <message>
        <source>Ready: Prepare turns the file into SQL that D1 loads. Nothing is sent yet.</source>
        <translation>Listo: Preparar convierte el archivo en SQL que D1 carga. Aún no se envía nada.</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>Preparando el archivo…</translation>
    </message>
    <message>
        <source>Prepared: check the summary, then Import.</source>
        <translation>Preparado: revise el resumen y luego pulse Importar.</translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Creando la base de datos %1…</translation>
    </message>
    <message>
        <source>Taking a Time Travel bookmark of %1…</source>
        <translation>Tomando un marcador de Time Travel de %1…</translation>
    </message>
    <message>
        <source>Uploading the SQL for %1…</source>
        <translation>Subiendo el SQL para %1…</translation>
    </message>
    <message>
        <source>D1 is importing into %1; the database is blocked until it is done…</source>
        <translation>D1 está importando en %1; la base de datos está bloqueada hasta que termine…</translation>
    </message>
    <message>
        <source>Counting the rows of %1 on D1…</source>
        <translation>Contando las filas de %1 en D1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importación fallida</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark taken before the import…</source>
        <translation>Restaurando %1 al marcador tomado antes de la importación…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importación deshecha</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>Leído %1 de %2</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2</source>
        <translation>Subido %1 de %2</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3</source>
        <translation>Subido %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3 · %4 left</source>
        <translation>Subido %1 de %2 · %3 · faltan %4</translation>
    </message>
    <message>
        <source>D1 has been importing for %1</source>
        <translation>D1 lleva importando %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 transcurridos</translation>
    </message>
    <message>
        <source>%1 already holds tables: read the warning before you import.</source>
        <translation>%1 ya contiene tablas: lea la advertencia antes de importar.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written in %3.</source>
        <translation>Importado en %1: %2 filas escritas en %3.</translation>
    </message>
    <message>
        <source>Undo Import restores the bookmark taken before it.</source>
        <translation>Deshacer importación restaura el marcador tomado antes de ella.</translation>
    </message>
    <message>
        <source>You stopped following the import, but D1 had already started loading it: D1 either completes the import or rolls it back on its own, and %1 stays blocked until then.</source>
        <translation>Ha dejado de seguir la importación, pero D1 ya había empezado a cargarla: D1 completa la importación o la revierte por su cuenta, y %1 sigue bloqueada hasta entonces.</translation>
    </message>
    <message>
        <source>The import into %1 completed; only the row count was cancelled.</source>
        <translation>La importación en %1 se completó; solo se canceló el recuento de filas.</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it: nothing changed in %1.</source>
        <translation>Ha cancelado la importación antes de que D1 empezara a cargarla: no cambió nada en %1.</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it. The new database %1 could not be deleted again and is empty: see the log.</source>
        <translation>Ha cancelado la importación antes de que D1 empezara a cargarla. La nueva base de datos %1 no se pudo volver a eliminar y está vacía: consulte el registro.</translation>
    </message>
    <message>
        <source>Undo failed: %1 %2</source>
        <translation>No se pudo deshacer: %1 %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>Deshecho: %1 ha vuelto al marcador tomado antes de la importación.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportReportView</name>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Bookmark before:</source>
        <translation>Marcador anterior:</translation>
    </message>
    <message>
        <source>Time Travel bookmark taken before the import</source>
        <translation>Marcador de Time Travel tomado antes de la importación</translation>
    </message>
    <message>
        <source>Final bookmark:</source>
        <translation>Marcador final:</translation>
    </message>
    <message>
        <source>Time Travel bookmark after the import</source>
        <translation>Marcador de Time Travel después de la importación</translation>
    </message>
    <message>
        <source>Undo from the command line:</source>
        <translation>Deshacer desde la línea de comandos:</translation>
    </message>
    <message>
        <source>Command line that undoes the import</source>
        <translation>Línea de comandos que deshace la importación</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Filas por tabla</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Filas en el archivo</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>Filas en D1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>The report of the import appears here: the bookmarks before and after it, and the rows of every table.</source>
        <translation>Aquí aparece el informe de la importación: los marcadores de antes y después, y las filas de cada tabla.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written by %3 queries.</source>
        <translation>Importado en %1: %2 filas escritas por %3 consultas.</translation>
    </message>
    <message>
        <source>The import into %1 was cancelled.</source>
        <translation>Se canceló la importación en %1.</translation>
    </message>
    <message>
        <source>The import into %1 failed: %2</source>
        <translation>La importación en %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 (%2), created for this import</source>
        <translation>%1 (%2), creada para esta importación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uploaded %1; D1 ran %2 queries, read %3 rows and wrote %4 in %5.</source>
        <translation>Subido %1; D1 ejecutó %2 consultas, leyó %3 filas y escribió %4 en %5.</translation>
    </message>
    <message>
        <source>The database is now %1.</source>
        <translation>La base de datos ocupa ahora %1.</translation>
    </message>
    <message>
        <source>Rows on D1 were not counted: turn on &quot;Count rows after the import&quot; to compare them with the file.</source>
        <translation>No se contaron las filas en D1: active «Contar las filas tras la importación» para compararlas con el archivo.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>not on D1</source>
        <translation>no está en D1</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>difiere en %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1, but %n table(s) hold another number of rows than the file: see below. A database that held rows before the import keeps them.</source>
        <translation>
            <numerusform>Importado en %1, pero %n tabla contiene un número de filas distinto del archivo: vea abajo. Una base de datos que tenía filas antes de la importación las conserva.</numerusform>
            <numerusform>Importado en %1, pero %n tablas contienen un número de filas distinto del archivo: vea abajo. Una base de datos que tenía filas antes de la importación las conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed: %1 %2 is as the import left it.</source>
        <translation>No se pudo deshacer: %1 %2 está como la dejó la importación.</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>Deshecho: %1 ha vuelto al marcador tomado antes de la importación.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportSummaryView</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables and rows in the file</source>
        <translation>Tablas y filas del archivo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Choose the file and where it goes, then Prepare. Nothing is sent to D1 before you confirm: the file is first turned into SQL that D1 loads, and its figures appear here.</source>
        <translation>Elija el archivo y su destino, y luego pulse Preparar. No se envía nada a D1 antes de que confirme: el archivo se convierte primero en SQL que D1 carga, y sus cifras aparecen aquí.</translation>
    </message>
    <message>
        <source>Ready to create %1 and import into it. Check the figures, then Import.</source>
        <translation>Listo para crear %1 e importar en ella. Revise las cifras y luego pulse Importar.</translation>
    </message>
    <message>
        <source>Ready to import into %1. Check the figures, then Import.</source>
        <translation>Listo para importar en %1. Revise las cifras y luego pulse Importar.</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Archivo: %1 (%2)</translation>
    </message>
    <message>
        <source>To upload: %1 of SQL in %2 statements</source>
        <translation>Para subir: %1 de SQL en %2 sentencias</translation>
    </message>
    <message>
        <source>Tables: %1, with %2 rows</source>
        <translation>Tablas: %1, con %2 filas</translation>
    </message>
    <message>
        <source>Virtual tables recreated: %1</source>
        <translation>Tablas virtuales recreadas: %1</translation>
    </message>
    <message>
        <source>Rows longer than D1&apos;s 100 KB statement limit, written in pieces that D1 joins again: %1</source>
        <translation>Filas más largas que el límite de 100 KB por sentencia de D1, escritas en trozos que D1 vuelve a unir: %1</translation>
    </message>
    <message>
        <source>Rows written in pieces: none</source>
        <translation>Filas escritas en trozos: ninguna</translation>
    </message>
    <message>
        <source>Left out: nothing</source>
        <translation>Omitido: nada</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Omitido:</translation>
    </message>
    <message>
        <source>%1 (virtual)</source>
        <translation>%1 (virtual)</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s). The import runs on top of them: it adds rows, and can change or overwrite what is there.</source>
        <translation>
            <numerusform>%1 ya contiene %n tabla. La importación se ejecuta sobre ella: añade filas y puede cambiar o sobrescribir lo que hay.</numerusform>
            <numerusform>%1 ya contiene %n tablas. La importación se ejecuta sobre ellas: añade filas y puede cambiar o sobrescribir lo que hay.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the file too: %1.</source>
        <translation>También en el archivo: %1.</translation>
    </message>
    <message>
        <source>A Time Travel bookmark of %1 is taken first: Undo Import goes back to it.</source>
        <translation>Antes se toma un marcador de Time Travel de %1: Deshacer importación vuelve a él.</translation>
    </message>
    <message>
        <source>Tables %1 holds now: %2</source>
        <translation>Tablas que contiene ahora %1: %2</translation>
    </message>
    <message>
        <source>%1 is created first, then the file is imported into it.</source>
        <translation>Primero se crea %1 y luego se importa el archivo en ella.</translation>
    </message>
    <message>
        <source>%1 holds no tables yet.</source>
        <translation>%1 aún no contiene tablas.</translation>
    </message>
    <message>
        <source>While D1 imports, it blocks the database: queries and exports of it wait until the import completes. D1 imports all or nothing: if the import fails, the database stays as it was.</source>
        <translation>Mientras D1 importa, bloquea la base de datos: las consultas y exportaciones de ella esperan hasta que termine la importación. D1 importa todo o nada: si la importación falla, la base de datos queda como estaba.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportTargetChooser</name>
    <message>
        <source>An &amp;existing database:</source>
        <translation>Una base de datos &amp;existente:</translation>
    </message>
    <message>
        <source>A &amp;new database named:</source>
        <translation>Una base de datos &amp;nueva llamada:</translation>
    </message>
    <message>
        <source>Database to import into</source>
        <translation>Base de datos en la que importar</translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation>Nombre de la nueva base de datos</translation>
    </message>
    <message>
        <source>e.g. shop-restored</source>
        <translation>p. ej. shop-restored</translation>
    </message>
    <message>
        <source>a new database named %1</source>
        <translation>una base de datos nueva llamada %1</translation>
    </message>
    <message>
        <source>Choose the database to import into, or a new one.</source>
        <translation>Elija la base de datos en la que importar, o una nueva.</translation>
    </message>
    <message>
        <source>Type the name of the new database.</source>
        <translation>Escriba el nombre de la nueva base de datos.</translation>
    </message>
    <message>
        <source>The account already has a database named %1: choose it above, or type another name.</source>
        <translation>La cuenta ya tiene una base de datos llamada %1: elíjala arriba, o escriba otro nombre.</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LanguageMenu</name>
    <message>
        <source>The language changes the next time D1 Exporter starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie D1 Exporter.</translation>
    </message>
    <message>
        <source>Takes effect the next time D1 Exporter starts.</source>
        <translation>Surte efecto la próxima vez que se inicie D1 Exporter.</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LocalProjectPicker</name>
    <message>
        <source>Local Project</source>
        <translation>Proyecto local</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>The Worker project&apos;s folder (with wrangler.toml or wrangler.json)</source>
        <translation>La carpeta del proyecto del Worker (con wrangler.toml o wrangler.json)</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Carpeta del proyecto</translation>
    </message>
    <message>
        <source>Environment of the wrangler configuration</source>
        <translation>Entorno de la configuración de wrangler</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>D1 databases of the project</source>
        <translation>Bases de datos D1 del proyecto</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>D1 databases:</source>
        <translation>Bases de datos D1:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Choose the folder of a Worker project that uses D1.</source>
        <translation>Elija la carpeta de un proyecto de Worker que use D1.</translation>
    </message>
    <message>
        <source>Choose the Worker Project</source>
        <translation>Elegir el proyecto de Worker</translation>
    </message>
    <message>
        <source>No wrangler.toml, wrangler.json or wrangler.jsonc in %1 or a folder above it. Choose the folder of a Worker project.</source>
        <translation>No hay ningún wrangler.toml, wrangler.json ni wrangler.jsonc en %1 ni en una carpeta superior. Elija la carpeta de un proyecto de Worker.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — no local data yet</source>
        <translation>%1 — aún sin datos locales</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases).</source>
        <translation>%1 no declara ninguna base de datos D1 (d1_databases).</translation>
    </message>
    <message numerus="yes">
        <source>%n D1 database(s) in %1.</source>
        <translation>
            <numerusform>%n base de datos D1 en %1.</numerusform>
            <numerusform>%n bases de datos D1 en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads %1 (read-only: a running wrangler dev is not disturbed).</source>
        <translation>Lee %1 (solo lectura: no se interfiere con un wrangler dev en ejecución).</translation>
    </message>
    <message>
        <source>Choose a local database that wrangler dev has created.</source>
        <translation>Elija una base de datos local que haya creado wrangler dev.</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>No se pudieron leer las tablas: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogModel</name>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copiar &amp;todo</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About D1 Exporter</source>
        <translation>&amp;Acerca de D1 Exporter</translation>
    </message>
    <message>
        <source>The demo token is used for this session only.</source>
        <translation>El token de demostración solo se usa en esta sesión.</translation>
    </message>
    <message>
        <source>Starting the offline demo…</source>
        <translation>Iniciando la demostración sin conexión…</translation>
    </message>
    <message>
        <source>Starting the local D1 emulator for the offline demo.</source>
        <translation>Iniciando el emulador local de D1 para la demostración sin conexión.</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1. Start D1 Exporter again with --demo, or sign in to Cloudflare instead.</source>
        <translation>La demostración sin conexión se detuvo: %1. Vuelva a iniciar D1 Exporter con --demo o inicie sesión en Cloudflare.</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1</source>
        <translation>La demostración sin conexión se detuvo: %1</translation>
    </message>
    <message>
        <source>Offline demo: D1 Exporter is talking to a local emulator at %1 that serves a sample database. Nothing leaves this computer.</source>
        <translation>Demostración sin conexión: D1 Exporter se comunica con un emulador local en %1 que sirve una base de datos de ejemplo. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>The offline demo is ready at %1.</source>
        <translation>La demostración sin conexión está lista en %1.</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Aún sin verificar.</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>Elija una cuenta para ver sus bases de datos.</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>Elija una base de datos para ver sus tablas.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Nuevo intento en %2 s (intento %3)…</translation>
    </message>
    <message>
        <source>Changed: verify again.</source>
        <translation>Modificado: vuelva a verificar.</translation>
    </message>
    <message>
        <source>The API base URL cannot be used: %1</source>
        <translation>No se puede usar la URL base de la API: %1</translation>
    </message>
    <message>
        <source>Checking with Cloudflare…</source>
        <translation>Consultando con Cloudflare…</translation>
    </message>
    <message>
        <source>Enter your credentials first.</source>
        <translation>Introduzca primero sus credenciales.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Cargando cuentas…</translation>
    </message>
    <message>
        <source>The accounts could not be listed (%1) Paste the account ID from the Cloudflare dashboard instead.</source>
        <translation>No se pudieron listar las cuentas (%1) Pegue en su lugar el ID de cuenta del panel de Cloudflare.</translation>
    </message>
    <message>
        <source>Listing accounts failed: %1</source>
        <translation>Listar las cuentas falló: %1</translation>
    </message>
    <message>
        <source>These credentials see no accounts. Paste the account ID instead.</source>
        <translation>Estas credenciales no ven ninguna cuenta. Pegue en su lugar el ID de cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Accounts found: %n</source>
        <translation>
            <numerusform>Cuentas encontradas: %n</numerusform>
            <numerusform>Cuentas encontradas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an account ID: it contains spaces, slashes or other characters IDs never have.</source>
        <translation>«%1» no puede ser un ID de cuenta: contiene espacios, barras u otros caracteres que los ID nunca tienen.</translation>
    </message>
    <message>
        <source>Loading databases…</source>
        <translation>Cargando bases de datos…</translation>
    </message>
    <message>
        <source>Listing databases failed: %1</source>
        <translation>Listar las bases de datos falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Databases found: %n</source>
        <translation>
            <numerusform>Bases de datos encontradas: %n</numerusform>
            <numerusform>Bases de datos encontradas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Leyendo las tablas de %1…</translation>
    </message>
    <message>
        <source>The tables could not be read: %1 The whole database can still be exported.</source>
        <translation>No se pudieron leer las tablas: %1 Aun así se puede exportar la base de datos completa.</translation>
    </message>
    <message>
        <source>Reading the tables failed: %1</source>
        <translation>Leer las tablas falló: %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 %)</source>
        <translation>Descargando %1 (%2 %)</translation>
    </message>
    <message>
        <source>Export Running</source>
        <translation>Exportación en curso</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Todavía hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Cancel it and close D1 Exporter? No file will be written.</source>
        <translation>¿Cancelarla y cerrar D1 Exporter? No se escribirá ningún archivo.</translation>
    </message>
    <message>
        <source>System keychain: %1</source>
        <translation>Llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The secret will be saved in the system keychain once it is verified.</source>
        <translation>El secreto se guardará en el llavero del sistema en cuanto se verifique.</translation>
    </message>
    <message>
        <source>About D1 Exporter</source>
        <translation>Acerca de D1 Exporter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exports Cloudflare D1 databases as SQL files.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exporta bases de datos de Cloudflare D1 como archivos SQL.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the dump of %1…</source>
        <translation>Comprobando el volcado de %1…</translation>
    </message>
    <message>
        <source>&amp;Back Up Databases…</source>
        <translation>&amp;Copia de seguridad de bases de datos…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>SQL dump (*.sql);;Compressed SQL dump (*.sql.gz);;SQLite database (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Volcado SQL (*.sql);;Volcado SQL comprimido (*.sql.gz);;Base de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A data-only dump cannot become an SQLite database: it has no tables to hold the rows. Choose &quot;Schema and data&quot;, or save it as SQL.</source>
        <translation>Un volcado solo de datos no puede convertirse en una base de datos SQLite: no tiene tablas donde guardar las filas. Elija «Esquema y datos» o guárdelo como SQL.</translation>
    </message>
    <message>
        <source>Replace SQLite Database?</source>
        <translation>¿Reemplazar la base de datos SQLite?</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>The export also saves the database as SQLite under that name. Replace it? It is replaced only once the new one is complete.</source>
        <translation>La exportación también guarda la base de datos como SQLite con ese nombre. ¿Reemplazarla? Solo se reemplaza cuando la nueva esté completa.</translation>
    </message>
    <message>
        <source>Export not started: %1 was kept.</source>
        <translation>Exportación no iniciada: se conservó %1.</translation>
    </message>
    <message>
        <source>Backing up %1 (%2 of %3)…</source>
        <translation>Copiando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>The saved secret belongs to %1, so it was taken out of the form for this API base. Enter the secret for this one.</source>
        <translation>El secreto guardado pertenece a %1, así que se quitó del formulario para esta base de API. Introduzca el secreto de esta.</translation>
    </message>
    <message>
        <source>&amp;Import into D1…</source>
        <translation>&amp;Importar en D1…</translation>
    </message>
</context>
<context>
    <name>d1x::ui::NoticeBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ReportView</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>The report of the next export appears here: the saved files with their SHA-256, and the rows of every table when the dump is checked.</source>
        <translation>Aquí aparecerá el informe de la próxima exportación: los archivos guardados con su SHA-256 y las filas de cada tabla cuando se comprueba el volcado.</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>Suma de comprobación SHA-256</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the SHA-256 checksum to the clipboard</source>
        <translation>Copiar la suma de comprobación SHA-256 al portapapeles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>La exportación se canceló; no se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved, not checked: turn on &quot;Check the dump after saving&quot; to prove that it loads.</source>
        <translation>Guardado, sin comprobar: active «Comprobar el volcado al guardar» para demostrar que se carga.</translation>
    </message>
    <message>
        <source>Compressed SQL dump:</source>
        <translation>Volcado SQL comprimido:</translation>
    </message>
    <message>
        <source>SQL dump:</source>
        <translation>Volcado SQL:</translation>
    </message>
    <message>
        <source>SQLite database:</source>
        <translation>Base de datos SQLite:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows in the dump</source>
        <translation>Filas en el volcado</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>Filas en D1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>missing from the dump</source>
        <translation>falta en el volcado</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>difiere en %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>Virtual tables D1 cannot export, recreated at the end of the dump: %1.</source>
        <translation>Tablas virtuales que D1 no puede exportar, recreadas al final del volcado: %1.</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, added to D1&apos;s table filter: %1.</source>
        <translation>Índices y disparadores de las tablas elegidas, añadidos al filtro de tablas de D1: %1.</translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation>sentencia %1 (%2)</translation>
    </message>
    <message>
        <source>statement %1 (%2, table %3)</source>
        <translation>sentencia %1 (%2, tabla %3)</translation>
    </message>
    <message>
        <source>Statements over D1&apos;s 100 KB limit, which would not load back into D1 as they are: %1.</source>
        <translation>Sentencias que superan el límite de 100 KB de D1 y no se podrían volver a cargar en D1 tal cual: %1.</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>Copiando en %1…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Saved and verified</source>
        <translation>Guardada y verificada</translation>
    </message>
    <message numerus="yes">
        <source>Saved and verified; %n statement(s) too long to load back into D1</source>
        <translation>
            <numerusform>Guardada y verificada; %n sentencia demasiado larga para volver a cargarla en D1</numerusform>
            <numerusform>Guardada y verificada; %n sentencias demasiado largas para volver a cargarlas en D1</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>No se pudo iniciar la copia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s) into %2.</source>
        <translation>
            <numerusform>%1 de %n base de datos copiada en %2.</numerusform>
            <numerusform>%1 de %n bases de datos copiadas en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the Result column.</source>
        <translation>
            <numerusform>%n no se completó: consulte la columna Resultado.</numerusform>
            <numerusform>%n no se completaron: consulte la columna Resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled the rest.</source>
        <translation>Ha cancelado el resto.</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>Manifiesto:</translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>No se pudo escribir el manifiesto: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Mostrar u ocultar el secreto</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar secreto</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SignInStatus</name>
    <message>
        <source>Accepted: Cloudflare accepts this email and global API key.</source>
        <translation>Aceptado: Cloudflare acepta este correo y esta clave de API global.</translation>
    </message>
    <message>
        <source>Active: Cloudflare accepts this token.</source>
        <translation>Activo: Cloudflare acepta este token.</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Caduca el %1.</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not recognise this token. Check that you pasted all of it, or create a new one.</source>
        <translation>Incorrecto: Cloudflare no reconoce este token. Compruebe que lo ha pegado entero o cree uno nuevo.</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not accept this email and global API key.</source>
        <translation>Incorrecto: Cloudflare no acepta este correo y esta clave de API global.</translation>
    </message>
    <message>
        <source>Expired: this token is no longer valid. Create a new one in the Cloudflare dashboard (My Profile → API Tokens).</source>
        <translation>Caducado: este token ya no es válido. Cree uno nuevo en el panel de Cloudflare (My Profile → API Tokens).</translation>
    </message>
    <message>
        <source>Disabled: this token has been switched off. Enable it again in the Cloudflare dashboard, or use another one.</source>
        <translation>Desactivado: este token se ha desactivado. Vuelva a activarlo en el panel de Cloudflare o use otro.</translation>
    </message>
    <message>
        <source>Cloudflare answered with a token status this program does not know (&quot;%1&quot;).</source>
        <translation>Cloudflare respondió con un estado de token que este programa no conoce («%1»).</translation>
    </message>
    <message>
        <source>Enter an API token first.</source>
        <translation>Introduzca primero un token de API.</translation>
    </message>
    <message>
        <source>Enter the account email and the global API key first.</source>
        <translation>Introduzca primero el correo de la cuenta y la clave de API global.</translation>
    </message>
    <message>
        <source>The API token is active.</source>
        <translation>El token de API está activo.</translation>
    </message>
    <message>
        <source>The email and global API key were accepted.</source>
        <translation>Se aceptaron el correo y la clave de API global.</translation>
    </message>
    <message>
        <source>Token check failed: %1</source>
        <translation>La comprobación del token falló: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>El inicio de sesión falló: %1</translation>
    </message>
    <message>
        <source>The API token is not usable (status &quot;%1&quot;).</source>
        <translation>El token de API no se puede usar (estado «%1»).</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SourceChooser</name>
    <message>
        <source>Cloudflare account</source>
        <translation>Cuenta de Cloudflare</translation>
    </message>
    <message>
        <source>Local project (wrangler dev)</source>
        <translation>Proyecto local (wrangler dev)</translation>
    </message>
    <message>
        <source>A D1 database on Cloudflare, through your API token.</source>
        <translation>Una base de datos D1 en Cloudflare, mediante su token de API.</translation>
    </message>
    <message>
        <source>The local development database that &quot;wrangler dev&quot; keeps in a Worker project&apos;s .wrangler folder. No Cloudflare account is needed.</source>
        <translation>La base de datos de desarrollo local que «wrangler dev» guarda en la carpeta .wrangler de un proyecto de Worker. No hace falta ninguna cuenta de Cloudflare.</translation>
    </message>
    <message>
        <source>Export from:</source>
        <translation>Exportar desde:</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TableListModel</name>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated empty)</source>
        <translation>virtual, %1 (se recrea vacía)</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated)</source>
        <translation>virtual, %1 (se recrea)</translation>
    </message>
    <message>
        <source>D1 cannot export virtual tables itself: D1 Exporter leaves %1 out of D1&apos;s dump and appends its CREATE VIRTUAL TABLE statement at the end.</source>
        <translation>D1 no puede exportar por sí mismo las tablas virtuales: D1 Exporter deja %1 fuera del volcado de D1 y añade su sentencia CREATE VIRTUAL TABLE al final.</translation>
    </message>
    <message>
        <source>Its index is rebuilt from %1 after the import, so export that table too.</source>
        <translation>Su índice se reconstruye a partir de %1 después de importar, así que exporte también esa tabla.</translation>
    </message>
    <message>
        <source>It keeps no readable rows, so it is recreated empty.</source>
        <translation>No guarda filas legibles, así que se recrea vacía.</translation>
    </message>
    <message>
        <source>Its rows are read through the API and written after it.</source>
        <translation>Sus filas se leen mediante la API y se escriben a continuación.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TablePicker</name>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Marcar &amp;ninguna</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>Nombre de tabla</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>Filtrar tablas</translation>
    </message>
    <message>
        <source>Filter ta&amp;bles:</source>
        <translation>&amp;Filtrar tablas:</translation>
    </message>
    <message>
        <source>Check every table the filter shows</source>
        <translation>Marcar todas las tablas que muestra el filtro</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows</source>
        <translation>Desmarcar todas las tablas que muestra el filtro</translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation>Tablas para exportar</translation>
    </message>
    <message>
        <source>Tables to e&amp;xport:</source>
        <translation>Tab&amp;las para exportar:</translation>
    </message>
    <message>
        <source>This database has virtual tables (FTS5 and the like). D1 cannot export them itself: D1 Exporter recreates them at the end of the dump.</source>
        <translation>Esta base de datos tiene tablas virtuales (FTS5 y similares). D1 no puede exportarlas por sí mismo: D1 Exporter las recrea al final del volcado.</translation>
    </message>
    <message>
        <source>Schema and data</source>
        <translation>Esquema y datos</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>Solo esquema</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>Solo datos</translation>
    </message>
    <message>
        <source>Content to export</source>
        <translation>Contenido para exportar</translation>
    </message>
    <message>
        <source>Schema only: CREATE statements without rows. Data only: INSERT statements for tables that already exist.</source>
        <translation>Solo esquema: sentencias CREATE sin filas. Solo datos: sentencias INSERT para tablas que ya existen.</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>C&amp;ontenido:</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>Elija una base de datos para ver sus tablas.</translation>
    </message>
    <message>
        <source>This database has no tables.</source>
        <translation>Esta base de datos no tiene tablas.</translation>
    </message>
    <message>
        <source>No table is checked: check at least one to export.</source>
        <translation>No hay ninguna tabla marcada: marque al menos una para exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: all %n</source>
        <translation>
            <numerusform>Marcadas: todas (%n)</numerusform>
            <numerusform>Marcadas: todas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>Marcadas: %1 de %n</numerusform>
            <numerusform>Marcadas: %1 de %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline demo: run the bundled D1 emulator with a sample database; nothing is sent to Cloudflare.</source>
        <translation>Demostración sin conexión: ejecutar el emulador de D1 incluido con una base de datos de ejemplo; no se envía nada a Cloudflare.</translation>
    </message>
    <message>
        <source>Cloudflare API base URL (default: CLOUDFLARE_API_BASE_URL, else the remembered one).</source>
        <translation>URL base de la API de Cloudflare (predeterminada: CLOUDFLARE_API_BASE_URL; si no, la recordada).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Export Cloudflare D1 databases as SQL.</source>
        <translation>Exportar bases de datos de Cloudflare D1 como SQL.</translation>
    </message>
</context>
</TS>
