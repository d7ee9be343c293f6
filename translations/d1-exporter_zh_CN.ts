<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name, query or fragment.</source>
        <translation>API 基础 URL 不能包含用户名、查询或片段。</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a server on this computer; use https for %1.</source>
        <translation>未加密的 http 仅允许用于本机上的服务器；请对 %1 使用 https。</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>API 基础 URL 必须以 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>ApiEnvelope</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>响应大于 %1 MB</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>the answer is an HTML or XML page, not JSON</source>
        <translation>响应是 HTML 或 XML 页面，而不是 JSON</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>响应不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>the answer is JSON but not an object</source>
        <translation>响应是 JSON，但不是对象</translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot; field</source>
        <translation>响应中没有“success”字段</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error.</source>
        <translation>没有错误。</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>请求未发送：%1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>无法连接服务器：%1。</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>服务器停止了响应。</translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1.</source>
        <translation>无法建立安全连接：%1。</translation>
    </message>
    <message>
        <source>The server sent an answer that is not a Cloudflare API response.</source>
        <translation>服务器返回的内容不是 Cloudflare API 响应。</translation>
    </message>
    <message>
        <source>Cloudflare did not accept the credentials.</source>
        <translation>Cloudflare 未接受该凭据。</translation>
    </message>
    <message>
        <source>The credentials are not allowed to do this.</source>
        <translation>该凭据无权执行此操作。</translation>
    </message>
    <message>
        <source>The account was not found or is not available to these credentials.</source>
        <translation>未找到该账户，或该凭据无法访问它。</translation>
    </message>
    <message>
        <source>The database was not found in this account.</source>
        <translation>在此账户中未找到该数据库。</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>服务器不认识此地址。</translation>
    </message>
    <message>
        <source>D1 is already exporting this database.</source>
        <translation>D1 已在导出此数据库。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached.</source>
        <translation>已达到 Cloudflare 的速率限制。</translation>
    </message>
    <message>
        <source>Cloudflare reported an internal error.</source>
        <translation>Cloudflare 报告了内部错误。</translation>
    </message>
    <message>
        <source>Cloudflare refused the request.</source>
        <translation>Cloudflare 拒绝了请求。</translation>
    </message>
    <message>
        <source>D1 could not export the database: %1</source>
        <translation>D1 无法导出数据库：%1</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>下载链接已过期。</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>The dump could not be loaded into SQLite: %1</source>
        <translation>无法将转储加载到 SQLite：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS, then try again.</source>
        <translation>请检查系统时钟以及任何拦截 HTTPS 的代理，然后重试。</translation>
    </message>
    <message>
        <source>A proxy or Cloudflare&apos;s edge may be having trouble; try again in a few minutes.</source>
        <translation>代理或 Cloudflare 边缘网络可能出现了问题；请几分钟后重试。</translation>
    </message>
    <message>
        <source>Check the API token (or the email and global API key); it may be mistyped, expired or revoked.</source>
        <translation>请检查 API 令牌（或电子邮件地址和全局 API 密钥）；它可能输入有误、已过期或已被吊销。</translation>
    </message>
    <message>
        <source>Give the API token the &quot;D1&quot; permission (read or edit) for this account, or use another token.</source>
        <translation>请为 API 令牌授予此账户的“D1”权限（读取或编辑），或使用其他令牌。</translation>
    </message>
    <message>
        <source>Check the account ID (32 hexadecimal characters, shown in the Cloudflare dashboard).</source>
        <translation>请检查账户 ID（32 位十六进制字符，显示在 Cloudflare 控制台中）。</translation>
    </message>
    <message>
        <source>Check the database name or ID, and that it belongs to the chosen account.</source>
        <translation>请检查数据库名称或 ID，并确认它属于所选账户。</translation>
    </message>
    <message>
        <source>Wait for the running export to finish (or to be cancelled by D1 after a while), then try again.</source>
        <translation>请等待正在进行的导出完成（或一段时间后被 D1 取消），然后重试。</translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again.</source>
        <translation>请等几分钟再重试。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check Cloudflare&apos;s status page.</source>
        <translation>请几分钟后重试；如果问题持续，请查看 Cloudflare 的状态页面。</translation>
    </message>
    <message>
        <source>Start the export again to get a fresh link.</source>
        <translation>请重新开始导出以获取新的链接。</translation>
    </message>
    <message>
        <source>Try the export again.</source>
        <translation>请重新导出。</translation>
    </message>
    <message>
        <source>Choose another location, or free some disk space, and try again.</source>
        <translation>请选择其他位置或释放一些磁盘空间，然后重试。</translation>
    </message>
    <message>
        <source>Export again; if it keeps happening, keep the SQL file and report the statement named above.</source>
        <translation>请重新导出；如果问题持续，请保留 SQL 文件并报告上面提到的语句。</translation>
    </message>
    <message>
        <source>Check the message from D1 above, then try again.</source>
        <translation>请查看上方来自 D1 的消息，然后重试。</translation>
    </message>
    <message>
        <source>Not in the database: %1</source>
        <translation>数据库中不存在：%1</translation>
    </message>
    <message>
        <source>The local database could not be read: %1</source>
        <translation>无法读取本地数据库：%1</translation>
    </message>
    <message>
        <source>Check the table names (the &quot;tables&quot; command lists them); nothing was exported.</source>
        <translation>请检查表名（&quot;tables&quot; 命令会列出它们）；未导出任何内容。</translation>
    </message>
    <message>
        <source>Check that wrangler has created the local database, then try again.</source>
        <translation>请确认 wrangler 已创建本地数据库，然后重试。</translation>
    </message>
    <message>
        <source>The export did not finish within the time limit: %1.</source>
        <translation>导出未在时限内完成：%1。</translation>
    </message>
    <message>
        <source>Try again later, or allow more time (--timeout on the command line, Options in the window).</source>
        <translation>请稍后重试，或延长允许的时间（命令行中的 --timeout，窗口中的“选项”）。</translation>
    </message>
    <message>
        <source>D1 is importing into this database right now.</source>
        <translation>D1 正在向此数据库导入。</translation>
    </message>
    <message>
        <source>D1 could not import the file: %1</source>
        <translation>D1 无法导入该文件：%1</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>Importing (and creating or restoring a database) needs an API token with the D1 Edit permission; these credentials may only read D1.</source>
        <translation>导入（以及创建或还原数据库）需要具有 D1 编辑权限的 API 令牌；这些凭据可能只能读取 D1。</translation>
    </message>
    <message>
        <source>Wait until the running import has finished (D1 blocks the database until then), then try again.</source>
        <translation>请等待正在进行的导入完成（在此之前 D1 会锁定该数据库），然后重试。</translation>
    </message>
    <message>
        <source>D1 rolled the import back: the database is as it was. Fix the statement named above and import again.</source>
        <translation>D1 已回滚导入：数据库保持原样。请修正上面指出的语句，然后重新导入。</translation>
    </message>
    <message>
        <source>Check the connection and import again; nothing was changed on D1.</source>
        <translation>请检查网络连接并重新导入；D1 上没有任何更改。</translation>
    </message>
    <message>
        <source>Choose a .sql or .sql.gz dump (ours, wrangler&apos;s or sqlite3&apos;s .dump) or an SQLite database file; nothing was sent to D1.</source>
        <translation>请选择 .sql 或 .sql.gz 转储（本程序的、wrangler 的或 sqlite3 的 .dump）或 SQLite 数据库文件；未向 D1 发送任何内容。</translation>
    </message>
    <message>
        <source>Give the token Account → D1 → Edit (Cloudflare dashboard, My Profile → API Tokens), or use another token. Nothing was uploaded.</source>
        <translation>请为令牌授予 Account → D1 → Edit 权限（Cloudflare 控制台，My Profile → API Tokens），或使用其他令牌。未上传任何内容。</translation>
    </message>
    <message>
        <source>D1&apos;s answer to the import request was lost, and D1 shows no import under the bookmark from before it: whether D1 is importing the file is not known.</source>
        <translation>D1 对导入请求的应答丢失，且 D1 在导入前的书签下没有显示任何导入：无法确定 D1 是否正在导入该文件。</translation>
    </message>
    <message>
        <source>Wait until the database answers queries again, look whether the rows are there, and import again only if they are not.</source>
        <translation>请等到数据库再次响应查询，查看这些行是否存在，仅当不存在时再重新导入。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Database name, UUID or binding (export, tables).</source>
        <translation>数据库名称、UUID 或绑定（export、tables）。</translation>
    </message>
    <message>
        <source>Unknown option %1.%2</source>
        <translation>未知选项 %1。%2</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.%2</source>
        <translation>未知命令“%1”。%2</translation>
    </message>
    <message>
        <source>%1 does not apply to &quot;%2&quot; (it is an option of %3). See &quot;%2 --help&quot;.</source>
        <translation>%1 不适用于“%2”（它是 %3 的选项）。请参阅“%2 --help”。</translation>
    </message>
    <message>
        <source>--table takes one table each time: write --table %1 --table %2, or --table %1,%2 (&quot;%2&quot; was read as a further argument).</source>
        <translation>--table 每次只接受一个表：请写 --table %1 --table %2，或 --table %1,%2（“%2”被当作了另一个参数）。</translation>
    </message>
    <message>
        <source>Name the database to use, e.g. &quot;%1 my-db&quot;.</source>
        <translation>请指定要使用的数据库，例如“%1 my-db”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments (&quot;%2&quot; was not expected).</source>
        <translation>“%1”不接受更多参数（未预期“%2”）。</translation>
    </message>
    <message>
        <source>--table needs a table name.</source>
        <translation>--table 需要一个表名。</translation>
    </message>
    <message>
        <source>--local and --remote exclude each other.</source>
        <translation>--local 和 --remote 不能同时使用。</translation>
    </message>
    <message>
        <source>--%1 is about Cloudflare; it does not apply to --local.</source>
        <translation>--%1 用于 Cloudflare；不适用于 --local。</translation>
    </message>
    <message>
        <source>--persist-to says where the local development data is: it needs --local.</source>
        <translation>--persist-to 指定本地开发数据所在位置：它需要 --local。</translation>
    </message>
    <message>
        <source>export, backup, accounts, databases, tables, import or restore</source>
        <translation>export、backup、accounts、databases、tables、import 或 restore</translation>
    </message>
</context>
<context>
    <name>DumpSandbox</name>
    <message numerus="yes">
        <source>it ran longer than %n second(s); a D1 dump&apos;s statements take far less</source>
        <translation>
            <numerusform>运行时间超过 %n 秒；D1 转储的语句耗时远少于此</numerusform>
        </translation>
    </message>
    <message>
        <source>a D1 dump holds no %1; the file was not loaded further</source>
        <translation>D1 转储不包含 %1；未继续加载该文件</translation>
    </message>
    <message>
        <source>statement on the database &quot;%1&quot;</source>
        <translation>对数据库“%1”的语句</translation>
    </message>
    <message>
        <source>call of %1()</source>
        <translation>调用 %1()</translation>
    </message>
    <message>
        <source>PRAGMA %1</source>
        <translation>PRAGMA %1</translation>
    </message>
    <message>
        <source>ATTACH (of %1)</source>
        <translation>ATTACH（%1）</translation>
    </message>
    <message>
        <source>statement of this kind (SQLite action %1)</source>
        <translation>此类语句（SQLite 操作 %1）</translation>
    </message>
</context>
<context>
    <name>DumpVerifier</name>
    <message>
        <source>Not verified.</source>
        <translation>未验证。</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>验证已取消。</translation>
    </message>
    <message>
        <source>The dump does not load into SQLite: %1</source>
        <translation>转储无法加载到 SQLite：%1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite and every row count matches the live database (%n table(s), %1 rows).</source>
        <translation>
            <numerusform>已验证：转储可加载到 SQLite，且每个行数都与线上数据库一致（%n 个表，%1 行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite (%n table(s), %1 rows; live counts not compared).</source>
        <translation>
            <numerusform>已验证：转储可加载到 SQLite（%n 个表，%1 行；未与线上行数比较）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dump loads into SQLite, but %n row count(s) differ from the live database: %1</source>
        <translation>
            <numerusform>转储可加载到 SQLite，但有 %n 个行数与线上数据库不一致：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) exceed D1&apos;s 100 KB statement limit (longest %1): the dump loads into SQLite but not back into D1 as is.</source>
        <translation>
            <numerusform>%n 条语句超过 D1 每条语句 100 KB 的限制（最长 %1）：转储可加载到 SQLite，但无法原样导回 D1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>no temporary database in %1: %2</source>
        <translation>无法在 %1 中创建临时数据库：%2</translation>
    </message>
    <message>
        <source>statement %1: %2 (%3…)</source>
        <translation>语句 %1：%2（%3…）</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but is missing from the dump</source>
        <translation>%1 在 D1 中有 %2 行，但转储中缺少该表</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but %3 in the dump</source>
        <translation>%1 在 D1 中有 %2 行，但转储中有 %3 行</translation>
    </message>
    <message>
        <source>the SQLite database could not be written to disk in %1</source>
        <translation>无法将 SQLite 数据库写入 %1 中的磁盘</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>statement %1 is longer than %2: not a D1 dump (its statements are at most a few MB); the file was not loaded further</source>
        <translation>语句 %1 长于 %2：不是 D1 转储（其语句最多几 MB）；未继续加载该文件</translation>
    </message>
    <message numerus="yes">
        <source>statement %1 could not be told apart within %n second(s): not a D1 dump</source>
        <translation>
            <numerusform>语句 %1 无法在 %n 秒内识别：不是 D1 转储</numerusform>
        </translation>
    </message>
    <message>
        <source>the download started again from its first byte</source>
        <translation>下载已从第一个字节重新开始</translation>
    </message>
    <message>
        <source>the decompressor could not be started</source>
        <translation>无法启动解压程序</translation>
    </message>
    <message>
        <source>a row written into sqlite_schema that is not one of sqlite3&apos;s virtual tables</source>
        <translation>写入 sqlite_schema 但不属于 sqlite3 虚拟表的行</translation>
    </message>
    <message>
        <source>the virtual tables of the dump could not be made: %1</source>
        <translation>无法创建转储的虚拟表：%1</translation>
    </message>
    <message>
        <source>the virtual table %1 of the dump cannot be read: %2</source>
        <translation>无法读取转储的虚拟表 %1：%2</translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation>语句 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExportDependencies</name>
    <message>
        <source>the trigger %1 uses %2</source>
        <translation>触发器 %1 使用了 %2</translation>
    </message>
    <message>
        <source>the view %1 reads %2</source>
        <translation>视图 %1 读取 %2</translation>
    </message>
    <message>
        <source>the table %1 has a foreign key to %2</source>
        <translation>表 %1 有指向 %2 的外键</translation>
    </message>
    <message>
        <source>Not exported but needed: %1. Without them the dump loads, but fails on first use.</source>
        <translation>未导出但需要：%1。缺少它们时转储可以加载，但首次使用时会失败。</translation>
    </message>
</context>
<context>
    <name>ImportTransform</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a statement of %1 bytes came out longer than D1&apos;s limit of %2 bytes (a fault of this program: please report it)</source>
        <translation>生成了一条 %1 字节的语句，超过了 D1 的 %2 字节限制（这是本程序的缺陷：请报告此问题）</translation>
    </message>
    <message>
        <source>a row has too many columns to be written in statements of at most %1 bytes</source>
        <translation>某一行的列过多，无法写入最多 %1 字节的语句</translation>
    </message>
    <message>
        <source>a value could not be cut into pieces of at most %1 bytes</source>
        <translation>无法将某个值切分为最多 %1 字节的片段</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the database&apos;s schema cannot be read: %1</source>
        <translation>无法读取数据库的结构：%1</translation>
    </message>
    <message>
        <source>%1: D1&apos;s own table (_cf_*), left out</source>
        <translation>%1：D1 自身的表（_cf_*），已省略</translation>
    </message>
    <message>
        <source>%1: belongs to D1&apos;s own table %2, left out</source>
        <translation>%1：属于 D1 自身的表 %2，已省略</translation>
    </message>
    <message>
        <source>the rows of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的行：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the columns of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的列：%2</translation>
    </message>
    <message>
        <source>%1: a contentless full-text table, recreated empty (its rows cannot be read back)</source>
        <translation>%1：无内容的全文表，已重建为空（其行无法读回）</translation>
    </message>
    <message>
        <source>%1 would be replaced by its own transformed copy: choose another file for the SQL that is uploaded.</source>
        <translation>%1 将被其自身的转换副本替换：请为要上传的 SQL 选择另一个文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the path and that you may read the file.</source>
        <translation>无法读取 %1：%2。请检查路径，以及您是否有权读取该文件。</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import. Choose an SQL dump or a SQLite database file.</source>
        <translation>%1 为空：没有可导入的内容。请选择 SQL 转储或 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an SQL dump: it was probably saved from a browser or an error page instead of the file itself. Download or export the database again.</source>
        <translation>%1 是网页（HTML），而不是 SQL 转储：它可能是从浏览器保存的页面或错误页面，而不是文件本身。请重新下载或导出数据库。</translation>
    </message>
    <message>
        <source>%1 is neither an SQL dump nor a SQLite database (it holds binary data). Choose a .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>%1 既不是 SQL 转储，也不是 SQLite 数据库（它包含二进制数据）。请选择 .sql 或 .sql.gz 转储，或 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>The dump is loaded into a temporary database in %1 before it is written for D1, but that folder cannot be written to. Choose an output file in a folder you can write to.</source>
        <translation>转储在为 D1 写出之前会先加载到 %1 中的临时数据库，但该文件夹不可写。请选择位于可写文件夹中的输出文件。</translation>
    </message>
    <message>
        <source>%1 is cut short (the compressed file ends too early): it was not downloaded or saved completely. Download or export it again.</source>
        <translation>%1 不完整（压缩文件过早结束）：它没有被完整下载或保存。请重新下载或导出。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQL dump: %2. Choose a complete .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>无法将 %1 作为 SQL 转储读取：%2。请选择完整的 .sql 或 .sql.gz 转储，或 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SQLite database: %2. Choose an intact SQLite database file or an SQL dump.</source>
        <translation>无法将 %1 作为 SQLite 数据库打开：%2。请选择完好的 SQLite 数据库文件或 SQL 转储。</translation>
    </message>
    <message>
        <source>%1 could not be turned into SQL for D1: %2</source>
        <translation>无法将 %1 转换为适用于 D1 的 SQL：%2</translation>
    </message>
</context>
<context>
    <name>LiveValueCheckJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 为此读取了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: not compared with D1.</source>
        <translation>值：未与 D1 比较。</translation>
    </message>
    <message numerus="yes">
        <source>Values: every value of the %n table(s) is the same in the dump as on D1 (%1).</source>
        <translation>
            <numerusform>值：%n 个表的所有值在转储中与 D1 上相同（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values: %n table(s) hold values that differ from D1&apos;s: %1 (%2).</source>
        <translation>
            <numerusform>值：%n 个表中有与 D1 不同的值：%1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: could not be compared with D1 (%1).</source>
        <translation>值：无法与 D1 比较（%1）。</translation>
    </message>
    <message>
        <source>Values: comparison cancelled.</source>
        <translation>值：比较已取消。</translation>
    </message>
    <message>
        <source>Comparing values with D1: loading the saved dump once more…</source>
        <translation>正在与 D1 比较值：再次加载已保存的转储…</translation>
    </message>
    <message>
        <source>the loaded dump could not be read</source>
        <translation>无法读取已加载的转储</translation>
    </message>
    <message>
        <source>D1&apos;s answer was incomplete</source>
        <translation>D1 的响应不完整</translation>
    </message>
    <message numerus="yes">
        <source>%1: compared in %n D1 queries.</source>
        <translation>
            <numerusform>%1：用 %n 次 D1 查询完成比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: values differ (a WITHOUT ROWID table: the row is not narrowed down)</source>
        <translation>%1：值不同（WITHOUT ROWID 表：无法定位到具体行）</translation>
    </message>
    <message>
        <source>%1: the row with rowid %2 differs</source>
        <translation>%1：rowid 为 %2 的行不同</translation>
    </message>
    <message>
        <source>%1: a row with rowid between %2 and %3 differs</source>
        <translation>%1：rowid 在 %2 到 %3 之间的某一行不同</translation>
    </message>
    <message>
        <source>%1: missing from the saved dump</source>
        <translation>%1：已保存的转储中缺少该表</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the folder %1 could not be created: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is not followed, so that no other file is overwritten. Remove it, or choose the file it points to</source>
        <translation>%1 是符号链接；为避免覆盖其他文件，不会跟随它。请删除它，或选择它指向的文件</translation>
    </message>
</context>
<context>
    <name>StagedOutput</name>
    <message>
        <source>the finished dump could not be moved to %1 (%2); that file was left as it was</source>
        <translation>无法将完成的转储移动到 %1（%2）；该文件保持不变</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>约 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>约 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>ValueRepairJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 为此读取了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: not checked.</source>
        <translation>精确值：未检查。</translation>
    </message>
    <message>
        <source>Exact values: D1&apos;s dump holds no value it had to round.</source>
        <translation>精确值：D1 的转储中没有需要舍入的值。</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: D1 had rounded or broken %n value(s) (64-bit integers, infinities); all were restored exactly (%1).</source>
        <translation>
            <numerusform>精确值：D1 曾舍入或损坏 %n 个值（64 位整数、无穷大）；已全部精确还原（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact values: %n row(s) differ on D1 from the dump (written since the export?) and were left as D1 exported them, with its rounding; %1 other value(s) were restored (%2).</source>
        <translation>
            <numerusform>精确值：D1 上有 %n 行与转储不同（导出后被写入？），已按 D1 导出的原样保留（含其舍入）；另有 %1 个值已还原（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: cancelled.</source>
        <translation>精确值：已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: the %n row(s) D1 may have rounded could not be read again (%1).</source>
        <translation>
            <numerusform>精确值：无法重新读取 D1 可能已舍入的 %n 行（%1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x</name>
    <message>
        <source>Where to save the SQL dump; &quot;-&quot; writes it to stdout (a name ending in .gz compresses it).</source>
        <translation>SQL 转储的保存位置；&quot;-&quot; 表示写入 stdout（以 .gz 结尾的名称会进行压缩）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export only this table (repeatable, or several separated by commas).</source>
        <translation>仅导出此表（可重复，或用逗号分隔多个）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Export the schema only.</source>
        <translation>仅导出结构。</translation>
    </message>
    <message>
        <source>Export the data only.</source>
        <translation>仅导出数据。</translation>
    </message>
    <message>
        <source>Export the database on Cloudflare (the default here; wrangler&apos;s is --local).</source>
        <translation>导出 Cloudflare 上的数据库（此处的默认值；wrangler 的默认值为 --local）。</translation>
    </message>
    <message>
        <source>Export the local development database that &quot;wrangler dev&quot; keeps under .wrangler/state.</source>
        <translation>导出 &quot;wrangler dev&quot; 保存在 .wrangler/state 下的本地开发数据库。</translation>
    </message>
    <message>
        <source>The wrangler configuration (wrangler.toml, .json or .jsonc) whose d1_databases name the database (default: found in this folder or above).</source>
        <translation>wrangler 配置文件（wrangler.toml、.json 或 .jsonc），其 d1_databases 指定数据库（默认：在此文件夹或上级文件夹中查找）。</translation>
    </message>
    <message>
        <source>The environment of the wrangler configuration.</source>
        <translation>wrangler 配置的环境。</translation>
    </message>
    <message>
        <source>With --local: the folder wrangler dev persists into (its --persist-to).</source>
        <translation>配合 --local：wrangler dev 持久化数据的文件夹（即其 --persist-to）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>With --table: do not add the indexes and triggers of the chosen tables (D1&apos;s own filter leaves them out).</source>
        <translation>配合 --table：不添加所选表的索引和触发器（D1 自身的筛选会省略它们）。</translation>
    </message>
    <message>
        <source>Compress the SQL dump with gzip while it is written (export, backup).</source>
        <translation>写入时用 gzip 压缩 SQL 转储（export、backup）。</translation>
    </message>
    <message>
        <source>Also count every exported table&apos;s rows on D1 just before the export (one query) and compare them with the dump. Counting reads every row, and D1 bills rows read. Implies --verify.</source>
        <translation>另外在导出前在 D1 上统计每个导出表的行数（一次查询），并与转储比较。计数会读取每一行，而 D1 按读取行数计费。隐含 --verify。</translation>
    </message>
    <message>
        <source>Also (or, without --output, instead) save the dump as an SQLite database. Implies --verify (export).</source>
        <translation>另外（若无 --output 则改为）将转储保存为 SQLite 数据库。隐含 --verify（export）。</translation>
    </message>
    <message>
        <source>Also save each database as &lt;database&gt;-&lt;time&gt;.sqlite (backup).</source>
        <translation>另外将每个数据库保存为 &lt;database&gt;-&lt;time&gt;.sqlite（backup）。</translation>
    </message>
    <message>
        <source>Back up every database of the account (backup).</source>
        <translation>备份账户的所有数据库（backup）。</translation>
    </message>
    <message>
        <source>Back up this database, name or UUID (backup; repeatable).</source>
        <translation>备份此数据库，名称或 UUID（backup；可重复）。</translation>
    </message>
    <message>
        <source>Where backups go (backup).</source>
        <translation>备份的保存位置（backup）。</translation>
    </message>
    <message>
        <source>Cloudflare account ID.</source>
        <translation>Cloudflare 账户 ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>API base URL (default: CLOUDFLARE_API_BASE_URL or %1).</source>
        <translation>API 基础 URL（默认：CLOUDFLARE_API_BASE_URL 或 %1）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Only databases whose name contains this (databases).</source>
        <translation>仅显示名称包含此文本的数据库（databases）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>export &lt;database&gt;: export one database as SQL (and/or SQLite).
&lt;database&gt; is a name, a UUID, or a binding of the wrangler configuration; with --local, the
local development database of that binding is exported instead (no credentials needed).
On success stdout carries the saved path(s), one a line (--json: the result as JSON);
with --output - it carries the dump itself.</source>
        <translation>export &lt;database&gt;：将一个数据库导出为 SQL（和/或 SQLite）。
&lt;database&gt; 是名称、UUID 或 wrangler 配置中的绑定；使用 --local 时，
改为导出该绑定的本地开发数据库（无需凭据）。
成功时 stdout 输出保存的路径，每行一个（--json：以 JSON 输出结果）；
使用 --output - 时输出转储本身。</translation>
    </message>
    <message>
        <source>backup: export --all databases, or each --database, into --folder, one after the other,
as &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], and record each in &lt;folder&gt;/manifest.json.</source>
        <translation>backup：将 --all 所有数据库或每个 --database 依次导出到 --folder，
保存为 &lt;database&gt;-&lt;UTC time&gt;.sql[.gz]，并记录在 &lt;folder&gt;/manifest.json 中。</translation>
    </message>
    <message>
        <source>accounts: list the accounts the credentials can see (id and name).</source>
        <translation>accounts：列出凭据可见的账户（id 和名称）。</translation>
    </message>
    <message>
        <source>databases: list the D1 databases of the account (uuid, name, size, created).</source>
        <translation>databases：列出账户的 D1 数据库（uuid、名称、大小、创建时间）。</translation>
    </message>
    <message>
        <source>tables &lt;database&gt;: list the tables, indexes, views and triggers of a database.</source>
        <translation>tables &lt;database&gt;：列出数据库的表、索引、视图和触发器。</translation>
    </message>
    <message>
        <source>Give up when D1 has not produced the dump after this long, rate-limit waits included: seconds, or with m or h (default 2h; export, backup).</source>
        <translation>D1 在此时长后仍未生成转储则放弃（包括速率限制等待）：秒数，或带 m 或 h（默认 2h；export、backup）。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>While the dump downloads, load it into a temporary SQLite database: row counts per table, and statements over D1&apos;s 100 KB import limit (export, backup).</source>
        <translation>在下载转储的同时，将其加载到临时 SQLite 数据库：统计每个表的行数，以及超过 D1 100 KB 导入限制的语句（export、backup）。</translation>
    </message>
    <message>
        <source>After the dump is saved, compare every exported table&apos;s values with D1&apos;s by fingerprints computed by the same SQL on both sides, and name the first row that differs (exit code 8). D1 reads every row once more, and bills rows read.</source>
        <translation>保存转储后，通过在两端用相同 SQL 计算的指纹，将每个导出表的值与 D1 上的值进行比较，并指出第一个不同的行（退出代码 8）。D1 会再次读取每一行，并按读取行数计费。</translation>
    </message>
    <message>
        <source>Accepted for wrangler&apos;s command lines; nothing is ever asked (import: the same as --yes).</source>
        <translation>为兼容 wrangler 的命令行而接受；从不询问（import：与 --yes 相同）。</translation>
    </message>
    <message>
        <source>Import even into a database that holds tables (a Time Travel bookmark is taken first, to undo it).</source>
        <translation>即使数据库中已有表也导入（会先创建 Time Travel 书签，以便撤销）。</translation>
    </message>
    <message>
        <source>The dump or database to import: .sql, .sql.gz (ours, wrangler&apos;s, sqlite3&apos;s .dump) or an SQLite file (.sqlite, .sqlite3, .db).</source>
        <translation>要导入的转储或数据库：.sql、.sql.gz（本程序的、wrangler 的、sqlite3 的 .dump）或 SQLite 文件（.sqlite、.sqlite3、.db）。</translation>
    </message>
    <message>
        <source>Create &lt;database&gt; as a new database and import into it (import).</source>
        <translation>将 &lt;database&gt; 创建为新数据库并导入其中（import）。</translation>
    </message>
    <message>
        <source>After the import, count each table&apos;s rows on D1 (one query; D1 bills rows read) and compare them with the file&apos;s (exit code 8 when they differ).</source>
        <translation>导入后，在 D1 上统计每个表的行数（一次查询；D1 按读取行数计费），并与文件中的行数比较（不同时退出代码为 8）。</translation>
    </message>
    <message>
        <source>The Time Travel bookmark to restore the database to (restore); an import prints it.</source>
        <translation>将数据库还原到的 Time Travel 书签（restore）；import 会输出该书签。</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Print lists and results as JSON (accounts, databases, tables, export, backup, import, restore).</source>
        <translation>以 JSON 格式输出列表和结果（accounts、databases、tables、export、backup、import、restore）。</translation>
    </message>
    <message>
        <source>import &lt;database&gt;: import --input FILE into the database (with --create: a new database of
that name). The file (.sql, .sql.gz or an SQLite database) is first turned into SQL that D1
loads; its size, statements and rows per table are shown before the upload. A database that
holds tables is imported into only with --yes; a Time Travel bookmark is taken first, and the
line that undoes the import is printed on stdout (--json: the result as JSON).
The token needs the D1 Edit permission.</source>
        <translation>import &lt;database&gt;：将 --input FILE 导入该数据库（使用 --create 时：导入同名的新数据库）。
该文件（.sql、.sql.gz 或 SQLite 数据库）会先转换为 D1 可加载的 SQL；上传前会显示
其大小、语句数和每个表的行数。已有表的数据库只有在指定 --yes 时才会导入；会先创建
Time Travel 书签，并在 stdout 上输出撤销导入的命令行（--json：以 JSON 输出结果）。
令牌需要 D1 编辑权限。</translation>
    </message>
    <message>
        <source>restore &lt;database&gt;: restore the database in place to --bookmark (Time Travel), e.g. to undo
an import. The token needs the D1 Edit permission.</source>
        <translation>restore &lt;database&gt;：将数据库就地还原到 --bookmark（Time Travel），例如用于撤销
导入。令牌需要 D1 编辑权限。</translation>
    </message>
</context>
<context>
    <name>d1x::ApiCall</name>
    <message>
        <source>the server redirected the request to %1, which is not followed</source>
        <translation>服务器将请求重定向到 %1，未跟随该重定向</translation>
    </message>
    <message>
        <source>the answer was larger than %1 MB and was cut off; no API answer is that large</source>
        <translation>响应大于 %1 MB，已被截断；API 响应不会这么大</translation>
    </message>
</context>
<context>
    <name>d1x::BackupRunner</name>
    <message>
        <source>no backup folder was chosen</source>
        <translation>未选择备份文件夹</translation>
    </message>
    <message>
        <source>no database was chosen</source>
        <translation>未选择数据库</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not a writable folder</source>
        <translation>%1 不是可写的文件夹</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 将在 %2 秒后重试（第 %3 次）。</translation>
    </message>
    <message>
        <source>The account has no D1 databases: nothing to back up.</source>
        <translation>该账户没有 D1 数据库：无需备份。</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1.</source>
        <translation>
            <numerusform>正在将 %n 个数据库备份到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Database %1 of %2: %3.</source>
        <translation>数据库 %1/%2：%3。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：完成。</translation>
    </message>
    <message>
        <source>%1: failed (%2).</source>
        <translation>%1：失败（%2）。</translation>
    </message>
    <message>
        <source>The existing manifest could not be read; it was kept as %1 and a new one is started.</source>
        <translation>无法读取现有清单；已将其保留为 %1，并开始新的清单。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Backup finished: %1 of %n database(s) saved; manifest %2.</source>
        <translation>
            <numerusform>备份完成：已保存 %n 个数据库中的 %1 个；清单 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>没有名为“%1”的数据库。%2</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1; %2 of them not found.</source>
        <translation>
            <numerusform>正在将 %n 个数据库备份到 %1；其中 %2 个未找到。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API request(s) sent, at most %1 per %2 s.</source>
        <translation>
            <numerusform>已发送 %n 个 API 请求，每 %2 秒最多 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::CliApp</name>
    <message>
        <source>Try --help.</source>
        <translation>请参阅 --help。</translation>
    </message>
    <message>
        <source>--no-data and --no-schema exclude each other.</source>
        <translation>--no-data 与 --no-schema 互斥。</translation>
    </message>
    <message>
        <source>--gzip compresses the SQL file: it needs --output.</source>
        <translation>--gzip 用于压缩 SQL 文件：需要 --output。</translation>
    </message>
    <message>
        <source>Say where the backups go with --folder DIR.</source>
        <translation>请用 --folder 目录 指定备份的保存位置。</translation>
    </message>
    <message>
        <source>Name the databases to back up: --all, or --database NAME (repeatable).</source>
        <translation>请指定要备份的数据库：--all，或 --database 名称（可重复）。</translation>
    </message>
    <message>
        <source>No credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).</source>
        <translation>没有凭据：请设置 CLOUDFLARE_API_TOKEN（或 CLOUDFLARE_EMAIL 和 CLOUDFLARE_API_KEY）。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>账户 ID“%1”包含不允许的字符。</translation>
    </message>
    <message>
        <source>These credentials see no account. Pass --account ID or set CLOUDFLARE_ACCOUNT_ID (account-owned tokens cannot list accounts).</source>
        <translation>该凭据看不到任何账户。请传入 --account ID 或设置 CLOUDFLARE_ACCOUNT_ID（账户所有的令牌无法列出账户）。</translation>
    </message>
    <message numerus="yes">
        <source>These credentials see %n account(s); choose one with --account ID:</source>
        <translation>
            <numerusform>该凭据可以看到 %n 个账户；请用 --account ID 选择一个：</numerusform>
        </translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>数据库“%1”包含不允许的字符。</translation>
    </message>
    <message>
        <source>Say where to save the dump with --output FILE (or --sqlite FILE; --output - writes it to stdout).</source>
        <translation>请用 --output FILE 指定转储的保存位置（或 --sqlite FILE；--output - 写入 stdout）。</translation>
    </message>
    <message>
        <source>%1: the database %2 (%3) of %4.</source>
        <translation>%1：%4 的数据库 %2（%3）。</translation>
    </message>
    <message>
        <source>--json prints the result on stdout, where --output %1 sends the dump: choose one.</source>
        <translation>--json 将结果输出到 stdout，而 --output %1 也将转储发送到那里：请二选一。</translation>
    </message>
    <message>
        <source>--sqlite needs a file name: an SQLite database cannot be streamed.</source>
        <translation>--sqlite 需要文件名：SQLite 数据库无法以流方式输出。</translation>
    </message>
    <message>
        <source>no temporary file for the dump in %1: %2</source>
        <translation>无法在 %1 中为转储创建临时文件：%2</translation>
    </message>
    <message>
        <source>--gzip: saving as %1, with the .gz suffix that says it is compressed.</source>
        <translation>--gzip：保存为 %1，带有表示已压缩的 .gz 后缀。</translation>
    </message>
    <message>
        <source>%1 exists; it will be replaced once the export has succeeded (a failed export leaves it as it is).</source>
        <translation>%1 已存在；导出成功后将替换它（导出失败则保持原样）。</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次尝试）。</translation>
    </message>
    <message>
        <source>ID	NAME</source>
        <translation>ID	名称</translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>没有名为“%1”的数据库。%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UUID	NAME	BYTES	CREATED</source>
        <translation>UUID	名称	字节	创建时间</translation>
    </message>
    <message>
        <source>NAME	TYPE	TABLE</source>
        <translation>名称	类型	表</translation>
    </message>
    <message>
        <source>--timeout takes a duration such as 90, 45m or 3h, not &quot;%1&quot;.</source>
        <translation>--timeout 需要时长，例如 90、45m 或 3h，而不是“%1”。</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own: --no-schema excludes --verify, --compare-live-counts, --compare-live-values and --sqlite.</source>
        <translation>仅含数据的转储无法单独加载：--no-schema 不能与 --verify、--compare-live-counts、--compare-live-values 和 --sqlite 同时使用。</translation>
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
        <translation>将 Cloudflare D1 数据库导出为 SQL。

命令（&quot;COMMAND --help&quot; 显示某个命令的选项）：
  export &lt;database&gt;   导出数据库（名称、UUID 或 wrangler 配置中的绑定）
                      到 --output 和/或 --sqlite
  backup              将 --all 所有数据库或每个 --database 依次导出到 --folder，
                      保存为 &lt;database&gt;-&lt;UTC time&gt;.sql[.gz]，并附带 manifest.json
  accounts            列出凭据可见的账户
  databases           列出账户的 D1 数据库
  tables &lt;database&gt;   列出数据库的表、索引、视图和触发器
  import &lt;database&gt;   将 --input FILE（.sql、.sql.gz、.sqlite）导入数据库（--create：
                      导入同名的新数据库）；用它输出的 restore 命令行撤销
  restore &lt;database&gt;  将数据库就地还原到 Time Travel --bookmark

wrangler 的命令行可直接使用，只需替换程序名称：
  export NAME --remote --output FILE [-y|--skip-confirmation] [--table T]... [--no-data|--no-schema]
  export NAME --local --output FILE [--config|-c FILE] [--env|-e ENV] [--persist-to DIR]
NAME 可以是数据库名称，或其在 wrangler.toml / wrangler.json / wrangler.jsonc 中的绑定。
与 wrangler 不同，默认值为 --remote。&quot;--output -&quot; 将转储写入 stdout，例如
  d1-exporter-cli export my-db --output - | sqlite3 copy.db

含有 D1 无法导出的虚拟表（FTS5）的数据库，导出时不含这些表，
其 CREATE VIRTUAL TABLE 语句和内容会附加到转储末尾。

凭据来自环境变量，绝不来自命令行（--local 不需要）：
  CLOUDFLARE_API_TOKEN，或 CLOUDFLARE_EMAIL 和 CLOUDFLARE_API_KEY。
账户来自 --account 或 CLOUDFLARE_ACCOUNT_ID；两者都未指定且凭据
恰好只能看到一个账户时，使用该账户。

退出代码：0 成功，1 其他失败，2 用法错误，3 身份验证或权限（包括：无凭据），
4 未找到账户、数据库或表，5 导出失败或已在运行，6 网络或服务器，
7 无法写入文件，8 已保存但未验证（无法加载或行数不同），
9 backup：至少一个数据库失败或未通过验证，130 已中断。
import 和 restore 使用相同的代码：2 还包括未指定 --yes 就导入到已有表的数据库，
3 令牌没有 D1 编辑权限，5 D1 拒绝或回滚了导入，6 还包括上传，
8 D1 上的行数与文件中的不同（--compare-row-counts）。</translation>
    </message>
</context>
<context>
    <name>d1x::CliProgress</name>
    <message>
        <source>D1: </source>
        <translation>D1： </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告： </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误： </translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3%)</source>
        <translation>正在下载：%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>，%1/s</translation>
    </message>
    <message>
        <source>Verifying: %1%</source>
        <translation>正在验证：%1%</translation>
    </message>
    <message>
        <source>D1 is still preparing the dump (%1 s)…</source>
        <translation>D1 仍在准备转储（%1 秒）…</translation>
    </message>
    <message>
        <source>Rate limited by Cloudflare: going on in %1 s</source>
        <translation>受到 Cloudflare 速率限制：%1 秒后继续</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 (%3%)</source>
        <translation>正在上传：%1 / %2（%3%）</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>，剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the file: %1%</source>
        <translation>正在准备文件：%1%</translation>
    </message>
</context>
<context>
    <name>d1x::CloseMatches</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source> Did you mean %1?</source>
        <translation> 您是指 %1 吗？</translation>
    </message>
</context>
<context>
    <name>d1x::CloudflareClient</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>ID 中包含不允许的字符</translation>
    </message>
</context>
<context>
    <name>d1x::ConnectionSession</name>
    <message>
        <source>no API endpoint to ask</source>
        <translation>没有可询问的 API 端点</translation>
    </message>
</context>
<context>
    <name>d1x::Downloader</name>
    <message>
        <source>the server resumed at the wrong position</source>
        <translation>服务器从错误的位置继续传输</translation>
    </message>
    <message>
        <source>The server cannot resume; downloading again from the start.</source>
        <translation>服务器无法断点续传；将从头重新下载。</translation>
    </message>
    <message>
        <source>not enough free space: the dump needs %1, the disk has %2 free</source>
        <translation>可用空间不足：转储需要 %1，磁盘仅剩 %2</translation>
    </message>
    <message>
        <source>the server sent a web page instead of the SQL file (HTTP %1)</source>
        <translation>服务器返回了网页而不是 SQL 文件（HTTP %1）</translation>
    </message>
    <message>
        <source>the server sent more data than it announced</source>
        <translation>服务器发送的数据多于其声明的大小</translation>
    </message>
    <message>
        <source>the download was redirected to an unsafe address</source>
        <translation>下载被重定向到不安全的地址</translation>
    </message>
    <message>
        <source>The download link has expired; asking Cloudflare for a fresh one.</source>
        <translation>下载链接已过期；正在向 Cloudflare 请求新的链接。</translation>
    </message>
    <message>
        <source>the download server answered HTTP %1</source>
        <translation>下载服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the download stalled</source>
        <translation>下载停滞</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>连接在 %2 字节中的第 %1 字节后关闭</translation>
    </message>
    <message>
        <source>received %1 of %2 bytes</source>
        <translation>已接收 %1 / %2 字节</translation>
    </message>
    <message>
        <source>Download interrupted (%1); resuming from byte %2 in %3 s.</source>
        <translation>下载中断（%1）；将在 %3 秒后从第 %2 字节继续。</translation>
    </message>
    <message>
        <source>Download failed (%1); trying again in %2 s.</source>
        <translation>下载失败（%1）；将在 %2 秒后重试。</translation>
    </message>
    <message>
        <source>the file behind the link is now %1 bytes long, not %2: it is not the dump the first part came from, and the two are not joined</source>
        <translation>链接指向的文件现在长 %1 字节，而不是 %2：它不是第一部分所来自的转储，两者不会拼接</translation>
    </message>
    <message>
        <source>the file behind the link changed while it was downloading (its ETag is %1, was %2): the parts are not joined</source>
        <translation>下载期间链接背后的文件发生了变化（其 ETag 为 %1，之前为 %2）：各部分未合并</translation>
    </message>
    <message numerus="yes">
        <source>%n fresh link(s) in a row were refused as expired before a byte arrived; the computer&apos;s clock may be wrong, or a proxy may be changing the requests</source>
        <translation>
            <numerusform>连续 %n 个新链接在收到任何字节前即被判定为过期而遭拒绝；计算机时钟可能不准确，或代理可能在修改请求</numerusform>
        </translation>
    </message>
    <message>
        <source>The fresh download link was refused as expired too; asking again in %1 s (%2 of %3).</source>
        <translation>新的下载链接也因过期被拒绝；%1 秒后重新请求（第 %2 次，共 %3 次）。</translation>
    </message>
</context>
<context>
    <name>d1x::DumpSink</name>
    <message>
        <source>the compressor could not be started</source>
        <translation>无法启动压缩程序</translation>
    </message>
    <message>
        <source>the compressor failed</source>
        <translation>压缩失败</translation>
    </message>
</context>
<context>
    <name>d1x::ExportController</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>正在开始导出…</translation>
    </message>
    <message>
        <source>D1 is preparing the dump…</source>
        <translation>D1 正在准备转储…</translation>
    </message>
    <message>
        <source>Downloading the dump…</source>
        <translation>正在下载转储…</translation>
    </message>
    <message>
        <source>Verifying the dump…</source>
        <translation>正在验证转储…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 将在 %2 秒后重试（第 %3 次）。</translation>
    </message>
    <message>
        <source>schema and data</source>
        <translation>结构和数据</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>仅结构</translation>
    </message>
    <message>
        <source>data only</source>
        <translation>仅数据</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>所有表</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): %1</source>
        <translation>
            <numerusform>%n 个表：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the export of %1 (%2, %3).</source>
        <translation>开始导出 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>Also exporting the indexes and triggers of the chosen tables, which D1&apos;s table filter would leave out: %1.</source>
        <translation>同时导出所选表的索引和触发器（D1 的表筛选会省略它们）：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual table(s): %1. D1 refuses to export a database that holds them, so everything else is exported and their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.</source>
        <translation>
            <numerusform>%n 个虚拟表：%1。D1 拒绝导出含有虚拟表的数据库，因此会导出其余所有内容，并将这些虚拟表的 CREATE VIRTUAL TABLE 语句和内容添加到转储末尾。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out their internal tables, which CREATE VIRTUAL TABLE makes again: %1.</source>
        <translation>已省略其内部表（CREATE VIRTUAL TABLE 会重新创建它们）：%1。</translation>
    </message>
    <message>
        <source>%1 indexes the table %2, which is not exported: it is recreated empty; run INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) once %2 is back.</source>
        <translation>%1 为未导出的表 %2 建立索引：它将被重建为空；待 %2 恢复后，请运行 INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;)。</translation>
    </message>
    <message>
        <source>%1 is a contentless full-text index: its rows cannot be read back, so it is recreated empty. Fill it again from its source.</source>
        <translation>%1 是无内容的全文索引：其行无法读回，因此将被重建为空。请从其数据源重新填充。</translation>
    </message>
    <message>
        <source>the export finished without a usable download link</source>
        <translation>导出已完成，但没有可用的下载链接</translation>
    </message>
    <message>
        <source>Got a fresh download link; resuming.</source>
        <translation>已获取新的下载链接；继续下载。</translation>
    </message>
    <message>
        <source>The dump %1 is ready; downloading it from %2.</source>
        <translation>转储 %1 已就绪；正在从 %2 下载。</translation>
    </message>
    <message>
        <source>Compressing it with gzip while it downloads.</source>
        <translation>下载时用 gzip 压缩。</translation>
    </message>
    <message>
        <source>Downloaded %1 in %2 s (%3/s).</source>
        <translation>已在 %2 秒内下载 %1（%3/秒）。</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>%1 的 SHA-256：%2</translation>
    </message>
    <message>
        <source>Verifying: loading the dump into a temporary SQLite database…</source>
        <translation>正在验证：将转储加载到临时 SQLite 数据库…</translation>
    </message>
    <message>
        <source>Loading the dump into the SQLite database %1…</source>
        <translation>正在将转储加载到 SQLite 数据库 %1…</translation>
    </message>
    <message>
        <source>%1: %2 (D1: %3)</source>
        <translation>%1：%2（D1：%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rows per table after loading the dump: %1.</source>
        <translation>加载转储后每个表的行数：%1。</translation>
    </message>
    <message>
        <source>Statement %1 is %2 long%3; D1 imports statements of at most 100 KB.</source>
        <translation>语句 %1%3 长度为 %2；D1 只能导入不超过 100 KB 的语句。</translation>
    </message>
    <message>
        <source> (a row of %1)</source>
        <translation>（%1 的一行）</translation>
    </message>
    <message>
        <source>Rows written to D1 between the count and the start of the export also show up as differences.</source>
        <translation>在统计与导出开始之间写入 D1 的行也会显示为差异。</translation>
    </message>
    <message>
        <source>Saved the SQLite database %1 (%2), SHA-256 %3.</source>
        <translation>已保存 SQLite 数据库 %1（%2），SHA-256 %3。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saved %1 in %2 s.</source>
        <translation>已在 %2 秒内保存 %1。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Cancelled; the SQL dump %1 had already been saved and was kept.</source>
        <translation>已取消；SQL 转储 %1 此前已保存，已予保留。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Loaded and checked %n statement(s) in %1 s.</source>
        <translation>
            <numerusform>已在 %1 秒内加载并检查 %n 条语句。</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema only: the live rows are not counted.</source>
        <translation>仅结构：不统计 D1 上的行数。</translation>
    </message>
    <message>
        <source>None of the chosen tables is one D1 exports itself, so D1 is not asked to export anything.</source>
        <translation>所选的表中没有 D1 自己导出的表，因此不会请求 D1 导出任何内容。</translation>
    </message>
    <message>
        <source>no table named &quot;%1&quot; in %2.%3</source>
        <translation>%2.%3 中没有名为“%1”的表</translation>
    </message>
    <message>
        <source>%1 To include them, choose them too (command line: --table %2).</source>
        <translation>%1 如需包含它们，请同时选择它们（命令行：--table %2）。</translation>
    </message>
    <message>
        <source>a local database has no live row counts on D1 to compare with</source>
        <translation>本地数据库在 D1 上没有可供比较的实时行数</translation>
    </message>
    <message>
        <source>Reading the local database %1 (read-only; a running wrangler dev is not disturbed).</source>
        <translation>正在读取本地数据库 %1（只读；不会干扰正在运行的 wrangler dev）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s).</source>
        <translation>
            <numerusform>%1：已重建，包含 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the dump of the local database (%1).</source>
        <translation>已写入本地数据库的转储（%1）。</translation>
    </message>
    <message>
        <source>Restoring the values D1 rounded…</source>
        <translation>正在恢复被 D1 舍入的值…</translation>
    </message>
    <message>
        <source>the fresh link is for another file (%1, not %2): the parts are not joined</source>
        <translation>新链接指向另一个文件（%1，而非 %2）：各部分未合并</translation>
    </message>
    <message>
        <source>Export again once nothing writes to the database, to get those rows exact too.</source>
        <translation>请在没有任何写入数据库的操作时重新导出，以便这些行也能精确获取。</translation>
    </message>
    <message>
        <source>a local database has no values on D1 to compare with</source>
        <translation>本地数据库在 D1 上没有可比较的值</translation>
    </message>
    <message>
        <source>Verifying while it downloads: loading the dump into a temporary SQLite database…</source>
        <translation>在下载时验证：正在将转储加载到临时 SQLite 数据库…</translation>
    </message>
    <message>
        <source>the API (%1) is reached over HTTPS, but the download link it gave is plain HTTP (%2): the dump would travel unencrypted, so it was not downloaded</source>
        <translation>API（%1）通过 HTTPS 访问，但它给出的下载链接是明文 HTTP（%2）：转储将以未加密方式传输，因此未下载</translation>
    </message>
    <message>
        <source> %1 was left as it was.</source>
        <translation> %1 保持不变。</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be read again exactly (%1), so nothing was saved: the dump would hold them rounded.%2 Try again later.</source>
        <translation>无法精确重新读取 D1 舍入的值（%1），因此未保存任何内容：转储中将包含舍入后的值。%2 请稍后重试。</translation>
    </message>
    <message>
        <source>Schema only: no values to compare with D1.</source>
        <translation>仅架构：没有可与 D1 比较的值。</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the values of %n table(s) with D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>正在将 %n 个表的值与 D1 比较（D1 会对此读取的每一行计费）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows written to D1 since the export also show up as differences.</source>
        <translation>自导出以来写入 D1 的行也会显示为差异。</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be written back into the dump (%1), so nothing was saved.%2</source>
        <translation>无法将 D1 舍入的值写回转储（%1），因此未保存任何内容。%2</translation>
    </message>
</context>
<context>
    <name>d1x::ExportPollJob</name>
    <message>
        <source>the export answer has no known status</source>
        <translation>导出响应中没有已知状态</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>D1 refused even though the virtual tables were left out of the table list. Export the other tables in smaller groups, or report this so that a dump through /query can be added.</source>
        <translation>即使已将虚拟表从表列表中排除，D1 仍然拒绝了。请将其余的表分成较小的组导出，或报告此问题，以便添加通过 /query 的导出方式。</translation>
    </message>
    <message>
        <source>D1 accepted the export (bookmark %1).</source>
        <translation>D1 已接受导出（书签 %1）。</translation>
    </message>
    <message>
        <source>the export answer has no bookmark to poll with</source>
        <translation>导出响应中没有可用于轮询的书签</translation>
    </message>
    <message>
        <source>D1 says an export is already running (%1). It is probably the one our lost request started; D1 cancels it once it goes unpolled. Trying again in %2 s.</source>
        <translation>D1 表示已有导出正在运行（%1）。它可能是我们丢失的请求所启动的；一旦无人轮询，D1 会取消它。%2 秒后重试。</translation>
    </message>
    <message>
        <source>D1 ended the export while we waited for the rate limit (%1). Starting it again, once.</source>
        <translation>D1 在我们等待速率限制期间结束了导出（%1）。将重新开始一次。</translation>
    </message>
    <message>
        <source>D1 had not started the export after %1</source>
        <translation>%1 后 D1 仍未开始导出</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still preparing the dump after %1 (%n poll(s))</source>
        <translation>
            <numerusform>%1 后 D1 仍在准备转储（已轮询 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ExportReadiness</name>
    <message>
        <source>Choose a project folder and one of its local D1 databases.</source>
        <translation>选择一个项目文件夹及其中的一个本地 D1 数据库。</translation>
    </message>
    <message>
        <source>Enter your Cloudflare credentials to begin.</source>
        <translation>请输入您的 Cloudflare 凭据以开始。</translation>
    </message>
    <message>
        <source>Choose the account that owns the database.</source>
        <translation>请选择拥有该数据库的账户。</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>请选择要导出的数据库。</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>正在读取 %1 的表…</translation>
    </message>
    <message>
        <source>Ready to export all of %1.</source>
        <translation>已准备好导出整个 %1。</translation>
    </message>
    <message>
        <source>%1 has no tables; the export will hold only what D1 writes for an empty database.</source>
        <translation>%1 没有表；导出内容将只包含 D1 为空数据库写出的内容。</translation>
    </message>
    <message>
        <source>Check at least one table to export.</source>
        <translation>请至少勾选一个要导出的表。</translation>
    </message>
    <message>
        <source>Ready to export %1.</source>
        <translation>已准备好导出 %1。</translation>
    </message>
</context>
<context>
    <name>d1x::ExportRequestCheck</name>
    <message>
        <source>no output file was chosen</source>
        <translation>未选择输出文件</translation>
    </message>
    <message>
        <source>the SQL file and the SQLite file must differ</source>
        <translation>SQL 文件和 SQLite 文件不能相同</translation>
    </message>
    <message>
        <source>&quot;schema only&quot; and &quot;data only&quot; exclude each other</source>
        <translation>“仅结构”与“仅数据”互斥</translation>
    </message>
    <message>
        <source>a data-only dump cannot be loaded on its own, so it can be neither verified nor saved as an SQLite database</source>
        <translation>仅含数据的转储无法单独加载，因此既不能验证，也不能保存为 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 是文件夹</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>%1 所在的文件夹不存在</translation>
    </message>
    <message>
        <source>the folder of %1 is not writable</source>
        <translation>%1 所在的文件夹不可写</translation>
    </message>
    <message>
        <source>nothing can be saved in the folder of %1 (%2)</source>
        <translation>无法在 %1 所在的文件夹中保存任何内容（%2）</translation>
    </message>
</context>
<context>
    <name>d1x::ImportCommand</name>
    <message>
        <source>Say which state to restore with --bookmark B (an import prints the bookmark taken before it).</source>
        <translation>请用 --bookmark B 指定要还原到的状态（import 会输出导入前创建的书签）。</translation>
    </message>
    <message>
        <source>Say which file to import with --input FILE (.sql, .sql.gz, .sqlite, .sqlite3 or .db).</source>
        <translation>请用 --input FILE 指定要导入的文件（.sql、.sql.gz、.sqlite、.sqlite3 或 .db）。</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; check the path given to --input.</source>
        <translation>%1 不是可读取的文件；请检查传给 --input 的路径。</translation>
    </message>
    <message numerus="yes">
        <source>To import: %1 (%2 bytes), %n statement(s)</source>
        <translation>
            <numerusform>要导入：%1（%2 字节），%n 条语句</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual tables (recreated): %1</source>
        <translation>虚拟表（重新创建）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Target: %1, which holds %n table(s) now.</source>
        <translation>
            <numerusform>目标：%1，当前有 %n 个表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: a new database, %1.</source>
        <translation>目标：新数据库 %1。</translation>
    </message>
    <message>
        <source>D1 blocks the database while it imports.</source>
        <translation>D1 在导入期间会锁定该数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s) (%2). Importing adds to them and may clash with what is there. Add --yes to import anyway (a Time Travel bookmark is taken first, so the import can be undone), or import into a new database with --create NAME.</source>
        <translation>
            <numerusform>%1 已有 %n 个表（%2）。导入会向其中添加内容，并可能与现有内容冲突。添加 --yes 仍然导入（会先创建 Time Travel 书签，以便撤销导入），或使用 --create NAME 导入到新数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Bookmark before the import: %1</source>
        <translation>导入前的书签：%1</translation>
    </message>
    <message>
        <source>To undo the import: %1</source>
        <translation>撤销导入：%1</translation>
    </message>
    <message>
        <source>or with wrangler: %1</source>
        <translation>或使用 wrangler：%1</translation>
    </message>
    <message>
        <source>Restoring %1 to the Time Travel bookmark %2…</source>
        <translation>正在将 %1 还原到 Time Travel 书签 %2…</translation>
    </message>
    <message>
        <source>the restore answer has no bookmark</source>
        <translation>还原的应答中没有书签</translation>
    </message>
    <message>
        <source>%1 is restored to %2.</source>
        <translation>%1 已还原到 %2。</translation>
    </message>
    <message>
        <source>To undo this restore: %1</source>
        <translation>撤销此次还原：%1</translation>
    </message>
</context>
<context>
    <name>d1x::ImportController</name>
    <message>
        <source>D1 is importing the file; the database is blocked until it has finished.</source>
        <translation>D1 正在导入文件；在完成之前数据库会被锁定。</translation>
    </message>
    <message>
        <source>%1: %2 in the file, %3 on D1</source>
        <translation>%1：文件中 %2，D1 上 %3</translation>
    </message>
    <message numerus="yes">
        <source>Row counts on D1 equal the file&apos;s, table by table (%n table(s)).</source>
        <translation>
            <numerusform>D1 上的行数与文件中的行数逐表一致（%n 个表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts on D1 differ from the file&apos;s: %1</source>
        <translation>D1 上的行数与文件中的不同：%1</translation>
    </message>
    <message>
        <source>no account or target database was given</source>
        <translation>未指定账户或目标数据库</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; choose the dump or database to import</source>
        <translation>%1 不是可读取的文件；请选择要导入的转储或数据库</translation>
    </message>
    <message>
        <source>no temporary file could be made in %1: %2</source>
        <translation>无法在 %1 中创建临时文件：%2</translation>
    </message>
    <message>
        <source>Preparing %1 for D1…</source>
        <translation>正在为 D1 准备 %1…</translation>
    </message>
    <message>
        <source>a database named %1 already exists; choose another name, or import into it (without --create / &quot;new database&quot;)</source>
        <translation>名为 %1 的数据库已存在；请选择其他名称，或导入到该数据库中（不使用 --create /“新数据库”）</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已省略：%1</translation>
    </message>
    <message numerus="yes">
        <source>Prepared %1 bytes of SQL: %n statement(s), %2 table(s).</source>
        <translation>
            <numerusform>已准备 %1 字节的 SQL：%n 条语句，%2 个表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) longer than D1&apos;s statement limit are written in pieces.</source>
        <translation>
            <numerusform>%n 行超过 D1 的语句长度限制，已分段写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s): %2</source>
        <translation>
            <numerusform>%1 已有 %n 个表：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>正在创建数据库 %1…</translation>
    </message>
    <message>
        <source>the new database&apos;s id is missing from the answer</source>
        <translation>应答中缺少新数据库的 ID</translation>
    </message>
    <message>
        <source>Created the database %1 (%2).</source>
        <translation>已创建数据库 %1（%2）。</translation>
    </message>
    <message>
        <source>Time Travel gave no bookmark</source>
        <translation>Time Travel 未返回书签</translation>
    </message>
    <message>
        <source>Time Travel bookmark before the import: %1. To undo the import: %2 (or %3)</source>
        <translation>导入前的 Time Travel 书签：%1。撤销导入：%2（或 %3）</translation>
    </message>
    <message>
        <source>Importing into %1: %2 bytes to upload.</source>
        <translation>正在导入到 %1：要上传 %2 字节。</translation>
    </message>
    <message numerus="yes">
        <source>D1 imported the file: %n quer(y/ies), %1 row(s) written, the database is now %2 bytes.</source>
        <translation>
            <numerusform>D1 已导入文件：%n 次查询，写入 %1 行，数据库现在为 %2 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (one query; D1 bills the rows it reads)…</source>
        <translation>
            <numerusform>正在 D1 上统计 %n 个表的行数（一次查询；D1 按读取行数计费）…</numerusform>
        </translation>
    </message>
    <message>
        <source>D1 has the file and goes on by itself: it completes the import or rolls it back; the database stays blocked until then.</source>
        <translation>D1 已收到文件并会自行继续：完成导入或将其回滚；在此之前数据库保持锁定。</translation>
    </message>
    <message>
        <source>The database %1 created for this import could not be deleted again: %2</source>
        <translation>为此次导入创建的数据库 %1 无法再删除：%2</translation>
    </message>
    <message>
        <source>Deleted the database %1 created for this import again.</source>
        <translation>已删除为此次导入创建的数据库 %1。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed on D1.</source>
        <translation>已取消；D1 上没有任何更改。</translation>
    </message>
    <message>
        <source>Cancelled after D1 took the file: D1 completes the import or rolls it back on its own, and the database stays blocked until then.%1</source>
        <translation>在 D1 接收文件后取消：D1 会自行完成导入或将其回滚，在此之前数据库保持锁定。%1</translation>
    </message>
    <message>
        <source> To go back to the state before it afterwards: %1</source>
        <translation> 之后要回到导入前的状态：%1</translation>
    </message>
    <message>
        <source>Cancelled before D1 took the file; nothing was changed on D1.</source>
        <translation>在 D1 接收文件前取消；D1 上没有任何更改。</translation>
    </message>
    <message>
        <source>Row counting cancelled; the import itself is complete.</source>
        <translation>行数统计已取消；导入本身已完成。</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark before the import (%2)…</source>
        <translation>正在将 %1 还原到导入前的书签（%2）…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>撤销失败：%1</translation>
    </message>
    <message>
        <source>%1 is back at its state before the import.%2</source>
        <translation>%1 已回到导入前的状态。%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n table(s) of the same name as the file&apos;s: %2. D1 would refuse the whole import (&quot;table already exists&quot;), so nothing was sent. Import into a new database instead, or drop those tables first.</source>
        <translation>
            <numerusform>%1 已有 %n 个与文件中同名的表：%2。D1 会拒绝整个导入（&quot;table already exists&quot;），因此未发送任何内容。请改为导入到新数据库，或先删除这些表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ImportJob</name>
    <message>
        <source>the import answer has no known status</source>
        <translation>导入的应答中没有已知的状态</translation>
    </message>
    <message>
        <source>D1 asked for an upload while importing</source>
        <translation>D1 在导入期间要求上传</translation>
    </message>
    <message>
        <source>D1 gave an upload address that is not a web address</source>
        <translation>D1 给出的上传地址不是网址</translation>
    </message>
    <message>
        <source>D1 gave no file name for the upload</source>
        <translation>D1 未给出上传的文件名</translation>
    </message>
    <message>
        <source>D1 is ready for the upload of %1 bytes.</source>
        <translation>D1 已准备好上传 %1 字节。</translation>
    </message>
    <message>
        <source>D1 already holds this file (md5 %1); no upload needed.</source>
        <translation>D1 已有此文件（md5 %1）；无需上传。</translation>
    </message>
    <message>
        <source>the import answer has no bookmark to poll with</source>
        <translation>导入的应答中没有用于轮询的书签</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the upload address redirected elsewhere (HTTP %1); an upload is never sent on</source>
        <translation>上传地址重定向到了别处（HTTP %1）；上传从不转发</translation>
    </message>
    <message numerus="yes">
        <source>the upload address expired %n time(s) in a row</source>
        <translation>
            <numerusform>上传地址连续 %n 次过期</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload address has expired; asking D1 for a fresh one.</source>
        <translation>上传地址已过期；正在向 D1 请求新的地址。</translation>
    </message>
    <message>
        <source>the upload server answered HTTP %1</source>
        <translation>上传服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>the upload stalled</source>
        <translation>上传停滞</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>what arrived differed from the file %n time(s) (ETag %1, md5 %2)</source>
        <translation>
            <numerusform>收到的内容与文件不同 %n 次（ETag %1，md5 %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>What arrived differs from the file (ETag %1, md5 %2); uploading it again.</source>
        <translation>收到的内容与文件不同（ETag %1，md5 %2）；正在重新上传。</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes in %2 s; the upload server confirmed the md5. Asking D1 to import it.</source>
        <translation>已在 %2 秒内上传 %1 字节；上传服务器已确认 md5。正在请求 D1 导入。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s); nothing was imported)</source>
        <translation>
            <numerusform>%1（尝试 %n 次后；未导入任何内容）</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload was interrupted (%1) after %2 bytes; sending the file again in %3 s (attempt %4 of %5).</source>
        <translation>上传在 %2 字节后中断（%1）；将在 %3 秒后重新发送文件（第 %4 次尝试，共 %5 次）。</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still importing after %1 (%n poll(s)); it finishes or rolls back on its own</source>
        <translation>
            <numerusform>%1 后 D1 仍在导入（轮询 %n 次）；它会自行完成或回滚</numerusform>
        </translation>
    </message>
    <message>
        <source>Found D1&apos;s import of the file; following it.</source>
        <translation>已在 D1 找到该文件的导入；继续跟踪。</translation>
    </message>
    <message>
        <source>The answer to the request to import the file was lost (%1). D1 may be importing it already, so it is not sent again: looking for the import under the bookmark from before it…</source>
        <translation>导入文件请求的应答丢失 (%1)。D1 可能已在导入，因此不再重新发送：正在导入前的书签下查找该导入…</translation>
    </message>
    <message>
        <source>D1 started no import under that bookmark; asking for the upload again.</source>
        <translation>D1 未在该书签下开始任何导入；重新请求上传。</translation>
    </message>
    <message>
        <source>The answer to the first request of the import was lost (%1). D1 starts importing at once when it still holds this file, so the request is not sent again before looking for an import under the bookmark from before it…</source>
        <translation>导入的第一个请求的应答丢失 (%1)。D1 若仍保有此文件会立即开始导入，因此在导入前的书签下查找导入之前不会重新发送该请求…</translation>
    </message>
</context>
<context>
    <name>d1x::LiveCountJob</name>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>正在 D1 上统计 %n 个表的行数（D1 会对读取的每一行计费）…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次尝试）。</translation>
    </message>
    <message>
        <source>The rows could not be counted on D1 (%1); the export goes on without the comparison.</source>
        <translation>无法在 D1 上统计行数（%1）；导出将在不做比较的情况下继续。</translation>
    </message>
    <message>
        <source>the row counts came back incomplete</source>
        <translation>返回的行数不完整</translation>
    </message>
    <message>
        <source>D1 holds %1 rows in these tables.</source>
        <translation>D1 中这些表共有 %1 行。</translation>
    </message>
</context>
<context>
    <name>d1x::LocalDatabaseLocator</name>
    <message>
        <source>There is no local development data yet: %1 does not exist. Create the local database first, e.g. with &quot;wrangler d1 migrations apply %2 --local&quot; or &quot;wrangler dev&quot; in %3%4.</source>
        <translation>尚无本地开发数据：%1 不存在。请先创建本地数据库，例如在 %3 中运行“wrangler d1 migrations apply %2 --local”或“wrangler dev”%4。</translation>
    </message>
    <message>
        <source> with the same --persist-to</source>
        <translation> 并使用相同的 --persist-to</translation>
    </message>
    <message>
        <source>The local database of %1 has not been created yet (no %2). Run &quot;wrangler d1 migrations apply %1 --local&quot; or &quot;wrangler d1 execute %1 --local --command …&quot; first, or start &quot;wrangler dev&quot; and use the database once.</source>
        <translation>%1 的本地数据库尚未创建（没有 %2）。请先运行“wrangler d1 migrations apply %1 --local”或“wrangler d1 execute %1 --local --command …”，或启动“wrangler dev”并使用该数据库一次。</translation>
    </message>
</context>
<context>
    <name>d1x::LocalDumpWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>正在读取 %1 的列</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>正在读取 %1 的行</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>正在读取结构</translation>
    </message>
    <message>
        <source>%1 is a virtual table; it must be recreated after the dump</source>
        <translation>%1 是虚拟表；必须在转储后重建</translation>
    </message>
</context>
<context>
    <name>d1x::OutputStream</name>
    <message>
        <source>%1 did not take the dump: %2</source>
        <translation>%1 未接收转储：%2</translation>
    </message>
</context>
<context>
    <name>d1x::PagedCall</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>ID 中包含不允许的字符</translation>
    </message>
</context>
<context>
    <name>d1x::Parser</name>
    <message>
        <source>a table header is not closed with ]</source>
        <translation>表头未以 ] 闭合</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>unexpected text after a value</source>
        <translation>值后面有意外的文本</translation>
    </message>
    <message>
        <source>a key was expected</source>
        <translation>此处应为键</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 被定义了两次</translation>
    </message>
    <message>
        <source>%1 is not a table</source>
        <translation>%1 不是表</translation>
    </message>
    <message>
        <source>= was expected after the key %1</source>
        <translation>键 %1 后面应为 =</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>此处应为值</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>a \u escape needs hexadecimal digits</source>
        <translation>\u 转义需要十六进制数字</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation>字符串中有未知的转义 \%1</translation>
    </message>
    <message>
        <source>an array is not closed with ]</source>
        <translation>数组未以 ] 闭合</translation>
    </message>
    <message>
        <source>an inline table is not closed with }</source>
        <translation>内联表未以 } 闭合</translation>
    </message>
</context>
<context>
    <name>d1x::PollPacer</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次尝试）。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached; waiting %1 s as it asks, then going on.</source>
        <translation>已达到 Cloudflare 的速率限制；按其要求等待 %1 秒后继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ProjectDatabase</name>
    <message>
        <source>The wrangler configuration %1 does not exist.</source>
        <translation>wrangler 配置 %1 不存在。</translation>
    </message>
    <message>
        <source>No wrangler configuration (wrangler.json, wrangler.jsonc or wrangler.toml) in %1 or a folder above it. Run this in your Worker&apos;s project folder, or name the file with --config FILE.</source>
        <translation>在 %1 或其上级文件夹中没有 wrangler 配置（wrangler.json、wrangler.jsonc 或 wrangler.toml）。请在 Worker 的项目文件夹中运行，或使用 --config FILE 指定文件。</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases)%2, so there is no local database &quot;%3&quot;.</source>
        <translation>%1 未声明任何 D1 数据库（d1_databases）%2，因此没有本地数据库“%3”。</translation>
    </message>
    <message>
        <source> in the environment %1</source>
        <translation> （在环境 %1 中）</translation>
    </message>
    <message>
        <source>%1 has no D1 database with the name or binding &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 中没有名称或绑定为“%2”的 D1 数据库（现有：%3）。%4</translation>
    </message>
    <message>
        <source>%1 declares %2 without a database_id, which a remote export needs. Create the database (&quot;wrangler d1 create %2&quot;) and add its id, or export the local one with --local.</source>
        <translation>%1 声明了 %2，但没有远程导出所需的 database_id。请创建该数据库（“wrangler d1 create %2”）并添加其 id，或使用 --local 导出本地数据库。</translation>
    </message>
</context>
<context>
    <name>d1x::SavedSecrets</name>
    <message>
        <source>Loaded the saved secret for %1 from the system keychain.</source>
        <translation>已从系统钥匙串加载 %1 的已保存密钥。</translation>
    </message>
    <message>
        <source>No saved secret for %1 was found in the system keychain.</source>
        <translation>系统钥匙串中没有找到 %1 的已保存密钥。</translation>
    </message>
    <message>
        <source>Saved the secret in the system keychain.</source>
        <translation>已将密钥保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>Moved the saved secret to an entry for %1 only.</source>
        <translation>已将保存的密钥移到仅供 %1 使用的条目。</translation>
    </message>
    <message>
        <source>Removed the secret from the system keychain.</source>
        <translation>已从系统钥匙串中删除密钥。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Your secret is kept for this session only and will not be remembered.</source>
        <translation>没有可用的系统钥匙串（%1）。您的密钥仅在本次会话中保留，不会被记住。</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Your secret is kept for this session only.</source>
        <translation>无法使用系统钥匙串（%1）。您的密钥仅在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>d1x::ValueRepairJob</name>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of D1&apos;s dump hold numbers D1 may have rounded (64-bit integers, infinities); reading just those again, as exact text…</source>
        <translation>
            <numerusform>D1 的转储中有 %n 行包含可能已被 D1 舍入的数字（64 位整数、无穷大）；正在以精确文本重新读取这些行…</numerusform>
        </translation>
    </message>
    <message>
        <source>its columns are unknown</source>
        <translation>其列未知</translation>
    </message>
    <message>
        <source>its key columns are not in the dump</source>
        <translation>其键列不在转储中</translation>
    </message>
    <message>
        <source>%1 has no key to find rows by: reading it in order up to row %2.</source>
        <translation>%1 没有可用于查找行的键：将按顺序读取至第 %2 行。</translation>
    </message>
    <message numerus="yes">
        <source>no row on D1 holds these values now (%n row(s) with its key)</source>
        <translation>
            <numerusform>D1 上现在没有任何行包含这些值（有 %n 行具有其键）</numerusform>
        </translation>
    </message>
    <message>
        <source>the row is no longer on D1</source>
        <translation>该行已不在 D1 上</translation>
    </message>
    <message>
        <source>its columns differ on D1</source>
        <translation>其列在 D1 上不同</translation>
    </message>
    <message>
        <source>%1 is now %2 on D1 (row %3 of the table)</source>
        <translation>%1 在 D1 上现为 %2（表的第 %3 行）</translation>
    </message>
    <message>
        <source>%1, line %2 of the dump: %3</source>
        <translation>%1，转储第 %2 行：%3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the dump again with %n exact value(s)…</source>
        <translation>
            <numerusform>正在使用 %n 个精确值重新写入转储…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::VirtualTableReadJob</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次尝试）。</translation>
    </message>
    <message>
        <source>%1: recreated (schema only).</source>
        <translation>%1：已重建（仅结构）。</translation>
    </message>
    <message>
        <source>%1: recreated; its index is rebuilt from %2 on import.</source>
        <translation>%1：已重建；导入时将根据 %2 重建其索引。</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>the rows of the virtual table %1 could not be read (%2); a dump without them would be incomplete, so nothing was saved. Try again, or choose schema only to export its definition alone.</source>
        <translation>无法读取虚拟表 %1 的行（%2）；缺少这些行的转储将不完整，因此未保存任何内容。请重试，或选择“仅结构”以只导出其定义。</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s), read through /query.</source>
        <translation>
            <numerusform>%1：已连同其 %n 行重建，数据通过 /query 读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::WranglerConfig</name>
    <message>
        <source>The wrangler configuration %1 cannot be read: %2.</source>
        <translation>无法读取 wrangler 配置 %1：%2。</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid TOML (%2).</source>
        <translation>wrangler 配置 %1 不是有效的 TOML（%2）。</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid JSON (%2).</source>
        <translation>wrangler 配置 %1 不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1 defines no environments, so there is no --env %2.</source>
        <translation>%1 未定义任何环境，因此没有 --env %2。</translation>
    </message>
    <message>
        <source>%1 has no environment &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 中没有环境“%2”（现有：%3）。%4</translation>
    </message>
</context>
<context>
    <name>d1x::ui::AccountCombo</name>
    <message>
        <source>Pick an account or paste its ID</source>
        <translation>选择账户或粘贴其 ID</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>账户 ID：%1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::BackupDialog</name>
    <message>
        <source>Back up &amp;all databases of the account, also ones created later</source>
        <translation>备份该账户的所有数据库，包括以后创建的(&amp;A)</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Compress with &amp;gzip (.sql.gz)</source>
        <translation>使用 gzip 压缩（.sql.gz）(&amp;G)</translation>
    </message>
    <message>
        <source>Also save each as an S&amp;QLite database</source>
        <translation>同时将每个数据库另存为 SQLite 数据库(&amp;Q)</translation>
    </message>
    <message>
        <source>Chec&amp;k each dump after saving</source>
        <translation>保存后检查每个转储(&amp;K)</translation>
    </message>
    <message>
        <source>Compare row counts with &amp;D1</source>
        <translation>与 D1 比较行数(&amp;D)</translation>
    </message>
    <message>
        <source>Back Up Databases</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>Filter databases</source>
        <translation>筛选数据库</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation>要备份的数据库</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Databases to back &amp;up:</source>
        <translation>要备份的数据库(&amp;U)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Folder for the dumps and manifest.json</source>
        <translation>存放转储和 manifest.json 的文件夹</translation>
    </message>
    <message>
        <source>D1 backups</source>
        <translation>D1 备份</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Load each saved dump into a temporary SQLite database: row counts per table, and statements too long to load back into D1.</source>
        <translation>将每个已保存的转储加载到临时 SQLite 数据库：检查每个表的行数，以及过长而无法导回 D1 的语句。</translation>
    </message>
    <message>
        <source>Before each export, count the rows of every table on D1 with one query and compare them with the dump.</source>
        <translation>每次导出前，用一次查询统计 D1 上每个表的行数，并与转储比较。</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Every database the account has when the backup starts.</source>
        <translation>备份开始时该账户拥有的所有数据库。</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>已勾选：%1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one database, or back up all of them.</source>
        <translation>请至少勾选一个数据库，或备份所有数据库。</translation>
    </message>
    <message>
        <source>Choose the folder the backups go into.</source>
        <translation>请选择存放备份的文件夹。</translation>
    </message>
    <message>
        <source>Folder for the Backups</source>
        <translation>存放备份的文件夹</translation>
    </message>
    <message>
        <source>Compare &amp;values with D1</source>
        <translation>与 D1 比较值(&amp;V)</translation>
    </message>
    <message>
        <source>After saving, load each dump once more and compare every table&apos;s values with D1&apos;s by fingerprints (the same SQL on both sides).</source>
        <translation>保存后再次加载每个转储，并通过指纹将每个表的值与 D1 上的值比较（两端使用相同 SQL）。</translation>
    </message>
    <message>
        <source>Counting reads every row once, comparing values once more, and D1 bills rows read.</source>
        <translation>统计会将每一行读取一次，比较值会再读取一次，而 D1 按读取的行数计费。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::CredentialsPanel</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>保存到系统钥匙串(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>API token (recommended)</source>
        <translation>API 令牌（推荐）</translation>
    </message>
    <message>
        <source>Email and global API key</source>
        <translation>电子邮件和全局 API 密钥</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>登录方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Paste an API token with D1 read permission</source>
        <translation>粘贴具有 D1 读取权限的 API 令牌</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API 令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Create a token&lt;/a&gt; (My Profile → API Tokens, D1 Read)</source>
        <translation>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;创建令牌&lt;/a&gt;（My Profile → API Tokens，D1 Read）</translation>
    </message>
    <message>
        <source>Opens the Cloudflare dashboard in your browser</source>
        <translation>在浏览器中打开 Cloudflare 控制台</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>账户电子邮件</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>Global API key from your Cloudflare profile</source>
        <translation>Cloudflare 个人资料中的全局 API 密钥</translation>
    </message>
    <message>
        <source>Global API key</source>
        <translation>全局 API 密钥</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>全局 API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain so you need not paste it again. It is never written to the settings file.</source>
        <translation>将密钥保存在系统钥匙串中，这样就无需再次粘贴。它绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>高级(&amp;D)</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>显示高级设置</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基础 URL</translation>
    </message>
    <message>
        <source>Where the Cloudflare API lives. Change it only for a proxy or a local emulator; plain http is accepted for this computer only.</source>
        <translation>Cloudflare API 的地址。仅在使用代理或本地模拟器时更改；未加密的 http 仅接受本机地址。</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>API 基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Ask Cloudflare whether these credentials work (Enter in the secret field)</source>
        <translation>向 Cloudflare 确认这些凭据是否可用（在密钥输入框中按 Enter）</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>尚未验证。</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>隐藏高级设置</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabaseListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID：%2</translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation>司法管辖区：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabasePicker</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>重新加载(&amp;O)</translation>
    </message>
    <message>
        <source>Cloudflare account</source>
        <translation>Cloudflare 账户</translation>
    </message>
    <message>
        <source>The account that owns the database. Account-owned tokens cannot list accounts: paste the account ID from the dashboard instead.</source>
        <translation>拥有该数据库的账户。账户所有的令牌无法列出账户：请改为从控制台粘贴账户 ID。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Reload the list of accounts</source>
        <translation>重新加载账户列表</translation>
    </message>
    <message>
        <source>Reload accounts</source>
        <translation>重新加载账户</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>名称或 ID</translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation>搜索数据库</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Load the list of databases again</source>
        <translation>重新加载数据库列表</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>选择一个账户以查看其数据库。</translation>
    </message>
    <message>
        <source>This account has no D1 databases.</source>
        <translation>此账户没有 D1 数据库。</translation>
    </message>
    <message numerus="yes">
        <source>Databases: %n</source>
        <translation>
            <numerusform>数据库：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Databases: %1 of %n match the search</source>
        <translation>
            <numerusform>数据库：%n 个中有 %1 个符合搜索</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>the emulator did not report that it was ready within %n second(s)</source>
        <translation>
            <numerusform>模拟器未在 %n 秒内报告已就绪</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>the emulator stopped unexpectedly. %1</source>
        <translation>模拟器意外停止。%1</translation>
    </message>
    <message>
        <source>the emulator exited with code %1. %2</source>
        <translation>模拟器已退出，代码 %1。%2</translation>
    </message>
    <message>
        <source>the emulator program was not found at %1</source>
        <translation>在 %1 未找到模拟器程序</translation>
    </message>
    <message>
        <source>the emulator did not say where it listens</source>
        <translation>模拟器没有告知其监听地址</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DependencyNote</name>
    <message numerus="yes">
        <source>Add %n Table(s)</source>
        <translation>
            <numerusform>添加 %n 个表</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1 too</source>
        <translation>同时导出 %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Include related ob&amp;jects</source>
        <translation>包含相关对象(&amp;J)</translation>
    </message>
    <message>
        <source>Check the dump after sav&amp;ing</source>
        <translation>保存后检查转储(&amp;I)</translation>
    </message>
    <message>
        <source>Compare row counts with D1</source>
        <translation>与 D1 比较行数</translation>
    </message>
    <message>
        <source>Also save as S&amp;QLite</source>
        <translation>同时另存为 SQLite(&amp;Q)</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>统计会将每一行读取一次，而 D1 按读取的行数计费。</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, which D1&apos;s table filter leaves out.</source>
        <translation>所选表的索引和触发器，D1 的表筛选会省略它们。</translation>
    </message>
    <message>
        <source>Loads it into SQLite: rows per table, statements too long for D1.</source>
        <translation>将其加载到 SQLite：检查每个表的行数，以及对 D1 而言过长的语句。</translation>
    </message>
    <message>
        <source>A .sqlite database beside the SQL file.</source>
        <translation>在 SQL 文件旁保存一个 .sqlite 数据库。</translation>
    </message>
    <message>
        <source>A data-only dump holds no indexes or triggers.</source>
        <translation>仅含数据的转储不包含索引或触发器。</translation>
    </message>
    <message>
        <source>Every table is chosen: D1 exports all indexes and triggers anyway.</source>
        <translation>已选择所有表：D1 无论如何都会导出所有索引和触发器。</translation>
    </message>
    <message>
        <source>D1&apos;s table filter keeps only the objects named in it, so a partial export would lose the indexes and triggers of the chosen tables. With this on they are exported too.</source>
        <translation>D1 的表筛选只保留其中指定的对象，因此部分导出会丢失所选表的索引和触发器。启用此项后，它们也会被导出。</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own, so it cannot be checked.</source>
        <translation>仅含数据的转储无法单独加载，因此无法检查。</translation>
    </message>
    <message>
        <source>A schema-only dump has no rows to compare.</source>
        <translation>仅含结构的转储没有可比较的行。</translation>
    </message>
    <message>
        <source>Just before the export, count the rows of every exported table on D1 with one query, and compare them with the rows of the saved dump.</source>
        <translation>在导出前，用一次查询统计 D1 上每个导出表的行数，并与已保存转储中的行数比较。</translation>
    </message>
    <message>
        <source>Load the dump into a new SQLite database and save it beside the SQL file, with the same name ending in .sqlite. To save only the SQLite database, choose that file type when saving.</source>
        <translation>将转储加载到新的 SQLite 数据库，并以相同名称（扩展名为 .sqlite）保存在 SQL 文件旁。若只想保存 SQLite 数据库，请在保存时选择该文件类型。</translation>
    </message>
    <message>
        <source>Comparing row counts and saving an SQLite database both load the dump, which checks it.</source>
        <translation>比较行数和保存 SQLite 数据库都会加载转储，从而对其进行检查。</translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation>超时放弃（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>放弃时限</translation>
    </message>
    <message>
        <source>when D1 has not produced the dump by then, waits for Cloudflare&apos;s rate limit included.</source>
        <translation>若届时 D1 仍未生成转储则放弃，包括等待 Cloudflare 速率限制的时间。</translation>
    </message>
    <message>
        <source>Compare values with D1</source>
        <translation>与 D1 比较值</translation>
    </message>
    <message>
        <source>Fingerprints of every value, by the same SQL on D1 and on the saved dump: reads every row once more, and D1 bills rows read.</source>
        <translation>每个值的指纹，在 D1 和已保存的转储上用相同 SQL 计算：会再次读取每一行，而 D1 按读取行数计费。</translation>
    </message>
    <message>
        <source>A schema-only dump has no values to compare.</source>
        <translation>仅含架构的转储没有可比较的值。</translation>
    </message>
    <message>
        <source>After saving, load the dump once more and compare every exported table&apos;s values with D1&apos;s by fingerprints; a difference names the table and row.</source>
        <translation>保存后再次加载转储，并通过指纹将每个导出表的值与 D1 上的值比较；如有差异，会指出表和行。</translation>
    </message>
    <message>
        <source>Load the dump into a temporary SQLite database while it downloads: row counts per table, and statements too long to load back into D1.</source>
        <translation>在下载的同时将转储加载到临时 SQLite 数据库：检查每个表的行数，以及过长而无法导回 D1 的语句。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>O&amp;pen Folder</source>
        <translation>打开文件夹(&amp;P)</translation>
    </message>
    <message>
        <source>Cop&amp;y Path</source>
        <translation>复制路径(&amp;Y)</translation>
    </message>
    <message>
        <source>Choose where to save, then export (Ctrl+E)</source>
        <translation>选择保存位置，然后导出（Ctrl+E）</translation>
    </message>
    <message>
        <source>Stop the export; no file is written (Esc)</source>
        <translation>停止导出；不会写入任何文件（Esc）</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>进度日志</translation>
    </message>
    <message>
        <source>Show the saved file&apos;s folder in the file manager</source>
        <translation>在文件管理器中显示已保存文件所在的文件夹</translation>
    </message>
    <message>
        <source>Copy the saved file&apos;s full path to the clipboard</source>
        <translation>将已保存文件的完整路径复制到剪贴板</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>请选择要导出的数据库。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4 left</source>
        <translation>%1 / %2 · %3 · 剩余 %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，用时 %2</translation>
    </message>
    <message>
        <source>Saved %1: %2 in %3.</source>
        <translation>已保存 %1（%2，用时 %3）。</translation>
    </message>
    <message>
        <source>You cancelled the export. No file was written; an existing file with that name was left as it was.</source>
        <translation>您已取消导出。未写入任何文件；同名的现有文件保持不变。</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>Loading the saved dump into SQLite to check it…</source>
        <translation>正在将已保存的转储加载到 SQLite 以进行检查…</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>已检查 %1 / %2</translation>
    </message>
    <message>
        <source>%1 compressed to %2, in %3</source>
        <translation>%1 压缩为 %2，用时 %3</translation>
    </message>
    <message numerus="yes">
        <source>It loads into SQLite, but %n statement(s) are too long to load back into D1.</source>
        <translation>
            <numerusform>可加载到 SQLite，但有 %n 条语句过长，无法导回 D1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: it loads into SQLite (%1 rows).</source>
        <translation>已检查：可加载到 SQLite（%1 行）。</translation>
    </message>
    <message>
        <source>Back Up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Export several databases of this account, or all of them, into one folder with a manifest (Ctrl+B)</source>
        <translation>将此账户的多个或全部数据库导出到同一个文件夹，并附带清单（Ctrl+B）</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row count(s) differ from D1: see the report.</source>
        <translation>
            <numerusform>有 %n 个行数与 D1 不一致：请查看报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>But it does not load into SQLite: see the report.</source>
        <translation>但它无法加载到 SQLite：请查看报告。</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>Listing the databases…</source>
        <translation>正在列出数据库…</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1/%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>You cancelled the backup after %n database(s); what was saved is in the manifest.</source>
        <translation>
            <numerusform>您在备份了 %n 个数据库后取消了备份；已保存的内容记录在清单中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Backup finished with problems</source>
        <translation>备份完成，但有问题</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s).</source>
        <translation>
            <numerusform>已备份 %n 个数据库中的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the report.</source>
        <translation>
            <numerusform>%n 个未成功：请查看报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>无法写入清单：%1</translation>
    </message>
    <message>
        <source>Reading the saved dump for values D1 rounded…</source>
        <translation>正在读取已保存的转储以查找被 D1 舍入的值…</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare&apos;s rate limit: going on in %n s</source>
        <translation>
            <numerusform>Cloudflare 的速率限制：%n 秒后继续</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Count &amp;rows after the import</source>
        <translation>导入后统计行数(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>准备(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Import into D1</source>
        <translation>导入到 D1</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>A .sql or .sql.gz dump, or an SQLite database (.sqlite, .sqlite3, .db)</source>
        <translation>.sql 或 .sql.gz 转储，或 SQLite 数据库（.sqlite、.sqlite3、.db）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>导入到：</translation>
    </message>
    <message>
        <source>After the import, count the rows of every table on D1 with one query and compare them with the file.</source>
        <translation>导入后，用一次查询在 D1 上统计每个表的行数，并与文件比较。</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>统计会将每一行读取一次，而 D1 按读取的行数计费。</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>导入日志</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>Repor&amp;t</source>
        <translation>报告(&amp;T)</translation>
    </message>
    <message>
        <source>Restore the database to the Time Travel bookmark taken before the import (asks first)</source>
        <translation>将数据库还原到导入前创建的 Time Travel 书签（会先询问）</translation>
    </message>
    <message>
        <source>Stop the import. Before D1 starts loading the file nothing changes on D1.</source>
        <translation>停止导入。在 D1 开始加载文件之前，D1 上不会有任何更改。</translation>
    </message>
    <message>
        <source>Turn the file into SQL that D1 loads and show what will be imported; nothing is sent to D1 yet</source>
        <translation>将文件转换为 D1 可加载的 SQL，并显示将要导入的内容；此时尚不向 D1 发送任何内容</translation>
    </message>
    <message>
        <source>Upload the prepared SQL and let D1 import it</source>
        <translation>上传准备好的 SQL，并让 D1 导入</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>%1 is not a file that exists: choose the file again.</source>
        <translation>%1 不是存在的文件：请重新选择文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>无法读取 %1：请检查其权限。</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>SQL dumps and SQLite databases (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQL 转储和 SQLite 数据库 (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The choices changed: prepare again.</source>
        <translation>选项已更改：请重新准备。</translation>
    </message>
    <message>
        <source>Preparing %1 for %2…</source>
        <translation>正在为 %2 准备 %1…</translation>
    </message>
    <message>
        <source>Not imported: nothing was sent to D1.</source>
        <translation>未导入：未向 D1 发送任何内容。</translation>
    </message>
    <message>
        <source>You cancelled before importing: nothing changed on D1.</source>
        <translation>您在导入前已取消：D1 上没有任何更改。</translation>
    </message>
    <message>
        <source>Undo the Import?</source>
        <translation>撤销导入？</translation>
    </message>
    <message>
        <source>Restore %1 to the Time Travel bookmark taken before the import?</source>
        <translation>将 %1 还原到导入前创建的 Time Travel 书签？</translation>
    </message>
    <message>
        <source>Everything written to %1 since that bookmark is undone: the import, and anything else written to it meanwhile. D1 keeps a bookmark of the state before the restore.</source>
        <translation>自该书签以来写入 %1 的所有内容都会被撤销：包括此次导入，以及在此期间写入的其他任何内容。D1 会保留还原前状态的书签。</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>导入正在进行</translation>
    </message>
    <message>
        <source>D1 is working on %1.</source>
        <translation>D1 正在处理 %1。</translation>
    </message>
    <message>
        <source>The import has not reached D1 yet.</source>
        <translation>导入尚未到达 D1。</translation>
    </message>
    <message>
        <source>Close anyway? D1 goes on on its own and either completes or rolls back; the database stays blocked until then.</source>
        <translation>仍然关闭？D1 会自行继续，完成或回滚；在此之前数据库保持锁定。</translation>
    </message>
    <message>
        <source>Cancel it and close? Nothing changes on D1.</source>
        <translation>取消导入并关闭？D1 上不会有任何更改。</translation>
    </message>
    <message>
        <source>Ready: Prepare turns the file into SQL that D1 loads. Nothing is sent yet.</source>
        <translation>就绪：“准备”会将文件转换为 D1 可加载的 SQL。尚未发送任何内容。</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>正在准备文件…</translation>
    </message>
    <message>
        <source>Prepared: check the summary, then Import.</source>
        <translation>已准备：请检查摘要，然后点击“导入”。</translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>正在创建数据库 %1…</translation>
    </message>
    <message>
        <source>Taking a Time Travel bookmark of %1…</source>
        <translation>正在创建 %1 的 Time Travel 书签…</translation>
    </message>
    <message>
        <source>Uploading the SQL for %1…</source>
        <translation>正在上传 %1 的 SQL…</translation>
    </message>
    <message>
        <source>D1 is importing into %1; the database is blocked until it is done…</source>
        <translation>D1 正在导入到 %1；在完成之前数据库会被锁定…</translation>
    </message>
    <message>
        <source>Counting the rows of %1 on D1…</source>
        <translation>正在 D1 上统计 %1 的行数…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark taken before the import…</source>
        <translation>正在将 %1 还原到导入前创建的书签…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>导入已撤销</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>已读取 %1 / %2</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2</source>
        <translation>已上传 %1 / %2</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3</source>
        <translation>已上传 %1 / %2 · %3</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3 · %4 left</source>
        <translation>已上传 %1 / %2 · %3 · 剩余 %4</translation>
    </message>
    <message>
        <source>D1 has been importing for %1</source>
        <translation>D1 已持续导入 %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>%1 already holds tables: read the warning before you import.</source>
        <translation>%1 已有表：请在导入前阅读警告。</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written in %3.</source>
        <translation>已导入到 %1：在 %3 内写入 %2 行。</translation>
    </message>
    <message>
        <source>Undo Import restores the bookmark taken before it.</source>
        <translation>“撤销导入”会还原到导入前创建的书签。</translation>
    </message>
    <message>
        <source>You stopped following the import, but D1 had already started loading it: D1 either completes the import or rolls it back on its own, and %1 stays blocked until then.</source>
        <translation>您已停止跟踪导入，但 D1 已开始加载：D1 会自行完成导入或将其回滚，在此之前 %1 保持锁定。</translation>
    </message>
    <message>
        <source>The import into %1 completed; only the row count was cancelled.</source>
        <translation>导入到 %1 已完成；仅取消了行数统计。</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it: nothing changed in %1.</source>
        <translation>您在 D1 开始加载之前取消了导入：%1 中没有任何更改。</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it. The new database %1 could not be deleted again and is empty: see the log.</source>
        <translation>您在 D1 开始加载之前取消了导入。新数据库 %1 无法再删除，且为空：请查看日志。</translation>
    </message>
    <message>
        <source>Undo failed: %1 %2</source>
        <translation>撤销失败：%1 %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>已撤销：%1 已回到导入前创建的书签。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportReportView</name>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Bookmark before:</source>
        <translation>导入前书签：</translation>
    </message>
    <message>
        <source>Time Travel bookmark taken before the import</source>
        <translation>导入前创建的 Time Travel 书签</translation>
    </message>
    <message>
        <source>Final bookmark:</source>
        <translation>最终书签：</translation>
    </message>
    <message>
        <source>Time Travel bookmark after the import</source>
        <translation>导入后的 Time Travel 书签</translation>
    </message>
    <message>
        <source>Undo from the command line:</source>
        <translation>从命令行撤销：</translation>
    </message>
    <message>
        <source>Command line that undoes the import</source>
        <translation>撤销导入的命令行</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>每个表的行数</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>文件中的行数</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>D1 上的行数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>The report of the import appears here: the bookmarks before and after it, and the rows of every table.</source>
        <translation>导入报告显示在此处：导入前后的书签，以及每个表的行数。</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written by %3 queries.</source>
        <translation>已导入到 %1：%3 次查询写入 %2 行。</translation>
    </message>
    <message>
        <source>The import into %1 was cancelled.</source>
        <translation>导入到 %1 已取消。</translation>
    </message>
    <message>
        <source>The import into %1 failed: %2</source>
        <translation>导入到 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 (%2), created for this import</source>
        <translation>%1（%2），为此次导入创建</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Uploaded %1; D1 ran %2 queries, read %3 rows and wrote %4 in %5.</source>
        <translation>已上传 %1；D1 在 %5 内运行了 %2 次查询，读取 %3 行，写入 %4 行。</translation>
    </message>
    <message>
        <source>The database is now %1.</source>
        <translation>数据库现在为 %1。</translation>
    </message>
    <message>
        <source>Rows on D1 were not counted: turn on &quot;Count rows after the import&quot; to compare them with the file.</source>
        <translation>未统计 D1 上的行数：请开启“导入后统计行数”以与文件比较。</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not on D1</source>
        <translation>不在 D1 上</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>相差 %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1, but %n table(s) hold another number of rows than the file: see below. A database that held rows before the import keeps them.</source>
        <translation>
            <numerusform>已导入到 %1，但有 %n 个表的行数与文件不同：见下文。导入前已有行的数据库会保留这些行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed: %1 %2 is as the import left it.</source>
        <translation>撤销失败：%1 %2 保持导入后的状态。</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>已撤销：%1 已回到导入前创建的书签。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportSummaryView</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables and rows in the file</source>
        <translation>文件中的表和行</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Choose the file and where it goes, then Prepare. Nothing is sent to D1 before you confirm: the file is first turned into SQL that D1 loads, and its figures appear here.</source>
        <translation>请选择文件及其导入目标，然后点击“准备”。在您确认之前不会向 D1 发送任何内容：文件会先转换为 D1 可加载的 SQL，其统计数据显示在此处。</translation>
    </message>
    <message>
        <source>Ready to create %1 and import into it. Check the figures, then Import.</source>
        <translation>准备创建 %1 并导入其中。请检查统计数据，然后点击“导入”。</translation>
    </message>
    <message>
        <source>Ready to import into %1. Check the figures, then Import.</source>
        <translation>准备导入到 %1。请检查统计数据，然后点击“导入”。</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <source>To upload: %1 of SQL in %2 statements</source>
        <translation>要上传：%1 的 SQL，共 %2 条语句</translation>
    </message>
    <message>
        <source>Tables: %1, with %2 rows</source>
        <translation>表：%1，共 %2 行</translation>
    </message>
    <message>
        <source>Virtual tables recreated: %1</source>
        <translation>重新创建的虚拟表：%1</translation>
    </message>
    <message>
        <source>Rows longer than D1&apos;s 100 KB statement limit, written in pieces that D1 joins again: %1</source>
        <translation>超过 D1 的 100 KB 语句长度限制、分段写入并由 D1 重新拼接的行：%1</translation>
    </message>
    <message>
        <source>Rows written in pieces: none</source>
        <translation>分段写入的行：无</translation>
    </message>
    <message>
        <source>Left out: nothing</source>
        <translation>已省略：无</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>已省略：</translation>
    </message>
    <message>
        <source>%1 (virtual)</source>
        <translation>%1（虚拟）</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s). The import runs on top of them: it adds rows, and can change or overwrite what is there.</source>
        <translation>
            <numerusform>%1 已有 %n 个表。导入会在其基础上进行：添加行，并可能更改或覆盖现有内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>In the file too: %1.</source>
        <translation>文件中也有：%1。</translation>
    </message>
    <message>
        <source>A Time Travel bookmark of %1 is taken first: Undo Import goes back to it.</source>
        <translation>会先创建 %1 的 Time Travel 书签：“撤销导入”会回到该书签。</translation>
    </message>
    <message>
        <source>Tables %1 holds now: %2</source>
        <translation>%1 当前的表：%2</translation>
    </message>
    <message>
        <source>%1 is created first, then the file is imported into it.</source>
        <translation>会先创建 %1，然后将文件导入其中。</translation>
    </message>
    <message>
        <source>%1 holds no tables yet.</source>
        <translation>%1 还没有表。</translation>
    </message>
    <message>
        <source>While D1 imports, it blocks the database: queries and exports of it wait until the import completes. D1 imports all or nothing: if the import fails, the database stays as it was.</source>
        <translation>D1 在导入期间会锁定数据库：对它的查询和导出会等待导入完成。D1 的导入要么全部成功，要么完全不生效：如果导入失败，数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportTargetChooser</name>
    <message>
        <source>An &amp;existing database:</source>
        <translation>现有数据库(&amp;E)：</translation>
    </message>
    <message>
        <source>A &amp;new database named:</source>
        <translation>新数据库(&amp;N)，名称：</translation>
    </message>
    <message>
        <source>Database to import into</source>
        <translation>要导入到的数据库</translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation>新数据库的名称</translation>
    </message>
    <message>
        <source>e.g. shop-restored</source>
        <translation>例如 shop-restored</translation>
    </message>
    <message>
        <source>a new database named %1</source>
        <translation>名为 %1 的新数据库</translation>
    </message>
    <message>
        <source>Choose the database to import into, or a new one.</source>
        <translation>请选择要导入到的数据库，或新建一个。</translation>
    </message>
    <message>
        <source>Type the name of the new database.</source>
        <translation>请输入新数据库的名称。</translation>
    </message>
    <message>
        <source>The account already has a database named %1: choose it above, or type another name.</source>
        <translation>该账户已有名为 %1 的数据库：请在上方选择它，或输入其他名称。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LanguageMenu</name>
    <message>
        <source>The language changes the next time D1 Exporter starts.</source>
        <translation>语言将在下次启动 D1 Exporter 时更改。</translation>
    </message>
    <message>
        <source>Takes effect the next time D1 Exporter starts.</source>
        <translation>下次启动 D1 Exporter 时生效。</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LocalProjectPicker</name>
    <message>
        <source>Local Project</source>
        <translation>本地项目</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>The Worker project&apos;s folder (with wrangler.toml or wrangler.json)</source>
        <translation>Worker 项目的文件夹（包含 wrangler.toml 或 wrangler.json）</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>项目文件夹</translation>
    </message>
    <message>
        <source>Environment of the wrangler configuration</source>
        <translation>wrangler 配置的环境</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>D1 databases of the project</source>
        <translation>项目的 D1 数据库</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>D1 databases:</source>
        <translation>D1 数据库：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>Choose the folder of a Worker project that uses D1.</source>
        <translation>选择使用 D1 的 Worker 项目的文件夹。</translation>
    </message>
    <message>
        <source>Choose the Worker Project</source>
        <translation>选择 Worker 项目</translation>
    </message>
    <message>
        <source>No wrangler.toml, wrangler.json or wrangler.jsonc in %1 or a folder above it. Choose the folder of a Worker project.</source>
        <translation>在 %1 或其上级文件夹中没有 wrangler.toml、wrangler.json 或 wrangler.jsonc。请选择 Worker 项目的文件夹。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — no local data yet</source>
        <translation>%1 — 尚无本地数据</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases).</source>
        <translation>%1 未声明任何 D1 数据库（d1_databases）。</translation>
    </message>
    <message numerus="yes">
        <source>%n D1 database(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个 D1 数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads %1 (read-only: a running wrangler dev is not disturbed).</source>
        <translation>读取 %1（只读：不会干扰正在运行的 wrangler dev）。</translation>
    </message>
    <message>
        <source>Choose a local database that wrangler dev has created.</source>
        <translation>选择由 wrangler dev 创建的本地数据库。</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>无法读取表：%1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogModel</name>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>D1: </source>
        <translation>D1：</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About D1 Exporter</source>
        <translation>关于 D1 Exporter(&amp;A)</translation>
    </message>
    <message>
        <source>The demo token is used for this session only.</source>
        <translation>演示令牌仅用于本次会话。</translation>
    </message>
    <message>
        <source>Starting the offline demo…</source>
        <translation>正在启动离线演示…</translation>
    </message>
    <message>
        <source>Starting the local D1 emulator for the offline demo.</source>
        <translation>正在为离线演示启动本地 D1 模拟器。</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1. Start D1 Exporter again with --demo, or sign in to Cloudflare instead.</source>
        <translation>离线演示已停止：%1。请使用 --demo 重新启动 D1 Exporter，或改为登录 Cloudflare。</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1</source>
        <translation>离线演示已停止：%1</translation>
    </message>
    <message>
        <source>Offline demo: D1 Exporter is talking to a local emulator at %1 that serves a sample database. Nothing leaves this computer.</source>
        <translation>离线演示：D1 Exporter 正在与 %1 上提供示例数据库的本地模拟器通信。任何数据都不会离开本机。</translation>
    </message>
    <message>
        <source>The offline demo is ready at %1.</source>
        <translation>离线演示已在 %1 就绪。</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>尚未验证。</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>选择一个账户以查看其数据库。</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>选择一个数据库以查看其表。</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 将在 %2 秒后重试（第 %3 次）…</translation>
    </message>
    <message>
        <source>Changed: verify again.</source>
        <translation>已更改：请重新验证。</translation>
    </message>
    <message>
        <source>The API base URL cannot be used: %1</source>
        <translation>无法使用该 API 基础 URL：%1</translation>
    </message>
    <message>
        <source>Checking with Cloudflare…</source>
        <translation>正在向 Cloudflare 确认…</translation>
    </message>
    <message>
        <source>Enter your credentials first.</source>
        <translation>请先输入您的凭据。</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>正在加载账户…</translation>
    </message>
    <message>
        <source>The accounts could not be listed (%1) Paste the account ID from the Cloudflare dashboard instead.</source>
        <translation>无法列出账户（%1）请改为从 Cloudflare 控制台粘贴账户 ID。</translation>
    </message>
    <message>
        <source>Listing accounts failed: %1</source>
        <translation>列出账户失败：%1</translation>
    </message>
    <message>
        <source>These credentials see no accounts. Paste the account ID instead.</source>
        <translation>该凭据看不到任何账户。请改为粘贴账户 ID。</translation>
    </message>
    <message numerus="yes">
        <source>Accounts found: %n</source>
        <translation>
            <numerusform>找到的账户：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an account ID: it contains spaces, slashes or other characters IDs never have.</source>
        <translation>“%1”不可能是账户 ID：它包含空格、斜杠或 ID 中不会出现的其他字符。</translation>
    </message>
    <message>
        <source>Loading databases…</source>
        <translation>正在加载数据库…</translation>
    </message>
    <message>
        <source>Listing databases failed: %1</source>
        <translation>列出数据库失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Databases found: %n</source>
        <translation>
            <numerusform>找到的数据库：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>正在读取 %1 的表…</translation>
    </message>
    <message>
        <source>The tables could not be read: %1 The whole database can still be exported.</source>
        <translation>无法读取表：%1 仍可导出整个数据库。</translation>
    </message>
    <message>
        <source>Reading the tables failed: %1</source>
        <translation>读取表失败：%1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 %)</source>
        <translation>正在下载 %1（%2 %）</translation>
    </message>
    <message>
        <source>Export Running</source>
        <translation>导出进行中</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>导出仍在进行中。</translation>
    </message>
    <message>
        <source>Cancel it and close D1 Exporter? No file will be written.</source>
        <translation>要取消导出并关闭 D1 Exporter 吗？不会写入任何文件。</translation>
    </message>
    <message>
        <source>System keychain: %1</source>
        <translation>系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The secret will be saved in the system keychain once it is verified.</source>
        <translation>密钥验证通过后将保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>About D1 Exporter</source>
        <translation>关于 D1 Exporter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exports Cloudflare D1 databases as SQL files.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;将 Cloudflare D1 数据库导出为 SQL 文件。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the dump of %1…</source>
        <translation>正在检查 %1 的转储…</translation>
    </message>
    <message>
        <source>&amp;Back Up Databases…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>SQL dump (*.sql);;Compressed SQL dump (*.sql.gz);;SQLite database (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQL 转储 (*.sql);;压缩的 SQL 转储 (*.sql.gz);;SQLite 数据库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A data-only dump cannot become an SQLite database: it has no tables to hold the rows. Choose &quot;Schema and data&quot;, or save it as SQL.</source>
        <translation>仅含数据的转储无法成为 SQLite 数据库：它没有可存放这些行的表。请选择“结构和数据”，或将其保存为 SQL。</translation>
    </message>
    <message>
        <source>Replace SQLite Database?</source>
        <translation>替换 SQLite 数据库？</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The export also saves the database as SQLite under that name. Replace it? It is replaced only once the new one is complete.</source>
        <translation>导出还会以该名称将数据库保存为 SQLite。要替换它吗？只有在新数据库完整生成后才会替换。</translation>
    </message>
    <message>
        <source>Export not started: %1 was kept.</source>
        <translation>未开始导出：已保留 %1。</translation>
    </message>
    <message>
        <source>Backing up %1 (%2 of %3)…</source>
        <translation>正在备份 %1（%2/%3）…</translation>
    </message>
    <message>
        <source>The saved secret belongs to %1, so it was taken out of the form for this API base. Enter the secret for this one.</source>
        <translation>已保存的密钥属于 %1，因此已从此 API 地址的表单中移除。请输入此 API 地址的密钥。</translation>
    </message>
    <message>
        <source>&amp;Import into D1…</source>
        <translation>导入到 D1(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>d1x::ui::NoticeBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ReportView</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>The report of the next export appears here: the saved files with their SHA-256, and the rows of every table when the dump is checked.</source>
        <translation>下次导出的报告将显示在这里：已保存的文件及其 SHA-256，以及检查转储时每个表的行数。</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256 校验和</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the SHA-256 checksum to the clipboard</source>
        <translation>将 SHA-256 校验和复制到剪贴板</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>导出已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Saved, not checked: turn on &quot;Check the dump after saving&quot; to prove that it loads.</source>
        <translation>已保存，未检查：请开启“保存后检查转储”以确认它可以加载。</translation>
    </message>
    <message>
        <source>Compressed SQL dump:</source>
        <translation>压缩的 SQL 转储：</translation>
    </message>
    <message>
        <source>SQL dump:</source>
        <translation>SQL 转储：</translation>
    </message>
    <message>
        <source>SQLite database:</source>
        <translation>SQLite 数据库：</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows in the dump</source>
        <translation>转储中的行数</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>D1 上的行数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <source>missing from the dump</source>
        <translation>转储中缺失</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>相差 %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Virtual tables D1 cannot export, recreated at the end of the dump: %1.</source>
        <translation>D1 无法导出的虚拟表，已在转储末尾重建：%1。</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, added to D1&apos;s table filter: %1.</source>
        <translation>所选表的索引和触发器，已添加到 D1 的表筛选中：%1。</translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation>语句 %1（%2）</translation>
    </message>
    <message>
        <source>statement %1 (%2, table %3)</source>
        <translation>语句 %1（%2，表 %3）</translation>
    </message>
    <message>
        <source>Statements over D1&apos;s 100 KB limit, which would not load back into D1 as they are: %1.</source>
        <translation>超过 D1 的 100 KB 限制、无法原样导回 D1 的语句：%1。</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved and verified</source>
        <translation>已保存并验证</translation>
    </message>
    <message numerus="yes">
        <source>Saved and verified; %n statement(s) too long to load back into D1</source>
        <translation>
            <numerusform>已保存并验证；%n 条语句过长，无法导回 D1</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>备份无法开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s) into %2.</source>
        <translation>
            <numerusform>已将 %n 个数据库中的 %1 个备份到 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the Result column.</source>
        <translation>
            <numerusform>%n 个未成功：请查看“结果”列。</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled the rest.</source>
        <translation>您取消了其余部分。</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>无法写入清单：%1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SignInStatus</name>
    <message>
        <source>Accepted: Cloudflare accepts this email and global API key.</source>
        <translation>已接受：Cloudflare 接受此电子邮件和全局 API 密钥。</translation>
    </message>
    <message>
        <source>Active: Cloudflare accepts this token.</source>
        <translation>有效：Cloudflare 接受此令牌。</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>它将于 %1 过期。</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not recognise this token. Check that you pasted all of it, or create a new one.</source>
        <translation>错误：Cloudflare 无法识别此令牌。请检查是否完整粘贴，或创建一个新令牌。</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not accept this email and global API key.</source>
        <translation>错误：Cloudflare 不接受此电子邮件和全局 API 密钥。</translation>
    </message>
    <message>
        <source>Expired: this token is no longer valid. Create a new one in the Cloudflare dashboard (My Profile → API Tokens).</source>
        <translation>已过期：此令牌不再有效。请在 Cloudflare 控制台（My Profile → API Tokens）中创建新令牌。</translation>
    </message>
    <message>
        <source>Disabled: this token has been switched off. Enable it again in the Cloudflare dashboard, or use another one.</source>
        <translation>已停用：此令牌已被关闭。请在 Cloudflare 控制台中重新启用，或使用其他令牌。</translation>
    </message>
    <message>
        <source>Cloudflare answered with a token status this program does not know (&quot;%1&quot;).</source>
        <translation>Cloudflare 返回了本程序不认识的令牌状态（“%1”）。</translation>
    </message>
    <message>
        <source>Enter an API token first.</source>
        <translation>请先输入 API 令牌。</translation>
    </message>
    <message>
        <source>Enter the account email and the global API key first.</source>
        <translation>请先输入账户电子邮件和全局 API 密钥。</translation>
    </message>
    <message>
        <source>The API token is active.</source>
        <translation>API 令牌有效。</translation>
    </message>
    <message>
        <source>The email and global API key were accepted.</source>
        <translation>电子邮件和全局 API 密钥已被接受。</translation>
    </message>
    <message>
        <source>Token check failed: %1</source>
        <translation>令牌检查失败：%1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>The API token is not usable (status &quot;%1&quot;).</source>
        <translation>API 令牌不可用（状态“%1”）。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SourceChooser</name>
    <message>
        <source>Cloudflare account</source>
        <translation>Cloudflare 账户</translation>
    </message>
    <message>
        <source>Local project (wrangler dev)</source>
        <translation>本地项目（wrangler dev）</translation>
    </message>
    <message>
        <source>A D1 database on Cloudflare, through your API token.</source>
        <translation>Cloudflare 上的 D1 数据库，通过您的 API 令牌访问。</translation>
    </message>
    <message>
        <source>The local development database that &quot;wrangler dev&quot; keeps in a Worker project&apos;s .wrangler folder. No Cloudflare account is needed.</source>
        <translation>Worker 项目的 .wrangler 文件夹中由“wrangler dev”保存的本地开发数据库。无需 Cloudflare 账户。</translation>
    </message>
    <message>
        <source>Export from:</source>
        <translation>导出来源：</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TableListModel</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated empty)</source>
        <translation>虚拟，%1（重建为空）</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated)</source>
        <translation>虚拟，%1（重建）</translation>
    </message>
    <message>
        <source>D1 cannot export virtual tables itself: D1 Exporter leaves %1 out of D1&apos;s dump and appends its CREATE VIRTUAL TABLE statement at the end.</source>
        <translation>D1 本身无法导出虚拟表：D1 Exporter 会将 %1 排除在 D1 的转储之外，并在末尾追加其 CREATE VIRTUAL TABLE 语句。</translation>
    </message>
    <message>
        <source>Its index is rebuilt from %1 after the import, so export that table too.</source>
        <translation>导入后将根据 %1 重建其索引，因此请同时导出该表。</translation>
    </message>
    <message>
        <source>It keeps no readable rows, so it is recreated empty.</source>
        <translation>它没有可读取的行，因此将被重建为空。</translation>
    </message>
    <message>
        <source>Its rows are read through the API and written after it.</source>
        <translation>其行通过 API 读取，并写在它之后。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TablePicker</name>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>表名</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>筛选表</translation>
    </message>
    <message>
        <source>Filter ta&amp;bles:</source>
        <translation>筛选表(&amp;B)：</translation>
    </message>
    <message>
        <source>Check every table the filter shows</source>
        <translation>勾选筛选结果中的每个表</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows</source>
        <translation>取消勾选筛选结果中的每个表</translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation>要导出的表</translation>
    </message>
    <message>
        <source>Tables to e&amp;xport:</source>
        <translation>要导出的表(&amp;X)：</translation>
    </message>
    <message>
        <source>This database has virtual tables (FTS5 and the like). D1 cannot export them itself: D1 Exporter recreates them at the end of the dump.</source>
        <translation>此数据库含有虚拟表（如 FTS5）。D1 本身无法导出它们：D1 Exporter 会在转储末尾重建它们。</translation>
    </message>
    <message>
        <source>Schema and data</source>
        <translation>结构和数据</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>仅结构</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>仅数据</translation>
    </message>
    <message>
        <source>Content to export</source>
        <translation>要导出的内容</translation>
    </message>
    <message>
        <source>Schema only: CREATE statements without rows. Data only: INSERT statements for tables that already exist.</source>
        <translation>仅结构：不含行的 CREATE 语句。仅数据：针对已存在的表的 INSERT 语句。</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>选择一个数据库以查看其表。</translation>
    </message>
    <message>
        <source>This database has no tables.</source>
        <translation>此数据库没有表。</translation>
    </message>
    <message>
        <source>No table is checked: check at least one to export.</source>
        <translation>未勾选任何表：请至少勾选一个要导出的表。</translation>
    </message>
    <message numerus="yes">
        <source>Checked: all %n</source>
        <translation>
            <numerusform>已勾选：全部 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>已勾选：%1/%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline demo: run the bundled D1 emulator with a sample database; nothing is sent to Cloudflare.</source>
        <translation>离线演示：使用示例数据库运行内置的 D1 模拟器；不会向 Cloudflare 发送任何内容。</translation>
    </message>
    <message>
        <source>Cloudflare API base URL (default: CLOUDFLARE_API_BASE_URL, else the remembered one).</source>
        <translation>Cloudflare API 基础 URL（默认：CLOUDFLARE_API_BASE_URL，否则使用记住的地址）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Export Cloudflare D1 databases as SQL.</source>
        <translation>将 Cloudflare D1 数据库导出为 SQL。</translation>
    </message>
</context>
</TS>
