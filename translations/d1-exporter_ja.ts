<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>「%1」は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name, query or fragment.</source>
        <translation>API ベース URL にユーザー名、クエリ、フラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a server on this computer; use https for %1.</source>
        <translation>暗号化されていない http はこのコンピューター上のサーバーにのみ使えます。%1 には https を使用してください。</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>API ベース URL は https:// で始まる必要があります。</translation>
    </message>
</context>
<context>
    <name>ApiEnvelope</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>応答が %1 MB を超えています</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>応答が空です</translation>
    </message>
    <message>
        <source>the answer is an HTML or XML page, not JSON</source>
        <translation>応答が JSON ではなく HTML または XML のページです</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>応答が有効な JSON ではありません (%2 バイト目で %1)</translation>
    </message>
    <message>
        <source>the answer is JSON but not an object</source>
        <translation>応答は JSON ですがオブジェクトではありません</translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot; field</source>
        <translation>応答に「success」フィールドがありません</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error.</source>
        <translation>エラーはありません。</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>リクエストは送信されませんでした: %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>サーバーに接続できませんでした: %1。</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>サーバーが応答しなくなりました。</translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1.</source>
        <translation>安全な接続を確立できませんでした: %1。</translation>
    </message>
    <message>
        <source>The server sent an answer that is not a Cloudflare API response.</source>
        <translation>サーバーから Cloudflare API の応答ではないデータが返されました。</translation>
    </message>
    <message>
        <source>Cloudflare did not accept the credentials.</source>
        <translation>Cloudflare が認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The credentials are not allowed to do this.</source>
        <translation>この認証情報にはこの操作の権限がありません。</translation>
    </message>
    <message>
        <source>The account was not found or is not available to these credentials.</source>
        <translation>アカウントが見つからないか、この認証情報では利用できません。</translation>
    </message>
    <message>
        <source>The database was not found in this account.</source>
        <translation>このアカウントにデータベースが見つかりません。</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>サーバーはこのアドレスを認識していません。</translation>
    </message>
    <message>
        <source>D1 is already exporting this database.</source>
        <translation>D1 はすでにこのデータベースをエクスポートしています。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached.</source>
        <translation>Cloudflare のレート制限に達しました。</translation>
    </message>
    <message>
        <source>Cloudflare reported an internal error.</source>
        <translation>Cloudflare が内部エラーを報告しました。</translation>
    </message>
    <message>
        <source>Cloudflare refused the request.</source>
        <translation>Cloudflare がリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>D1 could not export the database: %1</source>
        <translation>D1 はデータベースをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>ダウンロードリンクの有効期限が切れました。</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The dump could not be loaded into SQLite: %1</source>
        <translation>ダンプを SQLite に読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS, then try again.</source>
        <translation>システムの時計と、HTTPS を傍受するプロキシがあればその設定を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A proxy or Cloudflare&apos;s edge may be having trouble; try again in a few minutes.</source>
        <translation>プロキシまたは Cloudflare のエッジで問題が起きている可能性があります。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Check the API token (or the email and global API key); it may be mistyped, expired or revoked.</source>
        <translation>API トークン (またはメールアドレスとグローバル API キー) を確認してください。入力ミス、期限切れ、または取り消されている可能性があります。</translation>
    </message>
    <message>
        <source>Give the API token the &quot;D1&quot; permission (read or edit) for this account, or use another token.</source>
        <translation>API トークンにこのアカウントの「D1」権限 (読み取りまたは編集) を付与するか、別のトークンを使用してください。</translation>
    </message>
    <message>
        <source>Check the account ID (32 hexadecimal characters, shown in the Cloudflare dashboard).</source>
        <translation>アカウント ID を確認してください (32 文字の 16 進数で、Cloudflare ダッシュボードに表示されます)。</translation>
    </message>
    <message>
        <source>Check the database name or ID, and that it belongs to the chosen account.</source>
        <translation>データベースの名前または ID と、選択したアカウントに属していることを確認してください。</translation>
    </message>
    <message>
        <source>Wait for the running export to finish (or to be cancelled by D1 after a while), then try again.</source>
        <translation>実行中のエクスポートが終わる (またはしばらくして D1 にキャンセルされる) のを待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again.</source>
        <translation>数分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check Cloudflare&apos;s status page.</source>
        <translation>数分後にもう一度お試しください。繰り返し発生する場合は Cloudflare のステータスページを確認してください。</translation>
    </message>
    <message>
        <source>Start the export again to get a fresh link.</source>
        <translation>エクスポートをやり直して新しいリンクを取得してください。</translation>
    </message>
    <message>
        <source>Try the export again.</source>
        <translation>エクスポートをもう一度お試しください。</translation>
    </message>
    <message>
        <source>Choose another location, or free some disk space, and try again.</source>
        <translation>別の保存先を選ぶかディスクの空き領域を増やして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Export again; if it keeps happening, keep the SQL file and report the statement named above.</source>
        <translation>もう一度エクスポートしてください。繰り返し発生する場合は SQL ファイルを残して、上に示したステートメントを報告してください。</translation>
    </message>
    <message>
        <source>Check the message from D1 above, then try again.</source>
        <translation>上の D1 のメッセージを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Not in the database: %1</source>
        <translation>データベースにありません: %1</translation>
    </message>
    <message>
        <source>The local database could not be read: %1</source>
        <translation>ローカルデータベースを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Check the table names (the &quot;tables&quot; command lists them); nothing was exported.</source>
        <translation>テーブル名を確認してください (&quot;tables&quot; コマンドで一覧表示できます)。何もエクスポートされませんでした。</translation>
    </message>
    <message>
        <source>Check that wrangler has created the local database, then try again.</source>
        <translation>wrangler がローカルデータベースを作成済みか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The export did not finish within the time limit: %1.</source>
        <translation>エクスポートが制限時間内に完了しませんでした: %1。</translation>
    </message>
    <message>
        <source>Try again later, or allow more time (--timeout on the command line, Options in the window).</source>
        <translation>後でもう一度試すか、より長い時間を許可してください (コマンドラインでは --timeout、ウィンドウでは「オプション」)。</translation>
    </message>
    <message>
        <source>D1 is importing into this database right now.</source>
        <translation>D1 は現在このデータベースにインポート中です。</translation>
    </message>
    <message>
        <source>D1 could not import the file: %1</source>
        <translation>D1 はファイルをインポートできませんでした: %1</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>アップロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>このファイルはインポートできません: %1</translation>
    </message>
    <message>
        <source>Importing (and creating or restoring a database) needs an API token with the D1 Edit permission; these credentials may only read D1.</source>
        <translation>インポート (およびデータベースの作成や復元) には D1 の編集権限を持つ API トークンが必要です。この認証情報では D1 の読み取りしかできません。</translation>
    </message>
    <message>
        <source>Wait until the running import has finished (D1 blocks the database until then), then try again.</source>
        <translation>実行中のインポートが終わるまで待ってから (それまで D1 はデータベースをブロックします)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>D1 rolled the import back: the database is as it was. Fix the statement named above and import again.</source>
        <translation>D1 がインポートをロールバックしました。データベースは元のままです。上に示したステートメントを修正して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Check the connection and import again; nothing was changed on D1.</source>
        <translation>接続を確認して、もう一度インポートしてください。D1 上では何も変更されていません。</translation>
    </message>
    <message>
        <source>Choose a .sql or .sql.gz dump (ours, wrangler&apos;s or sqlite3&apos;s .dump) or an SQLite database file; nothing was sent to D1.</source>
        <translation>.sql または .sql.gz のダンプ (本プログラム、wrangler、sqlite3 の .dump によるもの) か SQLite データベースファイルを選択してください。D1 には何も送信されていません。</translation>
    </message>
    <message>
        <source>Give the token Account → D1 → Edit (Cloudflare dashboard, My Profile → API Tokens), or use another token. Nothing was uploaded.</source>
        <translation>トークンに Account → D1 → Edit を付与する (Cloudflare ダッシュボードの My Profile → API Tokens) か、別のトークンを使用してください。何もアップロードされていません。</translation>
    </message>
    <message>
        <source>D1&apos;s answer to the import request was lost, and D1 shows no import under the bookmark from before it: whether D1 is importing the file is not known.</source>
        <translation>インポート要求への D1 の応答が失われ、インポート前のブックマークでのインポートも D1 に見当たりません。D1 がファイルをインポートしているかどうかは不明です。</translation>
    </message>
    <message>
        <source>Wait until the database answers queries again, look whether the rows are there, and import again only if they are not.</source>
        <translation>データベースが再びクエリに応答するまで待ち、行があるか確認し、ない場合にのみ再度インポートしてください。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Database name, UUID or binding (export, tables).</source>
        <translation>データベース名、UUID またはバインディング (export、tables)。</translation>
    </message>
    <message>
        <source>Unknown option %1.%2</source>
        <translation>不明なオプション %1 です。%2</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.%2</source>
        <translation>不明なコマンド &quot;%1&quot; です。%2</translation>
    </message>
    <message>
        <source>%1 does not apply to &quot;%2&quot; (it is an option of %3). See &quot;%2 --help&quot;.</source>
        <translation>%1 は &quot;%2&quot; には適用されません (%3 のオプションです)。&quot;%2 --help&quot; を参照してください。</translation>
    </message>
    <message>
        <source>--table takes one table each time: write --table %1 --table %2, or --table %1,%2 (&quot;%2&quot; was read as a further argument).</source>
        <translation>--table は 1 回に 1 つのテーブルを指定します: --table %1 --table %2 または --table %1,%2 と記述してください (&quot;%2&quot; は追加の引数として読み取られました)。</translation>
    </message>
    <message>
        <source>Name the database to use, e.g. &quot;%1 my-db&quot;.</source>
        <translation>使用するデータベースを指定してください (例:「%1 my-db」)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments (&quot;%2&quot; was not expected).</source>
        <translation>&quot;%1&quot; は追加の引数を取りません (&quot;%2&quot; は想定外です)。</translation>
    </message>
    <message>
        <source>--table needs a table name.</source>
        <translation>--table にはテーブル名が必要です。</translation>
    </message>
    <message>
        <source>--local and --remote exclude each other.</source>
        <translation>--local と --remote は同時に指定できません。</translation>
    </message>
    <message>
        <source>--%1 is about Cloudflare; it does not apply to --local.</source>
        <translation>--%1 は Cloudflare 用のオプションです。--local には適用されません。</translation>
    </message>
    <message>
        <source>--persist-to says where the local development data is: it needs --local.</source>
        <translation>--persist-to はローカル開発データの場所を指定します: --local が必要です。</translation>
    </message>
    <message>
        <source>export, backup, accounts, databases, tables, import or restore</source>
        <translation>export、backup、accounts、databases、tables、import または restore</translation>
    </message>
</context>
<context>
    <name>DumpSandbox</name>
    <message numerus="yes">
        <source>it ran longer than %n second(s); a D1 dump&apos;s statements take far less</source>
        <translation>
            <numerusform>%n 秒を超えて実行されました。D1 ダンプのステートメントはこれよりはるかに短時間で終わります</numerusform>
        </translation>
    </message>
    <message>
        <source>a D1 dump holds no %1; the file was not loaded further</source>
        <translation>D1 ダンプに %1 は含まれません。ファイルの読み込みを中止しました</translation>
    </message>
    <message>
        <source>statement on the database &quot;%1&quot;</source>
        <translation>データベース &quot;%1&quot; に対するステートメント</translation>
    </message>
    <message>
        <source>call of %1()</source>
        <translation>%1() の呼び出し</translation>
    </message>
    <message>
        <source>PRAGMA %1</source>
        <translation>PRAGMA %1</translation>
    </message>
    <message>
        <source>ATTACH (of %1)</source>
        <translation>ATTACH (%1 の)</translation>
    </message>
    <message>
        <source>statement of this kind (SQLite action %1)</source>
        <translation>この種類のステートメント (SQLite アクション %1)</translation>
    </message>
</context>
<context>
    <name>DumpVerifier</name>
    <message>
        <source>Not verified.</source>
        <translation>未検証です。</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>検証をキャンセルしました。</translation>
    </message>
    <message>
        <source>The dump does not load into SQLite: %1</source>
        <translation>ダンプを SQLite に読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite and every row count matches the live database (%n table(s), %1 rows).</source>
        <translation>
            <numerusform>ダンプは SQLite に読み込め、すべての行数が稼働中のデータベースと一致しました (%n テーブル、%1 行)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: the dump loads into SQLite (%n table(s), %1 rows; live counts not compared).</source>
        <translation>
            <numerusform>ダンプは SQLite に読み込めました (%n テーブル、%1 行。稼働中の行数とは比較していません)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dump loads into SQLite, but %n row count(s) differ from the live database: %1</source>
        <translation>
            <numerusform>ダンプは SQLite に読み込めますが、%n 件の行数が稼働中のデータベースと異なります: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) exceed D1&apos;s 100 KB statement limit (longest %1): the dump loads into SQLite but not back into D1 as is.</source>
        <translation>
            <numerusform>%n 個のステートメントが D1 の 100 KB 制限を超えています (最長 %1)。ダンプは SQLite には読み込めますが、そのままでは D1 に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>no temporary database in %1: %2</source>
        <translation>%1 に一時データベースを作成できません: %2</translation>
    </message>
    <message>
        <source>statement %1: %2 (%3…)</source>
        <translation>ステートメント %1: %2 (%3…)</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>テーブル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but is missing from the dump</source>
        <translation>%1 は D1 に %2 行ありますが、ダンプにありません</translation>
    </message>
    <message>
        <source>%1 has %2 rows on D1 but %3 in the dump</source>
        <translation>%1 は D1 では %2 行、ダンプでは %3 行です</translation>
    </message>
    <message>
        <source>the SQLite database could not be written to disk in %1</source>
        <translation>SQLite データベースを %1 のディスクに書き込めませんでした</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 を置き換えられませんでした: %2</translation>
    </message>
    <message>
        <source>statement %1 is longer than %2: not a D1 dump (its statements are at most a few MB); the file was not loaded further</source>
        <translation>ステートメント %1 が %2 より長いため、D1 ダンプではありません (D1 ダンプのステートメントは最大でも数 MB です)。ファイルの読み込みを中止しました</translation>
    </message>
    <message numerus="yes">
        <source>statement %1 could not be told apart within %n second(s): not a D1 dump</source>
        <translation>
            <numerusform>ステートメント %1 を %n 秒以内に判別できませんでした: D1 ダンプではありません</numerusform>
        </translation>
    </message>
    <message>
        <source>the download started again from its first byte</source>
        <translation>ダウンロードが最初のバイトからやり直されました</translation>
    </message>
    <message>
        <source>the decompressor could not be started</source>
        <translation>展開プログラムを起動できませんでした</translation>
    </message>
    <message>
        <source>a row written into sqlite_schema that is not one of sqlite3&apos;s virtual tables</source>
        <translation>sqlite_schema に書き込まれる、sqlite3 の仮想テーブルではない行</translation>
    </message>
    <message>
        <source>the virtual tables of the dump could not be made: %1</source>
        <translation>ダンプの仮想テーブルを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>the virtual table %1 of the dump cannot be read: %2</source>
        <translation>ダンプの仮想テーブル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation>ステートメント %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDependencies</name>
    <message>
        <source>the trigger %1 uses %2</source>
        <translation>トリガー %1 が %2 を使用しています</translation>
    </message>
    <message>
        <source>the view %1 reads %2</source>
        <translation>ビュー %1 が %2 を読み取っています</translation>
    </message>
    <message>
        <source>the table %1 has a foreign key to %2</source>
        <translation>テーブル %1 に %2 への外部キーがあります</translation>
    </message>
    <message>
        <source>Not exported but needed: %1. Without them the dump loads, but fails on first use.</source>
        <translation>エクスポートされていませんが必要です: %1。これらがないとダンプは読み込めますが、最初の使用時に失敗します。</translation>
    </message>
</context>
<context>
    <name>ImportTransform</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>a statement of %1 bytes came out longer than D1&apos;s limit of %2 bytes (a fault of this program: please report it)</source>
        <translation>%1 バイトのステートメントが D1 の上限 %2 バイトを超えてしまいました (このプログラムの不具合です。報告してください)</translation>
    </message>
    <message>
        <source>a row has too many columns to be written in statements of at most %1 bytes</source>
        <translation>行の列が多すぎて、最大 %1 バイトのステートメントに書き込めません</translation>
    </message>
    <message>
        <source>a value could not be cut into pieces of at most %1 bytes</source>
        <translation>値を最大 %1 バイトの断片に分割できませんでした</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the database&apos;s schema cannot be read: %1</source>
        <translation>データベースのスキーマを読み取れません: %1</translation>
    </message>
    <message>
        <source>%1: D1&apos;s own table (_cf_*), left out</source>
        <translation>%1: D1 自身のテーブル (_cf_*) のため省きました</translation>
    </message>
    <message>
        <source>%1: belongs to D1&apos;s own table %2, left out</source>
        <translation>%1: D1 自身のテーブル %2 に属するため省きました</translation>
    </message>
    <message>
        <source>the rows of %1 cannot be read: %2</source>
        <translation>%1 の行を読み取れません: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the columns of %1 cannot be read: %2</source>
        <translation>%1 の列を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: a contentless full-text table, recreated empty (its rows cannot be read back)</source>
        <translation>%1: コンテンツを持たない全文テーブルのため、空で再作成しました (行を読み戻せません)</translation>
    </message>
    <message>
        <source>%1 would be replaced by its own transformed copy: choose another file for the SQL that is uploaded.</source>
        <translation>%1 が、それ自身を変換したコピーで置き換えられてしまいます。アップロードする SQL には別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the path and that you may read the file.</source>
        <translation>%1 を読み取れません: %2。パスと、ファイルの読み取り権限があるかを確認してください。</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import. Choose an SQL dump or a SQLite database file.</source>
        <translation>%1 は空です。インポートするものがありません。SQL ダンプまたは SQLite データベースファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an SQL dump: it was probably saved from a browser or an error page instead of the file itself. Download or export the database again.</source>
        <translation>%1 は SQL ダンプではなく Web ページ (HTML) です。ファイルそのものではなく、ブラウザーから保存したページかエラーページと思われます。データベースをもう一度ダウンロードするかエクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 is neither an SQL dump nor a SQLite database (it holds binary data). Choose a .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>%1 は SQL ダンプでも SQLite データベースでもありません (バイナリデータを含んでいます)。.sql または .sql.gz のダンプか、SQLite データベースファイルを選択してください。</translation>
    </message>
    <message>
        <source>The dump is loaded into a temporary database in %1 before it is written for D1, but that folder cannot be written to. Choose an output file in a folder you can write to.</source>
        <translation>ダンプは D1 用に書き出す前に %1 の一時データベースに読み込まれますが、そのフォルダーに書き込めません。書き込み可能なフォルダーにある出力ファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is cut short (the compressed file ends too early): it was not downloaded or saved completely. Download or export it again.</source>
        <translation>%1 は途中で切れています (圧縮ファイルが途中で終わっています)。完全にはダウンロードまたは保存されていません。もう一度ダウンロードするかエクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQL dump: %2. Choose a complete .sql or .sql.gz dump, or a SQLite database file.</source>
        <translation>%1 を SQL ダンプとして読み取れません: %2。完全な .sql または .sql.gz のダンプか、SQLite データベースファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SQLite database: %2. Choose an intact SQLite database file or an SQL dump.</source>
        <translation>%1 を SQLite データベースとして開けません: %2。破損していない SQLite データベースファイルか SQL ダンプを選択してください。</translation>
    </message>
    <message>
        <source>%1 could not be turned into SQL for D1: %2</source>
        <translation>%1 を D1 用の SQL に変換できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>LiveValueCheckJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 はこれに対して %n 行を読み取りました</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: not compared with D1.</source>
        <translation>値: D1 と比較していません。</translation>
    </message>
    <message numerus="yes">
        <source>Values: every value of the %n table(s) is the same in the dump as on D1 (%1).</source>
        <translation>
            <numerusform>値: %n 個のテーブルのすべての値がダンプと D1 で同じです (%1)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values: %n table(s) hold values that differ from D1&apos;s: %1 (%2).</source>
        <translation>
            <numerusform>値: %n 個のテーブルに D1 と異なる値があります: %1 (%2)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Values: could not be compared with D1 (%1).</source>
        <translation>値: D1 と比較できませんでした (%1)。</translation>
    </message>
    <message>
        <source>Values: comparison cancelled.</source>
        <translation>値: 比較はキャンセルされました。</translation>
    </message>
    <message>
        <source>Comparing values with D1: loading the saved dump once more…</source>
        <translation>D1 と値を比較中: 保存したダンプをもう一度読み込んでいます…</translation>
    </message>
    <message>
        <source>the loaded dump could not be read</source>
        <translation>読み込んだダンプを読み取れませんでした</translation>
    </message>
    <message>
        <source>D1&apos;s answer was incomplete</source>
        <translation>D1 の応答が不完全でした</translation>
    </message>
    <message numerus="yes">
        <source>%1: compared in %n D1 queries.</source>
        <translation>
            <numerusform>%1: %n 件の D1 クエリで比較しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: values differ (a WITHOUT ROWID table: the row is not narrowed down)</source>
        <translation>%1: 値が異なります (WITHOUT ROWID テーブルのため、行は特定されません)</translation>
    </message>
    <message>
        <source>%1: the row with rowid %2 differs</source>
        <translation>%1: rowid %2 の行が異なります</translation>
    </message>
    <message>
        <source>%1: a row with rowid between %2 and %3 differs</source>
        <translation>%1: rowid が %2 から %3 の間の行が異なります</translation>
    </message>
    <message>
        <source>%1: missing from the saved dump</source>
        <translation>%1: 保存したダンプにありません</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the folder %1 could not be created: %2</source>
        <translation>フォルダー %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is not followed, so that no other file is overwritten. Remove it, or choose the file it points to</source>
        <translation>%1 はシンボリックリンクです。他のファイルを上書きしないよう、リンクはたどりません。リンクを削除するか、リンク先のファイルを選択してください</translation>
    </message>
</context>
<context>
    <name>StagedOutput</name>
    <message>
        <source>the finished dump could not be moved to %1 (%2); that file was left as it was</source>
        <translation>完成したダンプを %1 に移動できませんでした (%2)。そのファイルはそのままです</translation>
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
        <translation>%1 ミリ秒</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>約 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>約 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>約 %1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>ValueRepairJob</name>
    <message numerus="yes">
        <source>D1 read %n row(s) for it</source>
        <translation>
            <numerusform>D1 はこのために %n 行を読み取りました</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: not checked.</source>
        <translation>正確な値: 確認していません。</translation>
    </message>
    <message>
        <source>Exact values: D1&apos;s dump holds no value it had to round.</source>
        <translation>正確な値: D1 のダンプに丸める必要のあった値はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: D1 had rounded or broken %n value(s) (64-bit integers, infinities); all were restored exactly (%1).</source>
        <translation>
            <numerusform>正確な値: D1 は %n 個の値 (64 ビット整数、無限大) を丸めるか破損していましたが、すべて正確に復元しました (%1)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact values: %n row(s) differ on D1 from the dump (written since the export?) and were left as D1 exported them, with its rounding; %1 other value(s) were restored (%2).</source>
        <translation>
            <numerusform>正確な値: %n 行は D1 上でダンプと異なるため (エクスポート後に書き込まれた?)、D1 がエクスポートしたまま (丸めを含む) にしました。その他の %1 個の値は復元しました (%2)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact values: cancelled.</source>
        <translation>正確な値: キャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>Exact values: the %n row(s) D1 may have rounded could not be read again (%1).</source>
        <translation>
            <numerusform>正確な値: D1 が丸めた可能性のある %n 行を再度読み取れませんでした (%1)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x</name>
    <message>
        <source>Where to save the SQL dump; &quot;-&quot; writes it to stdout (a name ending in .gz compresses it).</source>
        <translation>SQL ダンプの保存先。&quot;-&quot; を指定すると stdout に書き出します (名前が .gz で終わると圧縮します)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Export only this table (repeatable, or several separated by commas).</source>
        <translation>このテーブルのみをエクスポートします (複数指定可、またはカンマ区切りで複数指定)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Export the schema only.</source>
        <translation>スキーマのみエクスポートします。</translation>
    </message>
    <message>
        <source>Export the data only.</source>
        <translation>データのみエクスポートします。</translation>
    </message>
    <message>
        <source>Export the database on Cloudflare (the default here; wrangler&apos;s is --local).</source>
        <translation>Cloudflare 上のデータベースをエクスポートします (ここでの既定。wrangler の既定は --local)。</translation>
    </message>
    <message>
        <source>Export the local development database that &quot;wrangler dev&quot; keeps under .wrangler/state.</source>
        <translation>&quot;wrangler dev&quot; が .wrangler/state に保持するローカル開発データベースをエクスポートします。</translation>
    </message>
    <message>
        <source>The wrangler configuration (wrangler.toml, .json or .jsonc) whose d1_databases name the database (default: found in this folder or above).</source>
        <translation>d1_databases でデータベースを指定している wrangler 設定ファイル (wrangler.toml、.json または .jsonc) (既定: このフォルダーまたはその上位で見つかったもの)。</translation>
    </message>
    <message>
        <source>The environment of the wrangler configuration.</source>
        <translation>wrangler 設定の環境。</translation>
    </message>
    <message>
        <source>With --local: the folder wrangler dev persists into (its --persist-to).</source>
        <translation>--local と併用: wrangler dev がデータを保存するフォルダー (その --persist-to)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>With --table: do not add the indexes and triggers of the chosen tables (D1&apos;s own filter leaves them out).</source>
        <translation>--table 指定時: 選択したテーブルのインデックスとトリガーを追加しません (D1 自身のフィルターではこれらが省かれます)。</translation>
    </message>
    <message>
        <source>Compress the SQL dump with gzip while it is written (export, backup).</source>
        <translation>書き込み中に SQL ダンプを gzip で圧縮します (export、backup)。</translation>
    </message>
    <message>
        <source>Also count every exported table&apos;s rows on D1 just before the export (one query) and compare them with the dump. Counting reads every row, and D1 bills rows read. Implies --verify.</source>
        <translation>エクスポート直前に D1 上で各エクスポート対象テーブルの行数も数え (クエリ 1 回)、ダンプと比較します。行数の集計ではすべての行が読み取られ、D1 は読み取った行に課金します。--verify を含みます。</translation>
    </message>
    <message>
        <source>Also (or, without --output, instead) save the dump as an SQLite database. Implies --verify (export).</source>
        <translation>ダンプを SQLite データベースとしても (--output がない場合は代わりに) 保存します。--verify を含みます (export)。</translation>
    </message>
    <message>
        <source>Also save each database as &lt;database&gt;-&lt;time&gt;.sqlite (backup).</source>
        <translation>各データベースを &lt;database&gt;-&lt;time&gt;.sqlite としても保存します (backup)。</translation>
    </message>
    <message>
        <source>Back up every database of the account (backup).</source>
        <translation>アカウントのすべてのデータベースをバックアップします (backup)。</translation>
    </message>
    <message>
        <source>Back up this database, name or UUID (backup; repeatable).</source>
        <translation>このデータベースをバックアップします。名前または UUID (backup。複数指定可)。</translation>
    </message>
    <message>
        <source>Where backups go (backup).</source>
        <translation>バックアップの保存先 (backup)。</translation>
    </message>
    <message>
        <source>Cloudflare account ID.</source>
        <translation>Cloudflare のアカウント ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>API base URL (default: CLOUDFLARE_API_BASE_URL or %1).</source>
        <translation>API ベース URL (既定: CLOUDFLARE_API_BASE_URL または %1)。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Only databases whose name contains this (databases).</source>
        <translation>名前にこの文字列を含むデータベースのみ (databases)。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>export &lt;database&gt;: export one database as SQL (and/or SQLite).
&lt;database&gt; is a name, a UUID, or a binding of the wrangler configuration; with --local, the
local development database of that binding is exported instead (no credentials needed).
On success stdout carries the saved path(s), one a line (--json: the result as JSON);
with --output - it carries the dump itself.</source>
        <translation>export &lt;database&gt;: 1 つのデータベースを SQL (および/または SQLite) としてエクスポートします。
&lt;database&gt; は名前、UUID、または wrangler 設定のバインディングです。--local を指定すると、
そのバインディングのローカル開発データベースを代わりにエクスポートします (認証情報は不要)。
成功すると stdout に保存したパスを 1 行に 1 つ出力します (--json: 結果を JSON で出力)。
--output - の場合はダンプそのものを出力します。</translation>
    </message>
    <message>
        <source>backup: export --all databases, or each --database, into --folder, one after the other,
as &lt;database&gt;-&lt;UTC time&gt;.sql[.gz], and record each in &lt;folder&gt;/manifest.json.</source>
        <translation>backup: --all のデータベース、または各 --database を --folder に 1 つずつ順に
&lt;database&gt;-&lt;UTC time&gt;.sql[.gz] としてエクスポートし、それぞれを &lt;folder&gt;/manifest.json に記録します。</translation>
    </message>
    <message>
        <source>accounts: list the accounts the credentials can see (id and name).</source>
        <translation>accounts: 認証情報で参照できるアカウントを一覧表示します (ID と名前)。</translation>
    </message>
    <message>
        <source>databases: list the D1 databases of the account (uuid, name, size, created).</source>
        <translation>databases: アカウントの D1 データベースを一覧表示します (UUID、名前、サイズ、作成日時)。</translation>
    </message>
    <message>
        <source>tables &lt;database&gt;: list the tables, indexes, views and triggers of a database.</source>
        <translation>tables &lt;database&gt;: データベースのテーブル、インデックス、ビュー、トリガーを一覧表示します。</translation>
    </message>
    <message>
        <source>Give up when D1 has not produced the dump after this long, rate-limit waits included: seconds, or with m or h (default 2h; export, backup).</source>
        <translation>D1 がこの時間内にダンプを作成しなければ中止します (レート制限による待機を含む): 秒数、または m か h 付きで指定 (既定 2h。export、backup)。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>While the dump downloads, load it into a temporary SQLite database: row counts per table, and statements over D1&apos;s 100 KB import limit (export, backup).</source>
        <translation>ダンプのダウンロード中に一時的な SQLite データベースに読み込みます: テーブルごとの行数と、D1 の 100 KB インポート上限を超えるステートメント (export、backup)。</translation>
    </message>
    <message>
        <source>After the dump is saved, compare every exported table&apos;s values with D1&apos;s by fingerprints computed by the same SQL on both sides, and name the first row that differs (exit code 8). D1 reads every row once more, and bills rows read.</source>
        <translation>ダンプの保存後、両側で同じ SQL により計算したフィンガープリントで、エクスポートした各テーブルの値を D1 の値と比較し、最初に異なる行を示します (終了コード 8)。D1 はすべての行をもう一度読み取り、読み取った行に課金します。</translation>
    </message>
    <message>
        <source>Accepted for wrangler&apos;s command lines; nothing is ever asked (import: the same as --yes).</source>
        <translation>wrangler のコマンドラインとの互換用です。確認は一切行いません (import: --yes と同じ)。</translation>
    </message>
    <message>
        <source>Import even into a database that holds tables (a Time Travel bookmark is taken first, to undo it).</source>
        <translation>テーブルがあるデータベースにもインポートします (元に戻せるよう、先に Time Travel のブックマークを取得します)。</translation>
    </message>
    <message>
        <source>The dump or database to import: .sql, .sql.gz (ours, wrangler&apos;s, sqlite3&apos;s .dump) or an SQLite file (.sqlite, .sqlite3, .db).</source>
        <translation>インポートするダンプまたはデータベース: .sql、.sql.gz (本プログラム、wrangler、sqlite3 の .dump によるもの) または SQLite ファイル (.sqlite、.sqlite3、.db)。</translation>
    </message>
    <message>
        <source>Create &lt;database&gt; as a new database and import into it (import).</source>
        <translation>&lt;database&gt; を新しいデータベースとして作成し、そこにインポートします (import)。</translation>
    </message>
    <message>
        <source>After the import, count each table&apos;s rows on D1 (one query; D1 bills rows read) and compare them with the file&apos;s (exit code 8 when they differ).</source>
        <translation>インポート後、D1 上で各テーブルの行数を数え (クエリ 1 回。D1 は読み取った行に課金します)、ファイルの行数と比較します (異なる場合は終了コード 8)。</translation>
    </message>
    <message>
        <source>The Time Travel bookmark to restore the database to (restore); an import prints it.</source>
        <translation>データベースの復元先となる Time Travel のブックマーク (restore)。インポート時に表示されます。</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Print lists and results as JSON (accounts, databases, tables, export, backup, import, restore).</source>
        <translation>一覧と結果を JSON で出力します (accounts、databases、tables、export、backup、import、restore)。</translation>
    </message>
    <message>
        <source>import &lt;database&gt;: import --input FILE into the database (with --create: a new database of
that name). The file (.sql, .sql.gz or an SQLite database) is first turned into SQL that D1
loads; its size, statements and rows per table are shown before the upload. A database that
holds tables is imported into only with --yes; a Time Travel bookmark is taken first, and the
line that undoes the import is printed on stdout (--json: the result as JSON).
The token needs the D1 Edit permission.</source>
        <translation>import &lt;database&gt;: --input FILE をデータベースにインポートします (--create の場合: その名前の新しい
データベース)。ファイル (.sql、.sql.gz または SQLite データベース) はまず D1 が読み込める SQL に
変換され、そのサイズ、ステートメント数、テーブルごとの行数がアップロード前に表示されます。テーブルが
あるデータベースには --yes を指定した場合にのみインポートします。先に Time Travel のブックマークを取得し、
インポートを元に戻すコマンドラインを stdout に出力します (--json: 結果を JSON で出力)。
トークンには D1 の編集権限が必要です。</translation>
    </message>
    <message>
        <source>restore &lt;database&gt;: restore the database in place to --bookmark (Time Travel), e.g. to undo
an import. The token needs the D1 Edit permission.</source>
        <translation>restore &lt;database&gt;: データベースをその場で --bookmark (Time Travel) の状態に復元します。例えば
インポートを元に戻すときに使います。トークンには D1 の編集権限が必要です。</translation>
    </message>
</context>
<context>
    <name>d1x::ApiCall</name>
    <message>
        <source>the server redirected the request to %1, which is not followed</source>
        <translation>サーバーがリクエストを %1 にリダイレクトしましたが、追従しません</translation>
    </message>
    <message>
        <source>the answer was larger than %1 MB and was cut off; no API answer is that large</source>
        <translation>応答が %1 MB を超えたため切り捨てられました。これほど大きな API 応答はありません</translation>
    </message>
</context>
<context>
    <name>d1x::BackupRunner</name>
    <message>
        <source>no backup folder was chosen</source>
        <translation>バックアップフォルダーが選択されていません</translation>
    </message>
    <message>
        <source>no database was chosen</source>
        <translation>データベースが選択されていません</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>フォルダー %1 を作成できませんでした</translation>
    </message>
    <message>
        <source>%1 is not a writable folder</source>
        <translation>%1 は書き込み可能なフォルダーではありません</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒後に再試行します (%3 回目)。</translation>
    </message>
    <message>
        <source>The account has no D1 databases: nothing to back up.</source>
        <translation>このアカウントには D1 データベースがないため、バックアップするものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1.</source>
        <translation>
            <numerusform>%n 個のデータベースを %1 にバックアップしています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Database %1 of %2: %3.</source>
        <translation>データベース %1/%2: %3。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: 完了。</translation>
    </message>
    <message>
        <source>%1: failed (%2).</source>
        <translation>%1: 失敗 (%2)。</translation>
    </message>
    <message>
        <source>The existing manifest could not be read; it was kept as %1 and a new one is started.</source>
        <translation>既存のマニフェストを読み取れなかったため、%1 として残し、新しいマニフェストを作成します。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Backup finished: %1 of %n database(s) saved; manifest %2.</source>
        <translation>
            <numerusform>バックアップ完了: %n 個中 %1 個のデータベースを保存しました。マニフェスト %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>&quot;%1&quot; という名前のデータベースはありません。%2</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n database(s) into %1; %2 of them not found.</source>
        <translation>
            <numerusform>%n 個のデータベースを %1 にバックアップしています。そのうち %2 個は見つかりませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API request(s) sent, at most %1 per %2 s.</source>
        <translation>
            <numerusform>%n 件の API リクエストを送信しました (最大 %1 件/%2 秒)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::CliApp</name>
    <message>
        <source>Try --help.</source>
        <translation>--help を参照してください。</translation>
    </message>
    <message>
        <source>--no-data and --no-schema exclude each other.</source>
        <translation>--no-data と --no-schema は同時に指定できません。</translation>
    </message>
    <message>
        <source>--gzip compresses the SQL file: it needs --output.</source>
        <translation>--gzip は SQL ファイルを圧縮するため、--output が必要です。</translation>
    </message>
    <message>
        <source>Say where the backups go with --folder DIR.</source>
        <translation>--folder フォルダー でバックアップの保存先を指定してください。</translation>
    </message>
    <message>
        <source>Name the databases to back up: --all, or --database NAME (repeatable).</source>
        <translation>バックアップするデータベースを指定してください: --all、または --database 名前 (複数指定可)。</translation>
    </message>
    <message>
        <source>No credentials: set CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY).</source>
        <translation>認証情報がありません: CLOUDFLARE_API_TOKEN (または CLOUDFLARE_EMAIL と CLOUDFLARE_API_KEY) を設定してください。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>アカウント ID「%1」に使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>These credentials see no account. Pass --account ID or set CLOUDFLARE_ACCOUNT_ID (account-owned tokens cannot list accounts).</source>
        <translation>この認証情報で見えるアカウントはありません。--account ID を指定するか、CLOUDFLARE_ACCOUNT_ID を設定してください (アカウント所有のトークンではアカウントを一覧表示できません)。</translation>
    </message>
    <message numerus="yes">
        <source>These credentials see %n account(s); choose one with --account ID:</source>
        <translation>
            <numerusform>この認証情報では %n 個のアカウントが見えます。--account ID でいずれかを選んでください:</numerusform>
        </translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>データベース「%1」に使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>Say where to save the dump with --output FILE (or --sqlite FILE; --output - writes it to stdout).</source>
        <translation>--output FILE でダンプの保存先を指定してください (または --sqlite FILE。--output - で stdout に書き出します)。</translation>
    </message>
    <message>
        <source>%1: the database %2 (%3) of %4.</source>
        <translation>%1: %4 のデータベース %2 (%3)。</translation>
    </message>
    <message>
        <source>--json prints the result on stdout, where --output %1 sends the dump: choose one.</source>
        <translation>--json は結果を stdout に出力しますが、--output %1 もダンプをそこに送ります: どちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>--sqlite needs a file name: an SQLite database cannot be streamed.</source>
        <translation>--sqlite にはファイル名が必要です: SQLite データベースはストリーム出力できません。</translation>
    </message>
    <message>
        <source>no temporary file for the dump in %1: %2</source>
        <translation>%1 にダンプ用の一時ファイルを作成できません: %2</translation>
    </message>
    <message>
        <source>--gzip: saving as %1, with the .gz suffix that says it is compressed.</source>
        <translation>--gzip: 圧縮済みであることを示す .gz 拡張子を付けて %1 として保存します。</translation>
    </message>
    <message>
        <source>%1 exists; it will be replaced once the export has succeeded (a failed export leaves it as it is).</source>
        <translation>%1 は既に存在します。エクスポートが成功した時点で置き換えられます (エクスポートが失敗した場合はそのまま残ります)。</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒後に再試行します (%3 回目)。</translation>
    </message>
    <message>
        <source>ID	NAME</source>
        <translation>ID	NAME</translation>
    </message>
    <message>
        <source>no database named &quot;%1&quot;.%2</source>
        <translation>&quot;%1&quot; という名前のデータベースはありません。%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UUID	NAME	BYTES	CREATED</source>
        <translation>UUID	NAME	BYTES	CREATED</translation>
    </message>
    <message>
        <source>NAME	TYPE	TABLE</source>
        <translation>NAME	TYPE	TABLE</translation>
    </message>
    <message>
        <source>--timeout takes a duration such as 90, 45m or 3h, not &quot;%1&quot;.</source>
        <translation>--timeout には 90、45m、3h のような期間を指定してください (&quot;%1&quot; ではなく)。</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own: --no-schema excludes --verify, --compare-live-counts, --compare-live-values and --sqlite.</source>
        <translation>データのみのダンプは単独では読み込めません: --no-schema は --verify、--compare-live-counts、--compare-live-values、--sqlite と併用できません。</translation>
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
        <translation>Cloudflare D1 データベースを SQL としてエクスポートします。

コマンド (&quot;COMMAND --help&quot; で各コマンドのオプションを表示):
  export &lt;database&gt;   データベース (名前、UUID、または wrangler 設定のバインディング) を
                      --output と/または --sqlite にエクスポート
  backup              --all のデータベース、または各 --database を、1 つずつ順に --folder に
                      &lt;database&gt;-&lt;UTC time&gt;.sql[.gz] としてエクスポート (manifest.json 付き)
  accounts            認証情報で見えるアカウントを一覧表示
  databases           アカウントの D1 データベースを一覧表示
  tables &lt;database&gt;   データベースのテーブル、インデックス、ビュー、トリガーを一覧表示
  import &lt;database&gt;   --input FILE (.sql、.sql.gz、.sqlite) をデータベースにインポート (--create:
                      その名前の新しいデータベース)。表示される restore の行で元に戻せます
  restore &lt;database&gt;  データベースをその場で Time Travel の --bookmark の状態に復元

wrangler のコマンドラインは、プログラム名を置き換えるだけでそのまま使えます:
  export NAME --remote --output FILE [-y|--skip-confirmation] [--table T]... [--no-data|--no-schema]
  export NAME --local --output FILE [--config|-c FILE] [--env|-e ENV] [--persist-to DIR]
NAME にはデータベース名、または wrangler.toml / wrangler.json / wrangler.jsonc のバインディングを指定できます。
wrangler と異なり、既定は --remote です。&quot;--output -&quot; はダンプを stdout に書き出します。例:
  d1-exporter-cli export my-db --output - | sqlite3 copy.db

D1 がエクスポートできない仮想テーブル (FTS5) を含むデータベースは、それらを除いてエクスポートされ、
その CREATE VIRTUAL TABLE ステートメントと内容がダンプの末尾に追加されます。

認証情報は環境変数から取得し、コマンドラインからは決して受け取りません (--local では不要):
  CLOUDFLARE_API_TOKEN、または CLOUDFLARE_EMAIL と CLOUDFLARE_API_KEY。
アカウントは --account または CLOUDFLARE_ACCOUNT_ID で指定します。どちらもなく、
認証情報で見えるアカウントがちょうど 1 つの場合は、それが使われます。

終了コード: 0 成功、1 その他の失敗、2 使用法、3 認証または権限 (認証情報がない場合も)、
4 アカウント、データベースまたはテーブルが見つからない、5 エクスポートの失敗または実行中、
6 ネットワークまたはサーバー、7 ファイルを書き込めない、8 保存したが検証されていない (読み込めない、
または行数が異なる)、9 backup: 1 つ以上のデータベースが失敗または検証されなかった、130 中断。
import と restore も同じコードを使います: 2 はテーブルがあるデータベースに --yes なしでインポート
しようとした場合も、3 は D1 の編集権限がないトークン、5 は D1 がインポートを拒否またはロールバック
した場合、6 はアップロードも含む、8 は D1 上の行数がファイルと異なる場合 (--compare-row-counts)。</translation>
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
        <translation>警告: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3%)</source>
        <translation>ダウンロード中: %1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き込み済み: %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>、%1/秒</translation>
    </message>
    <message>
        <source>Verifying: %1%</source>
        <translation>検証中: %1%</translation>
    </message>
    <message>
        <source>D1 is still preparing the dump (%1 s)…</source>
        <translation>D1 がまだダンプを準備しています (%1 秒)…</translation>
    </message>
    <message>
        <source>Rate limited by Cloudflare: going on in %1 s</source>
        <translation>Cloudflare によるレート制限: %1 秒後に続行します</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 (%3%)</source>
        <translation>アップロード中: %1 / %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>、残り %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the file: %1%</source>
        <translation>ファイルを準備中: %1%</translation>
    </message>
</context>
<context>
    <name>d1x::CloseMatches</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source> Did you mean %1?</source>
        <translation> もしかして %1 ですか?</translation>
    </message>
</context>
<context>
    <name>d1x::CloudflareClient</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>ID に使用できない文字が含まれています</translation>
    </message>
</context>
<context>
    <name>d1x::ConnectionSession</name>
    <message>
        <source>no API endpoint to ask</source>
        <translation>問い合わせる API エンドポイントがありません</translation>
    </message>
</context>
<context>
    <name>d1x::Downloader</name>
    <message>
        <source>the server resumed at the wrong position</source>
        <translation>サーバーが誤った位置から再開しました</translation>
    </message>
    <message>
        <source>The server cannot resume; downloading again from the start.</source>
        <translation>サーバーが再開に対応していないため、最初からダウンロードし直します。</translation>
    </message>
    <message>
        <source>not enough free space: the dump needs %1, the disk has %2 free</source>
        <translation>空き容量が不足しています: ダンプには %1 必要ですが、ディスクの空きは %2 です</translation>
    </message>
    <message>
        <source>the server sent a web page instead of the SQL file (HTTP %1)</source>
        <translation>サーバーが SQL ファイルではなくウェブページを返しました (HTTP %1)</translation>
    </message>
    <message>
        <source>the server sent more data than it announced</source>
        <translation>サーバーが予告より多くのデータを送信しました</translation>
    </message>
    <message>
        <source>the download was redirected to an unsafe address</source>
        <translation>ダウンロードが安全でないアドレスにリダイレクトされました</translation>
    </message>
    <message>
        <source>The download link has expired; asking Cloudflare for a fresh one.</source>
        <translation>ダウンロードリンクの有効期限が切れたため、Cloudflare に新しいリンクを要求しています。</translation>
    </message>
    <message>
        <source>the download server answered HTTP %1</source>
        <translation>ダウンロードサーバーが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1、%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the download stalled</source>
        <translation>ダウンロードが停止しました</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイトで接続が切れました</translation>
    </message>
    <message>
        <source>received %1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイトを受信しました</translation>
    </message>
    <message>
        <source>Download interrupted (%1); resuming from byte %2 in %3 s.</source>
        <translation>ダウンロードが中断されました (%1)。%3 秒後に %2 バイト目から再開します。</translation>
    </message>
    <message>
        <source>Download failed (%1); trying again in %2 s.</source>
        <translation>ダウンロードに失敗しました (%1)。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <source>the file behind the link is now %1 bytes long, not %2: it is not the dump the first part came from, and the two are not joined</source>
        <translation>リンク先のファイルのサイズが %2 バイトではなく %1 バイトになっています: 最初の部分の取得元と同じダンプではないため、2 つは結合しません</translation>
    </message>
    <message>
        <source>the file behind the link changed while it was downloading (its ETag is %1, was %2): the parts are not joined</source>
        <translation>ダウンロード中にリンク先のファイルが変更されました (ETag は %1、以前は %2): 分割部分は結合されません</translation>
    </message>
    <message numerus="yes">
        <source>%n fresh link(s) in a row were refused as expired before a byte arrived; the computer&apos;s clock may be wrong, or a proxy may be changing the requests</source>
        <translation>
            <numerusform>新しいリンクが %n 回続けて、データを受信する前に期限切れとして拒否されました。コンピューターの時計が狂っているか、プロキシがリクエストを変更している可能性があります</numerusform>
        </translation>
    </message>
    <message>
        <source>The fresh download link was refused as expired too; asking again in %1 s (%2 of %3).</source>
        <translation>新しいダウンロードリンクも期限切れとして拒否されました。%1 秒後に再要求します (%3 回中 %2 回目)。</translation>
    </message>
</context>
<context>
    <name>d1x::DumpSink</name>
    <message>
        <source>the compressor could not be started</source>
        <translation>圧縮処理を開始できませんでした</translation>
    </message>
    <message>
        <source>the compressor failed</source>
        <translation>圧縮処理に失敗しました</translation>
    </message>
</context>
<context>
    <name>d1x::ExportController</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>エクスポートを開始しています…</translation>
    </message>
    <message>
        <source>D1 is preparing the dump…</source>
        <translation>D1 がダンプを準備しています…</translation>
    </message>
    <message>
        <source>Downloading the dump…</source>
        <translation>ダンプをダウンロードしています…</translation>
    </message>
    <message>
        <source>Verifying the dump…</source>
        <translation>ダンプを検証しています…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>エクスポート完了</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポート失敗</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>エクスポートをキャンセルしました</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒後に再試行します (%3 回目)。</translation>
    </message>
    <message>
        <source>schema and data</source>
        <translation>スキーマとデータ</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>スキーマのみ</translation>
    </message>
    <message>
        <source>data only</source>
        <translation>データのみ</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>すべてのテーブル</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): %1</source>
        <translation>
            <numerusform>%n テーブル: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the export of %1 (%2, %3).</source>
        <translation>%1 のエクスポートを開始します (%2、%3)。</translation>
    </message>
    <message>
        <source>Also exporting the indexes and triggers of the chosen tables, which D1&apos;s table filter would leave out: %1.</source>
        <translation>D1 のテーブルフィルターでは省かれる、選択したテーブルのインデックスとトリガーもエクスポートします: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual table(s): %1. D1 refuses to export a database that holds them, so everything else is exported and their CREATE VIRTUAL TABLE statements and contents are added to the end of the dump.</source>
        <translation>
            <numerusform>仮想テーブル %n 個: %1。D1 は仮想テーブルを含むデータベースのエクスポートを拒否するため、それ以外をエクスポートし、仮想テーブルの CREATE VIRTUAL TABLE ステートメントと内容をダンプの末尾に追加します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out their internal tables, which CREATE VIRTUAL TABLE makes again: %1.</source>
        <translation>CREATE VIRTUAL TABLE で再作成される内部テーブルは省きました: %1。</translation>
    </message>
    <message>
        <source>%1 indexes the table %2, which is not exported: it is recreated empty; run INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) once %2 is back.</source>
        <translation>%1 はエクスポートされないテーブル %2 のインデックスのため、空で再作成されます。%2 を戻したら INSERT INTO %1(%1) VALUES(&apos;rebuild&apos;) を実行してください。</translation>
    </message>
    <message>
        <source>%1 is a contentless full-text index: its rows cannot be read back, so it is recreated empty. Fill it again from its source.</source>
        <translation>%1 はコンテンツを持たない全文インデックスのため、行を読み戻せず、空で再作成されます。元のデータから再度作成してください。</translation>
    </message>
    <message>
        <source>the export finished without a usable download link</source>
        <translation>エクスポートは完了しましたが、使用できるダウンロードリンクがありません</translation>
    </message>
    <message>
        <source>Got a fresh download link; resuming.</source>
        <translation>新しいダウンロードリンクを取得しました。再開します。</translation>
    </message>
    <message>
        <source>The dump %1 is ready; downloading it from %2.</source>
        <translation>ダンプ %1 の準備ができました。%2 からダウンロードしています。</translation>
    </message>
    <message>
        <source>Compressing it with gzip while it downloads.</source>
        <translation>ダウンロードしながら gzip で圧縮しています。</translation>
    </message>
    <message>
        <source>Downloaded %1 in %2 s (%3/s).</source>
        <translation>%1 を %2 秒でダウンロードしました (%3/秒)。</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>%1 の SHA-256: %2</translation>
    </message>
    <message>
        <source>Verifying: loading the dump into a temporary SQLite database…</source>
        <translation>検証中: ダンプを一時的な SQLite データベースに読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the dump into the SQLite database %1…</source>
        <translation>ダンプを SQLite データベース %1 に読み込んでいます…</translation>
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
        <translation>ダンプ読み込み後のテーブルごとの行数: %1。</translation>
    </message>
    <message>
        <source>Statement %1 is %2 long%3; D1 imports statements of at most 100 KB.</source>
        <translation>ステートメント %1%3 の長さは %2 です。D1 がインポートできるステートメントは最大 100 KB です。</translation>
    </message>
    <message>
        <source> (a row of %1)</source>
        <translation> (%1 の行)</translation>
    </message>
    <message>
        <source>Rows written to D1 between the count and the start of the export also show up as differences.</source>
        <translation>集計からエクスポート開始までの間に D1 に書き込まれた行も差異として表れます。</translation>
    </message>
    <message>
        <source>Saved the SQLite database %1 (%2), SHA-256 %3.</source>
        <translation>SQLite データベース %1 (%2) を保存しました。SHA-256 %3。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved %1 in %2 s.</source>
        <translation>%1 を %2 秒で保存しました。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cancelled; the SQL dump %1 had already been saved and was kept.</source>
        <translation>キャンセルしました。SQL ダンプ %1 は保存済みだったため残しました。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>Loaded and checked %n statement(s) in %1 s.</source>
        <translation>
            <numerusform>%n 個のステートメントを %1 秒で読み込んで確認しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema only: the live rows are not counted.</source>
        <translation>スキーマのみ: D1 上の行数は数えません。</translation>
    </message>
    <message>
        <source>None of the chosen tables is one D1 exports itself, so D1 is not asked to export anything.</source>
        <translation>選択したテーブルに D1 自身がエクスポートするものがないため、D1 にはエクスポートを依頼しません。</translation>
    </message>
    <message>
        <source>no table named &quot;%1&quot; in %2.%3</source>
        <translation>%2.%3 に &quot;%1&quot; という名前のテーブルはありません</translation>
    </message>
    <message>
        <source>%1 To include them, choose them too (command line: --table %2).</source>
        <translation>%1 これらも含めるには、それらも選択してください (コマンドライン: --table %2)。</translation>
    </message>
    <message>
        <source>a local database has no live row counts on D1 to compare with</source>
        <translation>ローカルデータベースには比較対象となる D1 上の実際の行数がありません</translation>
    </message>
    <message>
        <source>Reading the local database %1 (read-only; a running wrangler dev is not disturbed).</source>
        <translation>ローカルデータベース %1 を読み取っています (読み取り専用。実行中の wrangler dev には影響しません)。</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s).</source>
        <translation>
            <numerusform>%1: %n 行とともに再作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the dump of the local database (%1).</source>
        <translation>ローカルデータベースのダンプを書き込みました (%1)。</translation>
    </message>
    <message>
        <source>Restoring the values D1 rounded…</source>
        <translation>D1 が丸めた値を復元しています…</translation>
    </message>
    <message>
        <source>the fresh link is for another file (%1, not %2): the parts are not joined</source>
        <translation>新しいリンクは別のファイルのものです (%2 ではなく %1): 分割部分は結合されません</translation>
    </message>
    <message>
        <source>Export again once nothing writes to the database, to get those rows exact too.</source>
        <translation>それらの行も正確に取得するには、データベースへの書き込みがなくなってから再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>a local database has no values on D1 to compare with</source>
        <translation>ローカルデータベースには比較対象となる D1 上の値がありません</translation>
    </message>
    <message>
        <source>Verifying while it downloads: loading the dump into a temporary SQLite database…</source>
        <translation>ダウンロード中に検証: ダンプを一時的な SQLite データベースに読み込んでいます…</translation>
    </message>
    <message>
        <source>the API (%1) is reached over HTTPS, but the download link it gave is plain HTTP (%2): the dump would travel unencrypted, so it was not downloaded</source>
        <translation>API (%1) には HTTPS で接続していますが、返されたダウンロードリンクは平文の HTTP (%2) です。ダンプが暗号化されずに転送されるため、ダウンロードしませんでした</translation>
    </message>
    <message>
        <source> %1 was left as it was.</source>
        <translation> %1 はそのままです。</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be read again exactly (%1), so nothing was saved: the dump would hold them rounded.%2 Try again later.</source>
        <translation>D1 が丸めた値を正確に再読み取りできなかったため (%1)、何も保存しませんでした: ダンプには丸められた値が含まれてしまいます。%2 後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Schema only: no values to compare with D1.</source>
        <translation>スキーマのみ: D1 と比較する値はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the values of %n table(s) with D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>%n 個のテーブルの値を D1 と比較しています (読み取ったすべての行に D1 の課金が発生します)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows written to D1 since the export also show up as differences.</source>
        <translation>エクスポート以降に D1 に書き込まれた行も差異として表示されます。</translation>
    </message>
    <message>
        <source>the values D1 rounded could not be written back into the dump (%1), so nothing was saved.%2</source>
        <translation>D1 が丸めた値をダンプに書き戻せなかったため (%1)、何も保存しませんでした。%2</translation>
    </message>
</context>
<context>
    <name>d1x::ExportPollJob</name>
    <message>
        <source>the export answer has no known status</source>
        <translation>エクスポートの応答に既知のステータスがありません</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>D1 refused even though the virtual tables were left out of the table list. Export the other tables in smaller groups, or report this so that a dump through /query can be added.</source>
        <translation>仮想テーブルをテーブル一覧から除外しても D1 に拒否されました。他のテーブルを小さなグループに分けてエクスポートするか、/query 経由のダンプを追加できるようこの問題を報告してください。</translation>
    </message>
    <message>
        <source>D1 accepted the export (bookmark %1).</source>
        <translation>D1 がエクスポートを受け付けました (ブックマーク %1)。</translation>
    </message>
    <message>
        <source>the export answer has no bookmark to poll with</source>
        <translation>エクスポートの応答にポーリング用のブックマークがありません</translation>
    </message>
    <message>
        <source>D1 says an export is already running (%1). It is probably the one our lost request started; D1 cancels it once it goes unpolled. Trying again in %2 s.</source>
        <translation>D1 によるとエクスポートはすでに実行中です (%1)。失われたリクエストが開始したものと思われます。ポーリングされなくなると D1 がキャンセルします。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <source>D1 ended the export while we waited for the rate limit (%1). Starting it again, once.</source>
        <translation>レート制限の待機中に D1 がエクスポートを終了しました (%1)。一度だけ再開します。</translation>
    </message>
    <message>
        <source>D1 had not started the export after %1</source>
        <translation>%1 経過しても D1 はエクスポートを開始していませんでした</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still preparing the dump after %1 (%n poll(s))</source>
        <translation>
            <numerusform>%1 経過しても D1 はまだダンプを準備中でした (ポーリング %n 回)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ExportReadiness</name>
    <message>
        <source>Choose a project folder and one of its local D1 databases.</source>
        <translation>プロジェクトフォルダーと、そのローカル D1 データベースの 1 つを選択してください。</translation>
    </message>
    <message>
        <source>Enter your Cloudflare credentials to begin.</source>
        <translation>Cloudflare の認証情報を入力してください。</translation>
    </message>
    <message>
        <source>Choose the account that owns the database.</source>
        <translation>データベースを所有するアカウントを選んでください。</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>エクスポートするデータベースを選んでください。</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>%1 のテーブルを読み取っています…</translation>
    </message>
    <message>
        <source>Ready to export all of %1.</source>
        <translation>%1 全体をエクスポートできます。</translation>
    </message>
    <message>
        <source>%1 has no tables; the export will hold only what D1 writes for an empty database.</source>
        <translation>%1 にはテーブルがありません。エクスポートには D1 が空のデータベースに対して書き出す内容だけが含まれます。</translation>
    </message>
    <message>
        <source>Check at least one table to export.</source>
        <translation>エクスポートするテーブルを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Ready to export %1.</source>
        <translation>%1 をエクスポートできます。</translation>
    </message>
</context>
<context>
    <name>d1x::ExportRequestCheck</name>
    <message>
        <source>no output file was chosen</source>
        <translation>出力ファイルが選択されていません</translation>
    </message>
    <message>
        <source>the SQL file and the SQLite file must differ</source>
        <translation>SQL ファイルと SQLite ファイルは別のファイルにしてください</translation>
    </message>
    <message>
        <source>&quot;schema only&quot; and &quot;data only&quot; exclude each other</source>
        <translation>「スキーマのみ」と「データのみ」は同時に指定できません</translation>
    </message>
    <message>
        <source>a data-only dump cannot be loaded on its own, so it can be neither verified nor saved as an SQLite database</source>
        <translation>データのみのダンプは単独では読み込めないため、検証も SQLite データベースとしての保存もできません</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 はフォルダーです</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>%1 のフォルダーが存在しません</translation>
    </message>
    <message>
        <source>the folder of %1 is not writable</source>
        <translation>%1 のフォルダーに書き込めません</translation>
    </message>
    <message>
        <source>nothing can be saved in the folder of %1 (%2)</source>
        <translation>%1 のフォルダーには何も保存できません (%2)</translation>
    </message>
</context>
<context>
    <name>d1x::ImportCommand</name>
    <message>
        <source>Say which state to restore with --bookmark B (an import prints the bookmark taken before it).</source>
        <translation>復元する状態を --bookmark B で指定してください (インポート時に、その前に取得したブックマークが表示されます)。</translation>
    </message>
    <message>
        <source>Say which file to import with --input FILE (.sql, .sql.gz, .sqlite, .sqlite3 or .db).</source>
        <translation>インポートするファイルを --input FILE で指定してください (.sql、.sql.gz、.sqlite、.sqlite3 または .db)。</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; check the path given to --input.</source>
        <translation>%1 は読み取れるファイルではありません。--input に指定したパスを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>To import: %1 (%2 bytes), %n statement(s)</source>
        <translation>
            <numerusform>インポート対象: %1 (%2 バイト)、%n ステートメント</numerusform>
        </translation>
    </message>
    <message>
        <source>Virtual tables (recreated): %1</source>
        <translation>仮想テーブル (再作成): %1</translation>
    </message>
    <message numerus="yes">
        <source>Target: %1, which holds %n table(s) now.</source>
        <translation>
            <numerusform>インポート先: %1 (現在 %n テーブルあり)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: a new database, %1.</source>
        <translation>インポート先: 新しいデータベース %1。</translation>
    </message>
    <message>
        <source>D1 blocks the database while it imports.</source>
        <translation>インポート中、D1 はデータベースをブロックします。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s) (%2). Importing adds to them and may clash with what is there. Add --yes to import anyway (a Time Travel bookmark is taken first, so the import can be undone), or import into a new database with --create NAME.</source>
        <translation>
            <numerusform>%1 にはすでに %n 個のテーブルがあります (%2)。インポートするとそれらに追加され、既存の内容と衝突する可能性があります。それでもインポートするには --yes を追加するか (先に Time Travel のブックマークを取得するため、インポートは元に戻せます)、--create NAME で新しいデータベースにインポートしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Bookmark before the import: %1</source>
        <translation>インポート前のブックマーク: %1</translation>
    </message>
    <message>
        <source>To undo the import: %1</source>
        <translation>インポートを元に戻すには: %1</translation>
    </message>
    <message>
        <source>or with wrangler: %1</source>
        <translation>または wrangler で: %1</translation>
    </message>
    <message>
        <source>Restoring %1 to the Time Travel bookmark %2…</source>
        <translation>%1 を Time Travel のブックマーク %2 に復元しています…</translation>
    </message>
    <message>
        <source>the restore answer has no bookmark</source>
        <translation>復元の応答にブックマークがありません</translation>
    </message>
    <message>
        <source>%1 is restored to %2.</source>
        <translation>%1 を %2 に復元しました。</translation>
    </message>
    <message>
        <source>To undo this restore: %1</source>
        <translation>この復元を元に戻すには: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ImportController</name>
    <message>
        <source>D1 is importing the file; the database is blocked until it has finished.</source>
        <translation>D1 がファイルをインポートしています。完了するまでデータベースはブロックされます。</translation>
    </message>
    <message>
        <source>%1: %2 in the file, %3 on D1</source>
        <translation>%1: ファイル内 %2、D1 上 %3</translation>
    </message>
    <message numerus="yes">
        <source>Row counts on D1 equal the file&apos;s, table by table (%n table(s)).</source>
        <translation>
            <numerusform>D1 上の行数はテーブルごとにファイルと一致しています (%n テーブル)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts on D1 differ from the file&apos;s: %1</source>
        <translation>D1 上の行数がファイルと異なります: %1</translation>
    </message>
    <message>
        <source>no account or target database was given</source>
        <translation>アカウントまたはインポート先データベースが指定されていません</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read; choose the dump or database to import</source>
        <translation>%1 は読み取れるファイルではありません。インポートするダンプまたはデータベースを選択してください</translation>
    </message>
    <message>
        <source>no temporary file could be made in %1: %2</source>
        <translation>%1 に一時ファイルを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Preparing %1 for D1…</source>
        <translation>%1 を D1 用に準備しています…</translation>
    </message>
    <message>
        <source>a database named %1 already exists; choose another name, or import into it (without --create / &quot;new database&quot;)</source>
        <translation>%1 という名前のデータベースはすでに存在します。別の名前を選ぶか、そこにインポートしてください (--create /「新しいデータベース」なしで)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message numerus="yes">
        <source>Prepared %1 bytes of SQL: %n statement(s), %2 table(s).</source>
        <translation>
            <numerusform>%1 バイトの SQL を準備しました: %n ステートメント、%2 テーブル。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) longer than D1&apos;s statement limit are written in pieces.</source>
        <translation>
            <numerusform>D1 のステートメント上限を超える %n 行は分割して書き込まれます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s): %2</source>
        <translation>
            <numerusform>%1 にはすでに %n 個のテーブルがあります: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>データベース %1 を作成しています…</translation>
    </message>
    <message>
        <source>the new database&apos;s id is missing from the answer</source>
        <translation>応答に新しいデータベースの ID がありません</translation>
    </message>
    <message>
        <source>Created the database %1 (%2).</source>
        <translation>データベース %1 (%2) を作成しました。</translation>
    </message>
    <message>
        <source>Time Travel gave no bookmark</source>
        <translation>Time Travel がブックマークを返しませんでした</translation>
    </message>
    <message>
        <source>Time Travel bookmark before the import: %1. To undo the import: %2 (or %3)</source>
        <translation>インポート前の Time Travel ブックマーク: %1。インポートを元に戻すには: %2 (または %3)</translation>
    </message>
    <message>
        <source>Importing into %1: %2 bytes to upload.</source>
        <translation>%1 にインポートしています: アップロードするのは %2 バイトです。</translation>
    </message>
    <message numerus="yes">
        <source>D1 imported the file: %n quer(y/ies), %1 row(s) written, the database is now %2 bytes.</source>
        <translation>
            <numerusform>D1 がファイルをインポートしました: クエリ %n 回、%1 行を書き込み、データベースは現在 %2 バイトです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (one query; D1 bills the rows it reads)…</source>
        <translation>
            <numerusform>D1 上で %n 個のテーブルの行数を数えています (クエリ 1 回。読み取った行に D1 の課金が発生します)…</numerusform>
        </translation>
    </message>
    <message>
        <source>D1 has the file and goes on by itself: it completes the import or rolls it back; the database stays blocked until then.</source>
        <translation>D1 はファイルを受け取り、自動的に処理を続けます。インポートを完了するかロールバックし、それまでデータベースはブロックされたままです。</translation>
    </message>
    <message>
        <source>The database %1 created for this import could not be deleted again: %2</source>
        <translation>このインポートのために作成したデータベース %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Deleted the database %1 created for this import again.</source>
        <translation>このインポートのために作成したデータベース %1 を削除しました。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed on D1.</source>
        <translation>キャンセルしました。D1 上では何も変更されていません。</translation>
    </message>
    <message>
        <source>Cancelled after D1 took the file: D1 completes the import or rolls it back on its own, and the database stays blocked until then.%1</source>
        <translation>D1 がファイルを受け取った後にキャンセルしました。D1 はインポートを自動的に完了するかロールバックし、それまでデータベースはブロックされたままです。%1</translation>
    </message>
    <message>
        <source> To go back to the state before it afterwards: %1</source>
        <translation> 後でインポート前の状態に戻すには: %1</translation>
    </message>
    <message>
        <source>Cancelled before D1 took the file; nothing was changed on D1.</source>
        <translation>D1 がファイルを受け取る前にキャンセルしました。D1 上では何も変更されていません。</translation>
    </message>
    <message>
        <source>Row counting cancelled; the import itself is complete.</source>
        <translation>行数の集計をキャンセルしました。インポート自体は完了しています。</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark before the import (%2)…</source>
        <translation>%1 をインポート前のブックマーク (%2) に復元しています…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>元に戻せませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is back at its state before the import.%2</source>
        <translation>%1 はインポート前の状態に戻りました。%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n table(s) of the same name as the file&apos;s: %2. D1 would refuse the whole import (&quot;table already exists&quot;), so nothing was sent. Import into a new database instead, or drop those tables first.</source>
        <translation>
            <numerusform>%1 にはファイルと同じ名前のテーブルが既に %n 個あります: %2。D1 はインポート全体を拒否するため (&quot;table already exists&quot;)、何も送信していません。新しいデータベースにインポートするか、先にそれらのテーブルを削除してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ImportJob</name>
    <message>
        <source>the import answer has no known status</source>
        <translation>インポートの応答に既知のステータスがありません</translation>
    </message>
    <message>
        <source>D1 asked for an upload while importing</source>
        <translation>インポート中に D1 がアップロードを要求しました</translation>
    </message>
    <message>
        <source>D1 gave an upload address that is not a web address</source>
        <translation>D1 が返したアップロード先が Web アドレスではありません</translation>
    </message>
    <message>
        <source>D1 gave no file name for the upload</source>
        <translation>D1 がアップロード用のファイル名を返しませんでした</translation>
    </message>
    <message>
        <source>D1 is ready for the upload of %1 bytes.</source>
        <translation>D1 は %1 バイトのアップロードを受け付ける準備ができました。</translation>
    </message>
    <message>
        <source>D1 already holds this file (md5 %1); no upload needed.</source>
        <translation>D1 はすでにこのファイルを保持しています (md5 %1)。アップロードは不要です。</translation>
    </message>
    <message>
        <source>the import answer has no bookmark to poll with</source>
        <translation>インポートの応答にポーリング用のブックマークがありません</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>the upload address redirected elsewhere (HTTP %1); an upload is never sent on</source>
        <translation>アップロード先が別の場所にリダイレクトされました (HTTP %1)。アップロードは転送されません</translation>
    </message>
    <message numerus="yes">
        <source>the upload address expired %n time(s) in a row</source>
        <translation>
            <numerusform>アップロード先の有効期限が %n 回続けて切れました</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload address has expired; asking D1 for a fresh one.</source>
        <translation>アップロード先の有効期限が切れました。D1 に新しいアップロード先を要求しています。</translation>
    </message>
    <message>
        <source>the upload server answered HTTP %1</source>
        <translation>アップロードサーバーが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>the upload stalled</source>
        <translation>アップロードが停止しました</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1、%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>what arrived differed from the file %n time(s) (ETag %1, md5 %2)</source>
        <translation>
            <numerusform>届いた内容がファイルと %n 回異なりました (ETag %1、md5 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>What arrived differs from the file (ETag %1, md5 %2); uploading it again.</source>
        <translation>届いた内容がファイルと異なります (ETag %1、md5 %2)。もう一度アップロードします。</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes in %2 s; the upload server confirmed the md5. Asking D1 to import it.</source>
        <translation>%1 バイトを %2 秒でアップロードしました。アップロードサーバーが md5 を確認しました。D1 にインポートを要求しています。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s); nothing was imported)</source>
        <translation>
            <numerusform>%1 (%n 回試行しました。何もインポートされていません)</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload was interrupted (%1) after %2 bytes; sending the file again in %3 s (attempt %4 of %5).</source>
        <translation>アップロードが中断されました (%1、%2 バイト送信後)。%3 秒後にファイルを再送信します (%4 / %5 回目)。</translation>
    </message>
    <message numerus="yes">
        <source>D1 was still importing after %1 (%n poll(s)); it finishes or rolls back on its own</source>
        <translation>
            <numerusform>%1 経過後 (ポーリング %n 回) も D1 はインポート中でした。自動的に完了またはロールバックされます</numerusform>
        </translation>
    </message>
    <message>
        <source>Found D1&apos;s import of the file; following it.</source>
        <translation>D1 でファイルのインポートが見つかりました。引き続き追跡します。</translation>
    </message>
    <message>
        <source>The answer to the request to import the file was lost (%1). D1 may be importing it already, so it is not sent again: looking for the import under the bookmark from before it…</source>
        <translation>ファイルのインポート要求への応答が失われました (%1)。D1 がすでにインポート中の可能性があるため、再送信しません。インポート前のブックマークでインポートを探しています…</translation>
    </message>
    <message>
        <source>D1 started no import under that bookmark; asking for the upload again.</source>
        <translation>そのブックマークで D1 はインポートを開始していません。アップロードを再度要求します。</translation>
    </message>
    <message>
        <source>The answer to the first request of the import was lost (%1). D1 starts importing at once when it still holds this file, so the request is not sent again before looking for an import under the bookmark from before it…</source>
        <translation>インポートの最初の要求への応答が失われました (%1)。D1 はこのファイルをまだ保持している場合すぐにインポートを開始するため、インポート前のブックマークでインポートを探すまで要求を再送信しません…</translation>
    </message>
</context>
<context>
    <name>d1x::LiveCountJob</name>
    <message numerus="yes">
        <source>Counting the rows of %n table(s) on D1 (D1 bills every row this reads)…</source>
        <translation>
            <numerusform>D1 上で %n 個のテーブルの行数を数えています (読み取ったすべての行に D1 の課金が発生します)…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒後に再試行します (%3 回目)。</translation>
    </message>
    <message>
        <source>The rows could not be counted on D1 (%1); the export goes on without the comparison.</source>
        <translation>D1 上で行数を数えられませんでした (%1)。比較なしでエクスポートを続けます。</translation>
    </message>
    <message>
        <source>the row counts came back incomplete</source>
        <translation>行数の結果が不完全でした</translation>
    </message>
    <message>
        <source>D1 holds %1 rows in these tables.</source>
        <translation>D1 のこれらのテーブルには %1 行あります。</translation>
    </message>
</context>
<context>
    <name>d1x::LocalDatabaseLocator</name>
    <message>
        <source>There is no local development data yet: %1 does not exist. Create the local database first, e.g. with &quot;wrangler d1 migrations apply %2 --local&quot; or &quot;wrangler dev&quot; in %3%4.</source>
        <translation>ローカル開発データがまだありません: %1 が存在しません。先にローカルデータベースを作成してください。例: %3%4 で &quot;wrangler d1 migrations apply %2 --local&quot; または &quot;wrangler dev&quot; を実行。</translation>
    </message>
    <message>
        <source> with the same --persist-to</source>
        <translation> (同じ --persist-to を指定)</translation>
    </message>
    <message>
        <source>The local database of %1 has not been created yet (no %2). Run &quot;wrangler d1 migrations apply %1 --local&quot; or &quot;wrangler d1 execute %1 --local --command …&quot; first, or start &quot;wrangler dev&quot; and use the database once.</source>
        <translation>%1 のローカルデータベースはまだ作成されていません (%2 がありません)。先に &quot;wrangler d1 migrations apply %1 --local&quot; または &quot;wrangler d1 execute %1 --local --command …&quot; を実行するか、&quot;wrangler dev&quot; を起動してデータベースを一度使用してください。</translation>
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
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>%1 の列を読み取り中</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>%1 の行を読み取り中</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>開いているデータベースがありません</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>スキーマを読み取り中</translation>
    </message>
    <message>
        <source>%1 is a virtual table; it must be recreated after the dump</source>
        <translation>%1 は仮想テーブルです。ダンプ後に再作成する必要があります</translation>
    </message>
</context>
<context>
    <name>d1x::OutputStream</name>
    <message>
        <source>%1 did not take the dump: %2</source>
        <translation>%1 がダンプを受け取りませんでした: %2</translation>
    </message>
</context>
<context>
    <name>d1x::PagedCall</name>
    <message>
        <source>an id contains characters that are not allowed</source>
        <translation>ID に使用できない文字が含まれています</translation>
    </message>
</context>
<context>
    <name>d1x::Parser</name>
    <message>
        <source>a table header is not closed with ]</source>
        <translation>テーブルヘッダーが ] で閉じられていません</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>unexpected text after a value</source>
        <translation>値の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>a key was expected</source>
        <translation>キーが必要です</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 が二重に定義されています</translation>
    </message>
    <message>
        <source>%1 is not a table</source>
        <translation>%1 はテーブルではありません</translation>
    </message>
    <message>
        <source>= was expected after the key %1</source>
        <translation>キー %1 の後に = が必要です</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>値が必要です</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <source>a \u escape needs hexadecimal digits</source>
        <translation>\u エスケープには 16 進数の数字が必要です</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation>文字列内に不明なエスケープ \%1 があります</translation>
    </message>
    <message>
        <source>an array is not closed with ]</source>
        <translation>配列が ] で閉じられていません</translation>
    </message>
    <message>
        <source>an inline table is not closed with }</source>
        <translation>インラインテーブルが } で閉じられていません</translation>
    </message>
</context>
<context>
    <name>d1x::PollPacer</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒後に再試行します (%3 回目)。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached; waiting %1 s as it asks, then going on.</source>
        <translation>Cloudflare のレート制限に達しました。指示どおり %1 秒待機してから続行します。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
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
        <translation>wrangler 設定 %1 が存在しません。</translation>
    </message>
    <message>
        <source>No wrangler configuration (wrangler.json, wrangler.jsonc or wrangler.toml) in %1 or a folder above it. Run this in your Worker&apos;s project folder, or name the file with --config FILE.</source>
        <translation>%1 またはその上位フォルダーに wrangler 設定 (wrangler.json、wrangler.jsonc、wrangler.toml) がありません。Worker のプロジェクトフォルダーで実行するか、--config FILE でファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases)%2, so there is no local database &quot;%3&quot;.</source>
        <translation>%1 は D1 データベース (d1_databases) を宣言していません%2。そのためローカルデータベース &quot;%3&quot; はありません。</translation>
    </message>
    <message>
        <source> in the environment %1</source>
        <translation> (環境 %1)</translation>
    </message>
    <message>
        <source>%1 has no D1 database with the name or binding &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 には名前またはバインディングが &quot;%2&quot; の D1 データベースがありません (存在するもの: %3)。%4</translation>
    </message>
    <message>
        <source>%1 declares %2 without a database_id, which a remote export needs. Create the database (&quot;wrangler d1 create %2&quot;) and add its id, or export the local one with --local.</source>
        <translation>%1 は %2 を database_id なしで宣言していますが、リモートエクスポートには必要です。データベースを作成 (&quot;wrangler d1 create %2&quot;) してその ID を追加するか、--local でローカルのものをエクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>d1x::SavedSecrets</name>
    <message>
        <source>Loaded the saved secret for %1 from the system keychain.</source>
        <translation>%1 の保存済みシークレットをシステムのキーチェーンから読み込みました。</translation>
    </message>
    <message>
        <source>No saved secret for %1 was found in the system keychain.</source>
        <translation>システムのキーチェーンに %1 の保存済みシークレットは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Saved the secret in the system keychain.</source>
        <translation>シークレットをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Moved the saved secret to an entry for %1 only.</source>
        <translation>保存済みシークレットを %1 専用のエントリに移動しました。</translation>
    </message>
    <message>
        <source>Removed the secret from the system keychain.</source>
        <translation>シークレットをシステムのキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Your secret is kept for this session only and will not be remembered.</source>
        <translation>システムのキーチェーンを利用できません (%1)。シークレットはこのセッションの間だけ保持され、記憶されません。</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Your secret is kept for this session only.</source>
        <translation>システムのキーチェーンを使用できませんでした (%1)。シークレットはこのセッションの間だけ保持されます。</translation>
    </message>
</context>
<context>
    <name>d1x::ValueRepairJob</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of D1&apos;s dump hold numbers D1 may have rounded (64-bit integers, infinities); reading just those again, as exact text…</source>
        <translation>
            <numerusform>D1 のダンプの %n 行に、D1 が丸めた可能性のある数値 (64 ビット整数、無限大) があります。それらだけを正確なテキストとして再読み取りしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>its columns are unknown</source>
        <translation>列が不明です</translation>
    </message>
    <message>
        <source>its key columns are not in the dump</source>
        <translation>キー列がダンプにありません</translation>
    </message>
    <message>
        <source>%1 has no key to find rows by: reading it in order up to row %2.</source>
        <translation>%1 には行を特定するキーがありません: 行 %2 まで順に読み取ります。</translation>
    </message>
    <message numerus="yes">
        <source>no row on D1 holds these values now (%n row(s) with its key)</source>
        <translation>
            <numerusform>現在これらの値を持つ行は D1 上にありません (そのキーを持つ行 %n 行)</numerusform>
        </translation>
    </message>
    <message>
        <source>the row is no longer on D1</source>
        <translation>その行はもう D1 上にありません</translation>
    </message>
    <message>
        <source>its columns differ on D1</source>
        <translation>D1 上では列が異なります</translation>
    </message>
    <message>
        <source>%1 is now %2 on D1 (row %3 of the table)</source>
        <translation>%1 は現在 D1 上で %2 です (テーブルの %3 行目)</translation>
    </message>
    <message>
        <source>%1, line %2 of the dump: %3</source>
        <translation>%1、ダンプの %2 行目: %3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the dump again with %n exact value(s)…</source>
        <translation>
            <numerusform>%n 個の正確な値でダンプを書き直しています…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::VirtualTableReadJob</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒後に再試行します (%3 回目)。</translation>
    </message>
    <message>
        <source>%1: recreated (schema only).</source>
        <translation>%1: 再作成 (スキーマのみ)。</translation>
    </message>
    <message>
        <source>%1: recreated; its index is rebuilt from %2 on import.</source>
        <translation>%1: 再作成。インデックスはインポート時に %2 から再構築されます。</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>一覧なし</translation>
    </message>
    <message>
        <source>the rows of the virtual table %1 could not be read (%2); a dump without them would be incomplete, so nothing was saved. Try again, or choose schema only to export its definition alone.</source>
        <translation>仮想テーブル %1 の行を読み取れませんでした (%2)。それらを含まないダンプは不完全になるため、何も保存されませんでした。再試行するか、スキーマのみを選択して定義だけをエクスポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: recreated with its %n row(s), read through /query.</source>
        <translation>
            <numerusform>%1: /query で読み取った %n 行とともに再作成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::WranglerConfig</name>
    <message>
        <source>The wrangler configuration %1 cannot be read: %2.</source>
        <translation>wrangler 設定 %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid TOML (%2).</source>
        <translation>wrangler 設定 %1 は有効な TOML ではありません (%2)。</translation>
    </message>
    <message>
        <source>The wrangler configuration %1 is not valid JSON (%2).</source>
        <translation>wrangler 設定 %1 は有効な JSON ではありません (%2)。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 defines no environments, so there is no --env %2.</source>
        <translation>%1 は環境を定義していないため、--env %2 はありません。</translation>
    </message>
    <message>
        <source>%1 has no environment &quot;%2&quot; (it has: %3).%4</source>
        <translation>%1 には環境 &quot;%2&quot; がありません (存在するもの: %3)。%4</translation>
    </message>
</context>
<context>
    <name>d1x::ui::AccountCombo</name>
    <message>
        <source>Pick an account or paste its ID</source>
        <translation>アカウントを選ぶか ID を貼り付け</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>アカウント ID: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::BackupDialog</name>
    <message>
        <source>Back up &amp;all databases of the account, also ones created later</source>
        <translation>アカウントのすべてのデータベースをバックアップ (今後作成されるものも含む)(&amp;A)</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>すべて選択(&amp;L)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>選択解除(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Compress with &amp;gzip (.sql.gz)</source>
        <translation>gzip で圧縮 (.sql.gz)(&amp;G)</translation>
    </message>
    <message>
        <source>Also save each as an S&amp;QLite database</source>
        <translation>それぞれ SQLite データベースとしても保存(&amp;Q)</translation>
    </message>
    <message>
        <source>Chec&amp;k each dump after saving</source>
        <translation>保存後に各ダンプを確認(&amp;K)</translation>
    </message>
    <message>
        <source>Compare row counts with &amp;D1</source>
        <translation>D1 と行数を比較(&amp;D)</translation>
    </message>
    <message>
        <source>Back Up Databases</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>Filter databases</source>
        <translation>データベースを絞り込み</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation>バックアップするデータベース</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Databases to back &amp;up:</source>
        <translation>バックアップするデータベース(&amp;U):</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップフォルダー</translation>
    </message>
    <message>
        <source>Folder for the dumps and manifest.json</source>
        <translation>ダンプと manifest.json を保存するフォルダー</translation>
    </message>
    <message>
        <source>D1 backups</source>
        <translation>D1 バックアップ</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Load each saved dump into a temporary SQLite database: row counts per table, and statements too long to load back into D1.</source>
        <translation>保存した各ダンプを一時的な SQLite データベースに読み込み、テーブルごとの行数と、D1 に戻すには長すぎるステートメントを確認します。</translation>
    </message>
    <message>
        <source>Before each export, count the rows of every table on D1 with one query and compare them with the dump.</source>
        <translation>各エクスポートの前に、D1 上ですべてのテーブルの行数をクエリ 1 回で数え、ダンプと比較します。</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Every database the account has when the backup starts.</source>
        <translation>バックアップ開始時点でアカウントにあるすべてのデータベース。</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>チェック済み: %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one database, or back up all of them.</source>
        <translation>データベースを 1 つ以上チェックするか、すべてをバックアップしてください。</translation>
    </message>
    <message>
        <source>Choose the folder the backups go into.</source>
        <translation>バックアップの保存先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Folder for the Backups</source>
        <translation>バックアップの保存先フォルダー</translation>
    </message>
    <message>
        <source>Compare &amp;values with D1</source>
        <translation>D1 と値を比較(&amp;V)</translation>
    </message>
    <message>
        <source>After saving, load each dump once more and compare every table&apos;s values with D1&apos;s by fingerprints (the same SQL on both sides).</source>
        <translation>保存後に各ダンプをもう一度読み込み、各テーブルの値をフィンガープリントで D1 の値と比較します (両側で同じ SQL)。</translation>
    </message>
    <message>
        <source>Counting reads every row once, comparing values once more, and D1 bills rows read.</source>
        <translation>行数の集計ではすべての行が 1 回ずつ、値の比較ではもう 1 回読み取られ、D1 では読み取った行数に応じて課金されます。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::CredentialsPanel</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>確認(&amp;V)</translation>
    </message>
    <message>
        <source>API token (recommended)</source>
        <translation>API トークン (推奨)</translation>
    </message>
    <message>
        <source>Email and global API key</source>
        <translation>メールとグローバル API キー</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>サインイン方法(&amp;W):</translation>
    </message>
    <message>
        <source>Paste an API token with D1 read permission</source>
        <translation>D1 読み取り用の API トークン</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API トークン(&amp;T):</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;Create a token&lt;/a&gt; (My Profile → API Tokens, D1 Read)</source>
        <translation>&lt;a href=&quot;https://dash.cloudflare.com/profile/api-tokens&quot;&gt;トークンを作成&lt;/a&gt; (My Profile → API Tokens、D1 Read)</translation>
    </message>
    <message>
        <source>Opens the Cloudflare dashboard in your browser</source>
        <translation>ブラウザーで Cloudflare ダッシュボードを開きます</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>アカウントのメールアドレス</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>メール(&amp;M):</translation>
    </message>
    <message>
        <source>Global API key from your Cloudflare profile</source>
        <translation>Cloudflare プロフィールのグローバル API キー</translation>
    </message>
    <message>
        <source>Global API key</source>
        <translation>グローバル API キー</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>グローバル API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain so you need not paste it again. It is never written to the settings file.</source>
        <translation>シークレットをシステムのキーチェーンに保存し、再度貼り付けなくて済むようにします。設定ファイルには決して書き込まれません。</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>詳細設定を表示</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API ベース URL</translation>
    </message>
    <message>
        <source>Where the Cloudflare API lives. Change it only for a proxy or a local emulator; plain http is accepted for this computer only.</source>
        <translation>Cloudflare API の場所です。プロキシやローカルのエミュレーターを使うときだけ変更してください。暗号化されていない http はこのコンピューターに対してのみ使えます。</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>API ベース URL(&amp;U):</translation>
    </message>
    <message>
        <source>Ask Cloudflare whether these credentials work (Enter in the secret field)</source>
        <translation>この認証情報が使えるか Cloudflare に確認します (シークレット欄で Enter)</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>詳細設定を隠す</translation>
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
        <translation>管轄: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>作成日: %1</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>ストレージ: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DatabasePicker</name>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>再読み込み(&amp;O)</translation>
    </message>
    <message>
        <source>Cloudflare account</source>
        <translation>Cloudflare アカウント</translation>
    </message>
    <message>
        <source>The account that owns the database. Account-owned tokens cannot list accounts: paste the account ID from the dashboard instead.</source>
        <translation>データベースを所有するアカウントです。アカウント所有のトークンではアカウントを一覧表示できないため、代わりにダッシュボードからアカウント ID を貼り付けてください。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Reload the list of accounts</source>
        <translation>アカウントの一覧を再読み込み</translation>
    </message>
    <message>
        <source>Reload accounts</source>
        <translation>アカウントを再読み込み</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>名前または ID</translation>
    </message>
    <message>
        <source>Search databases</source>
        <translation>データベースを検索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Load the list of databases again</source>
        <translation>データベースの一覧をもう一度読み込みます</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>アカウントを選ぶとデータベースが表示されます。</translation>
    </message>
    <message>
        <source>This account has no D1 databases.</source>
        <translation>このアカウントには D1 データベースがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Databases: %n</source>
        <translation>
            <numerusform>データベース: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Databases: %1 of %n match the search</source>
        <translation>
            <numerusform>データベース: %n 個中 %1 個が検索に一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>the emulator did not report that it was ready within %n second(s)</source>
        <translation>
            <numerusform>エミュレーターが %n 秒以内に準備完了を報告しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>the emulator stopped unexpectedly. %1</source>
        <translation>エミュレーターが予期せず停止しました。%1</translation>
    </message>
    <message>
        <source>the emulator exited with code %1. %2</source>
        <translation>エミュレーターがコード %1 で終了しました。%2</translation>
    </message>
    <message>
        <source>the emulator program was not found at %1</source>
        <translation>エミュレーターのプログラムが %1 に見つかりません</translation>
    </message>
    <message>
        <source>the emulator did not say where it listens</source>
        <translation>エミュレーターが待ち受け先を知らせませんでした</translation>
    </message>
</context>
<context>
    <name>d1x::ui::DependencyNote</name>
    <message numerus="yes">
        <source>Add %n Table(s)</source>
        <translation>
            <numerusform>%n 個のテーブルを追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1 too</source>
        <translation>%1 もエクスポート</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Include related ob&amp;jects</source>
        <translation>関連オブジェクトを含める(&amp;J)</translation>
    </message>
    <message>
        <source>Check the dump after sav&amp;ing</source>
        <translation>保存後にダンプを確認(&amp;I)</translation>
    </message>
    <message>
        <source>Compare row counts with D1</source>
        <translation>D1 と行数を比較</translation>
    </message>
    <message>
        <source>Also save as S&amp;QLite</source>
        <translation>SQLite としても保存(&amp;Q)</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>行数の集計ではすべての行が 1 回ずつ読み取られ、D1 では読み取った行数に応じて課金されます。</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, which D1&apos;s table filter leaves out.</source>
        <translation>D1 のテーブルフィルターでは省かれる、選択したテーブルのインデックスとトリガー。</translation>
    </message>
    <message>
        <source>Loads it into SQLite: rows per table, statements too long for D1.</source>
        <translation>SQLite に読み込んで確認します: テーブルごとの行数、D1 には長すぎるステートメント。</translation>
    </message>
    <message>
        <source>A .sqlite database beside the SQL file.</source>
        <translation>SQL ファイルと同じ場所に .sqlite データベースを保存します。</translation>
    </message>
    <message>
        <source>A data-only dump holds no indexes or triggers.</source>
        <translation>データのみのダンプにはインデックスもトリガーも含まれません。</translation>
    </message>
    <message>
        <source>Every table is chosen: D1 exports all indexes and triggers anyway.</source>
        <translation>すべてのテーブルが選択されています。この場合 D1 はすべてのインデックスとトリガーをエクスポートします。</translation>
    </message>
    <message>
        <source>D1&apos;s table filter keeps only the objects named in it, so a partial export would lose the indexes and triggers of the chosen tables. With this on they are exported too.</source>
        <translation>D1 のテーブルフィルターは指定されたオブジェクトしか残さないため、一部のテーブルだけをエクスポートすると、選択したテーブルのインデックスとトリガーが失われます。オンにすると、これらもエクスポートされます。</translation>
    </message>
    <message>
        <source>A data-only dump cannot be loaded on its own, so it cannot be checked.</source>
        <translation>データのみのダンプは単独では読み込めないため、確認できません。</translation>
    </message>
    <message>
        <source>A schema-only dump has no rows to compare.</source>
        <translation>スキーマのみのダンプには比較する行がありません。</translation>
    </message>
    <message>
        <source>Just before the export, count the rows of every exported table on D1 with one query, and compare them with the rows of the saved dump.</source>
        <translation>エクスポート直前に D1 上でエクスポート対象の各テーブルの行数をクエリ 1 回で数え、保存したダンプの行数と比較します。</translation>
    </message>
    <message>
        <source>Load the dump into a new SQLite database and save it beside the SQL file, with the same name ending in .sqlite. To save only the SQLite database, choose that file type when saving.</source>
        <translation>ダンプを新しい SQLite データベースに読み込み、SQL ファイルと同じ場所に、末尾を .sqlite にした同じ名前で保存します。SQLite データベースだけを保存するには、保存時にそのファイルの種類を選んでください。</translation>
    </message>
    <message>
        <source>Comparing row counts and saving an SQLite database both load the dump, which checks it.</source>
        <translation>行数の比較と SQLite データベースの保存はどちらもダンプを読み込むため、ダンプの確認も行われます。</translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation>中止するまでの時間 (分)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>中止するまでの時間</translation>
    </message>
    <message>
        <source>when D1 has not produced the dump by then, waits for Cloudflare&apos;s rate limit included.</source>
        <translation>それまでに D1 がダンプを作成しなかった場合に中止します。Cloudflare のレート制限の待機時間も含みます。</translation>
    </message>
    <message>
        <source>Compare values with D1</source>
        <translation>D1 と値を比較</translation>
    </message>
    <message>
        <source>Fingerprints of every value, by the same SQL on D1 and on the saved dump: reads every row once more, and D1 bills rows read.</source>
        <translation>D1 と保存したダンプで同じ SQL により計算した全値のフィンガープリント: すべての行をもう一度読み取り、D1 は読み取った行に課金します。</translation>
    </message>
    <message>
        <source>A schema-only dump has no values to compare.</source>
        <translation>スキーマのみのダンプには比較する値がありません。</translation>
    </message>
    <message>
        <source>After saving, load the dump once more and compare every exported table&apos;s values with D1&apos;s by fingerprints; a difference names the table and row.</source>
        <translation>保存後にダンプをもう一度読み込み、エクスポートした各テーブルの値をフィンガープリントで D1 の値と比較します。差異があればテーブルと行を示します。</translation>
    </message>
    <message>
        <source>Load the dump into a temporary SQLite database while it downloads: row counts per table, and statements too long to load back into D1.</source>
        <translation>ダウンロード中にダンプを一時的な SQLite データベースに読み込み、テーブルごとの行数と、D1 に戻すには長すぎるステートメントを確認します。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>O&amp;pen Folder</source>
        <translation>フォルダーを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Cop&amp;y Path</source>
        <translation>パスをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Choose where to save, then export (Ctrl+E)</source>
        <translation>保存先を選んでエクスポートします (Ctrl+E)</translation>
    </message>
    <message>
        <source>Stop the export; no file is written (Esc)</source>
        <translation>エクスポートを中止します。ファイルは書き込まれません (Esc)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>進行ログ</translation>
    </message>
    <message>
        <source>Show the saved file&apos;s folder in the file manager</source>
        <translation>保存したファイルのフォルダーをファイルマネージャーで表示します</translation>
    </message>
    <message>
        <source>Copy the saved file&apos;s full path to the clipboard</source>
        <translation>保存したファイルのフルパスをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Choose a database to export.</source>
        <translation>エクスポートするデータベースを選んでください。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
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
        <translation>%1 / %2 · %3 · 残り %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved %1: %2 in %3.</source>
        <translation>%1 を保存しました (%2、%3)。</translation>
    </message>
    <message>
        <source>You cancelled the export. No file was written; an existing file with that name was left as it was.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれず、同じ名前の既存ファイルもそのままです。</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>経過 %1</translation>
    </message>
    <message>
        <source>Loading the saved dump into SQLite to check it…</source>
        <translation>保存したダンプを確認のため SQLite に読み込んでいます…</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%2 中 %1 を確認済み</translation>
    </message>
    <message>
        <source>%1 compressed to %2, in %3</source>
        <translation>%1 を %2 に圧縮、%3</translation>
    </message>
    <message numerus="yes">
        <source>It loads into SQLite, but %n statement(s) are too long to load back into D1.</source>
        <translation>
            <numerusform>SQLite には読み込めますが、%n 個のステートメントが長すぎて D1 に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: it loads into SQLite (%1 rows).</source>
        <translation>確認済み: SQLite に読み込めます (%1 行)。</translation>
    </message>
    <message>
        <source>Back Up…</source>
        <translation>バックアップ…</translation>
    </message>
    <message>
        <source>Export several databases of this account, or all of them, into one folder with a manifest (Ctrl+B)</source>
        <translation>このアカウントの複数またはすべてのデータベースを、マニフェスト付きで 1 つのフォルダーにエクスポートします (Ctrl+B)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row count(s) differ from D1: see the report.</source>
        <translation>
            <numerusform>%n 件の行数が D1 と異なります。レポートを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>But it does not load into SQLite: see the report.</source>
        <translation>ただし SQLite に読み込めません。レポートを参照してください。</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>%1 にバックアップしています…</translation>
    </message>
    <message>
        <source>Listing the databases…</source>
        <translation>データベースの一覧を取得しています…</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1/%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>You cancelled the backup after %n database(s); what was saved is in the manifest.</source>
        <translation>
            <numerusform>%n 個のデータベースの後でバックアップをキャンセルしました。保存済みの内容はマニフェストに記録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>バックアップ完了</translation>
    </message>
    <message>
        <source>Backup finished with problems</source>
        <translation>バックアップ完了 (問題あり)</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s).</source>
        <translation>
            <numerusform>%n 個中 %1 個のデータベースをバックアップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the report.</source>
        <translation>
            <numerusform>%n 個が失敗しました。レポートを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>マニフェストを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Reading the saved dump for values D1 rounded…</source>
        <translation>保存したダンプから D1 が丸めた値を読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare&apos;s rate limit: going on in %n s</source>
        <translation>
            <numerusform>Cloudflare のレート制限: %n 秒後に続行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Count &amp;rows after the import</source>
        <translation>インポート後に行数を数える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>インポートを元に戻す(&amp;U)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>準備(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Import into D1</source>
        <translation>D1 にインポート</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>A .sql or .sql.gz dump, or an SQLite database (.sqlite, .sqlite3, .db)</source>
        <translation>.sql または .sql.gz のダンプ、または SQLite データベース (.sqlite、.sqlite3、.db)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>インポート先:</translation>
    </message>
    <message>
        <source>After the import, count the rows of every table on D1 with one query and compare them with the file.</source>
        <translation>インポート後、D1 上のすべてのテーブルの行数を 1 回のクエリで数え、ファイルと比較します。</translation>
    </message>
    <message>
        <source>Counting reads every row once, and D1 bills rows read.</source>
        <translation>行数の集計ではすべての行が 1 回ずつ読み取られ、D1 では読み取った行数に応じて課金されます。</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>インポートのログ</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>概要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>Repor&amp;t</source>
        <translation>レポート(&amp;T)</translation>
    </message>
    <message>
        <source>Restore the database to the Time Travel bookmark taken before the import (asks first)</source>
        <translation>インポート前に取得した Time Travel のブックマークにデータベースを復元します (事前に確認します)</translation>
    </message>
    <message>
        <source>Stop the import. Before D1 starts loading the file nothing changes on D1.</source>
        <translation>インポートを停止します。D1 がファイルの読み込みを始める前なら、D1 上では何も変わりません。</translation>
    </message>
    <message>
        <source>Turn the file into SQL that D1 loads and show what will be imported; nothing is sent to D1 yet</source>
        <translation>ファイルを D1 が読み込める SQL に変換し、インポートされる内容を表示します。まだ D1 には何も送信しません</translation>
    </message>
    <message>
        <source>Upload the prepared SQL and let D1 import it</source>
        <translation>準備した SQL をアップロードし、D1 にインポートさせます</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>インポートするファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a file that exists: choose the file again.</source>
        <translation>%1 は存在するファイルではありません。ファイルを選び直してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 を読み取れません。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>インポートするファイルの選択</translation>
    </message>
    <message>
        <source>SQL dumps and SQLite databases (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQL ダンプと SQLite データベース (*.sql *.sql.gz *.sqlite *.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The choices changed: prepare again.</source>
        <translation>選択内容が変更されました。もう一度準備してください。</translation>
    </message>
    <message>
        <source>Preparing %1 for %2…</source>
        <translation>%1 を %2 用に準備しています…</translation>
    </message>
    <message>
        <source>Not imported: nothing was sent to D1.</source>
        <translation>インポートしていません。D1 には何も送信されていません。</translation>
    </message>
    <message>
        <source>You cancelled before importing: nothing changed on D1.</source>
        <translation>インポート前にキャンセルしました。D1 上では何も変わっていません。</translation>
    </message>
    <message>
        <source>Undo the Import?</source>
        <translation>インポートを元に戻しますか？</translation>
    </message>
    <message>
        <source>Restore %1 to the Time Travel bookmark taken before the import?</source>
        <translation>%1 をインポート前に取得した Time Travel のブックマークに復元しますか？</translation>
    </message>
    <message>
        <source>Everything written to %1 since that bookmark is undone: the import, and anything else written to it meanwhile. D1 keeps a bookmark of the state before the restore.</source>
        <translation>そのブックマーク以降に %1 に書き込まれたものはすべて取り消されます: インポートと、その間に書き込まれたその他のすべてです。D1 は復元前の状態のブックマークを保持します。</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>インポート実行中</translation>
    </message>
    <message>
        <source>D1 is working on %1.</source>
        <translation>D1 が %1 を処理しています。</translation>
    </message>
    <message>
        <source>The import has not reached D1 yet.</source>
        <translation>インポートはまだ D1 に届いていません。</translation>
    </message>
    <message>
        <source>Close anyway? D1 goes on on its own and either completes or rolls back; the database stays blocked until then.</source>
        <translation>それでも閉じますか？D1 は自動的に処理を続け、完了するかロールバックします。それまでデータベースはブロックされたままです。</translation>
    </message>
    <message>
        <source>Cancel it and close? Nothing changes on D1.</source>
        <translation>キャンセルして閉じますか？D1 上では何も変わりません。</translation>
    </message>
    <message>
        <source>Ready: Prepare turns the file into SQL that D1 loads. Nothing is sent yet.</source>
        <translation>準備完了: 「準備」でファイルを D1 が読み込める SQL に変換します。まだ何も送信しません。</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>ファイルを準備しています…</translation>
    </message>
    <message>
        <source>Prepared: check the summary, then Import.</source>
        <translation>準備完了: 概要を確認してから「インポート」を押してください。</translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>データベース %1 を作成しています…</translation>
    </message>
    <message>
        <source>Taking a Time Travel bookmark of %1…</source>
        <translation>%1 の Time Travel ブックマークを取得しています…</translation>
    </message>
    <message>
        <source>Uploading the SQL for %1…</source>
        <translation>%1 用の SQL をアップロードしています…</translation>
    </message>
    <message>
        <source>D1 is importing into %1; the database is blocked until it is done…</source>
        <translation>D1 が %1 にインポートしています。完了するまでデータベースはブロックされます…</translation>
    </message>
    <message>
        <source>Counting the rows of %1 on D1…</source>
        <translation>D1 上で %1 の行数を数えています…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポート失敗</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>インポートをキャンセルしました</translation>
    </message>
    <message>
        <source>Restoring %1 to the bookmark taken before the import…</source>
        <translation>%1 をインポート前に取得したブックマークに復元しています…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>インポートを元に戻しました</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>%1 / %2 を読み取り済み</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2</source>
        <translation>%1 / %2 をアップロード済み</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3</source>
        <translation>%1 / %2 をアップロード済み · %3</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 · %3 · %4 left</source>
        <translation>%1 / %2 をアップロード済み · %3 · 残り %4</translation>
    </message>
    <message>
        <source>D1 has been importing for %1</source>
        <translation>D1 のインポート経過時間: %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>経過 %1</translation>
    </message>
    <message>
        <source>%1 already holds tables: read the warning before you import.</source>
        <translation>%1 にはすでにテーブルがあります。インポートする前に警告をお読みください。</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written in %3.</source>
        <translation>%1 にインポートしました: %3 で %2 行を書き込みました。</translation>
    </message>
    <message>
        <source>Undo Import restores the bookmark taken before it.</source>
        <translation>「インポートを元に戻す」で、インポート前に取得したブックマークに復元できます。</translation>
    </message>
    <message>
        <source>You stopped following the import, but D1 had already started loading it: D1 either completes the import or rolls it back on its own, and %1 stays blocked until then.</source>
        <translation>インポートの追跡を停止しましたが、D1 はすでに読み込みを始めていました。D1 はインポートを自動的に完了するかロールバックし、それまで %1 はブロックされたままです。</translation>
    </message>
    <message>
        <source>The import into %1 completed; only the row count was cancelled.</source>
        <translation>%1 へのインポートは完了しました。キャンセルされたのは行数の集計だけです。</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it: nothing changed in %1.</source>
        <translation>D1 が読み込みを始める前にインポートをキャンセルしました。%1 では何も変わっていません。</translation>
    </message>
    <message>
        <source>You cancelled the import before D1 started loading it. The new database %1 could not be deleted again and is empty: see the log.</source>
        <translation>D1 が読み込みを始める前にインポートをキャンセルしました。新しいデータベース %1 を削除できず、空のまま残っています。ログを参照してください。</translation>
    </message>
    <message>
        <source>Undo failed: %1 %2</source>
        <translation>元に戻せませんでした: %1 %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>元に戻しました: %1 はインポート前に取得したブックマークの状態に戻りました。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportReportView</name>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Bookmark before:</source>
        <translation>インポート前のブックマーク:</translation>
    </message>
    <message>
        <source>Time Travel bookmark taken before the import</source>
        <translation>インポート前に取得した Time Travel のブックマーク</translation>
    </message>
    <message>
        <source>Final bookmark:</source>
        <translation>最終ブックマーク:</translation>
    </message>
    <message>
        <source>Time Travel bookmark after the import</source>
        <translation>インポート後の Time Travel のブックマーク</translation>
    </message>
    <message>
        <source>Undo from the command line:</source>
        <translation>コマンドラインで元に戻す:</translation>
    </message>
    <message>
        <source>Command line that undoes the import</source>
        <translation>インポートを元に戻すコマンドライン</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>テーブルごとの行数</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>ファイル内の行数</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>D1 の行数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>The report of the import appears here: the bookmarks before and after it, and the rows of every table.</source>
        <translation>ここにインポートのレポートが表示されます: インポート前後のブックマークと、すべてのテーブルの行数です。</translation>
    </message>
    <message>
        <source>Imported into %1: %2 rows written by %3 queries.</source>
        <translation>%1 にインポートしました: %3 回のクエリで %2 行を書き込みました。</translation>
    </message>
    <message>
        <source>The import into %1 was cancelled.</source>
        <translation>%1 へのインポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>The import into %1 failed: %2</source>
        <translation>%1 へのインポートに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 (%2), created for this import</source>
        <translation>%1 (%2)、このインポートのために作成</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uploaded %1; D1 ran %2 queries, read %3 rows and wrote %4 in %5.</source>
        <translation>%1 をアップロードしました。D1 は %5 で %2 回のクエリを実行し、%3 行を読み取り、%4 行を書き込みました。</translation>
    </message>
    <message>
        <source>The database is now %1.</source>
        <translation>データベースのサイズは現在 %1 です。</translation>
    </message>
    <message>
        <source>Rows on D1 were not counted: turn on &quot;Count rows after the import&quot; to compare them with the file.</source>
        <translation>D1 上の行数は数えていません: ファイルと比較するには「インポート後に行数を数える」をオンにしてください。</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未集計</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not on D1</source>
        <translation>D1 上にありません</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>差 %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1, but %n table(s) hold another number of rows than the file: see below. A database that held rows before the import keeps them.</source>
        <translation>
            <numerusform>%1 にインポートしましたが、%n 個のテーブルの行数がファイルと異なります: 以下を参照してください。インポート前に行があったデータベースでは、その行も残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo failed: %1 %2 is as the import left it.</source>
        <translation>元に戻せませんでした: %1 %2 はインポート後の状態のままです。</translation>
    </message>
    <message>
        <source>Undone: %1 is back at the bookmark taken before the import.</source>
        <translation>元に戻しました: %1 はインポート前に取得したブックマークの状態に戻りました。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportSummaryView</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables and rows in the file</source>
        <translation>ファイル内のテーブルと行数</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Choose the file and where it goes, then Prepare. Nothing is sent to D1 before you confirm: the file is first turned into SQL that D1 loads, and its figures appear here.</source>
        <translation>ファイルとインポート先を選んでから「準備」を押してください。確認するまで D1 には何も送信されません: ファイルはまず D1 が読み込める SQL に変換され、その数値がここに表示されます。</translation>
    </message>
    <message>
        <source>Ready to create %1 and import into it. Check the figures, then Import.</source>
        <translation>%1 を作成してインポートする準備ができました。数値を確認してから「インポート」を押してください。</translation>
    </message>
    <message>
        <source>Ready to import into %1. Check the figures, then Import.</source>
        <translation>%1 にインポートする準備ができました。数値を確認してから「インポート」を押してください。</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>ファイル: %1 (%2)</translation>
    </message>
    <message>
        <source>To upload: %1 of SQL in %2 statements</source>
        <translation>アップロード対象: %1 の SQL、%2 ステートメント</translation>
    </message>
    <message>
        <source>Tables: %1, with %2 rows</source>
        <translation>テーブル: %1、%2 行</translation>
    </message>
    <message>
        <source>Virtual tables recreated: %1</source>
        <translation>再作成される仮想テーブル: %1</translation>
    </message>
    <message>
        <source>Rows longer than D1&apos;s 100 KB statement limit, written in pieces that D1 joins again: %1</source>
        <translation>D1 のステートメント上限 100 KB を超える行 (分割して書き込まれ、D1 で再結合されます): %1</translation>
    </message>
    <message>
        <source>Rows written in pieces: none</source>
        <translation>分割して書き込まれる行: なし</translation>
    </message>
    <message>
        <source>Left out: nothing</source>
        <translation>除外: なし</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>除外:</translation>
    </message>
    <message>
        <source>%1 (virtual)</source>
        <translation>%1 (仮想)</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n table(s). The import runs on top of them: it adds rows, and can change or overwrite what is there.</source>
        <translation>
            <numerusform>%1 にはすでに %n 個のテーブルがあります。インポートはその上に実行されます: 行が追加され、既存の内容が変更または上書きされることがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>In the file too: %1.</source>
        <translation>ファイルにも含まれるもの: %1。</translation>
    </message>
    <message>
        <source>A Time Travel bookmark of %1 is taken first: Undo Import goes back to it.</source>
        <translation>先に %1 の Time Travel ブックマークを取得します: 「インポートを元に戻す」でその状態に戻れます。</translation>
    </message>
    <message>
        <source>Tables %1 holds now: %2</source>
        <translation>%1 に現在あるテーブル: %2</translation>
    </message>
    <message>
        <source>%1 is created first, then the file is imported into it.</source>
        <translation>まず %1 を作成し、そこにファイルをインポートします。</translation>
    </message>
    <message>
        <source>%1 holds no tables yet.</source>
        <translation>%1 にはまだテーブルがありません。</translation>
    </message>
    <message>
        <source>While D1 imports, it blocks the database: queries and exports of it wait until the import completes. D1 imports all or nothing: if the import fails, the database stays as it was.</source>
        <translation>インポート中、D1 はデータベースをブロックします: そのデータベースへのクエリやエクスポートはインポートが完了するまで待機します。D1 のインポートはすべてか無かです: インポートに失敗した場合、データベースは元のままです。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ImportTargetChooser</name>
    <message>
        <source>An &amp;existing database:</source>
        <translation>既存のデータベース(&amp;E):</translation>
    </message>
    <message>
        <source>A &amp;new database named:</source>
        <translation>新しいデータベース名(&amp;N):</translation>
    </message>
    <message>
        <source>Database to import into</source>
        <translation>インポート先のデータベース</translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation>新しいデータベースの名前</translation>
    </message>
    <message>
        <source>e.g. shop-restored</source>
        <translation>例: shop-restored</translation>
    </message>
    <message>
        <source>a new database named %1</source>
        <translation>新しいデータベース %1</translation>
    </message>
    <message>
        <source>Choose the database to import into, or a new one.</source>
        <translation>インポート先のデータベース、または新しいデータベースを選択してください。</translation>
    </message>
    <message>
        <source>Type the name of the new database.</source>
        <translation>新しいデータベースの名前を入力してください。</translation>
    </message>
    <message>
        <source>The account already has a database named %1: choose it above, or type another name.</source>
        <translation>このアカウントには %1 という名前のデータベースがすでにあります。上で選択するか、別の名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LanguageMenu</name>
    <message>
        <source>The language changes the next time D1 Exporter starts.</source>
        <translation>言語は D1 Exporter の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <source>Takes effect the next time D1 Exporter starts.</source>
        <translation>D1 Exporter の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LocalProjectPicker</name>
    <message>
        <source>Local Project</source>
        <translation>ローカルプロジェクト</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>The Worker project&apos;s folder (with wrangler.toml or wrangler.json)</source>
        <translation>Worker プロジェクトのフォルダー (wrangler.toml または wrangler.json を含む)</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>プロジェクトフォルダー</translation>
    </message>
    <message>
        <source>Environment of the wrangler configuration</source>
        <translation>wrangler 設定の環境</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(トップレベル)</translation>
    </message>
    <message>
        <source>D1 databases of the project</source>
        <translation>プロジェクトの D1 データベース</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>D1 databases:</source>
        <translation>D1 データベース:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>Choose the folder of a Worker project that uses D1.</source>
        <translation>D1 を使用する Worker プロジェクトのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Choose the Worker Project</source>
        <translation>Worker プロジェクトを選択</translation>
    </message>
    <message>
        <source>No wrangler.toml, wrangler.json or wrangler.jsonc in %1 or a folder above it. Choose the folder of a Worker project.</source>
        <translation>%1 またはその上位フォルダーに wrangler.toml、wrangler.json、wrangler.jsonc がありません。Worker プロジェクトのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — no local data yet</source>
        <translation>%1 — ローカルデータはまだありません</translation>
    </message>
    <message>
        <source>%1 declares no D1 databases (d1_databases).</source>
        <translation>%1 は D1 データベース (d1_databases) を宣言していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n D1 database(s) in %1.</source>
        <translation>
            <numerusform>%1 に %n 個の D1 データベースがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads %1 (read-only: a running wrangler dev is not disturbed).</source>
        <translation>%1 を読み取ります (読み取り専用。実行中の wrangler dev には影響しません)。</translation>
    </message>
    <message>
        <source>Choose a local database that wrangler dev has created.</source>
        <translation>wrangler dev が作成したローカルデータベースを選択してください。</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>テーブルを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::LogModel</name>
    <message>
        <source>Warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー: </translation>
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
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>すべてコピー(&amp;A)</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About D1 Exporter</source>
        <translation>D1 Exporter について(&amp;A)</translation>
    </message>
    <message>
        <source>The demo token is used for this session only.</source>
        <translation>デモ用トークンはこのセッションでのみ使われます。</translation>
    </message>
    <message>
        <source>Starting the offline demo…</source>
        <translation>オフラインデモを起動しています…</translation>
    </message>
    <message>
        <source>Starting the local D1 emulator for the offline demo.</source>
        <translation>オフラインデモ用のローカル D1 エミュレーターを起動しています。</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1. Start D1 Exporter again with --demo, or sign in to Cloudflare instead.</source>
        <translation>オフラインデモが停止しました: %1。D1 Exporter を --demo 付きで再起動するか、代わりに Cloudflare にサインインしてください。</translation>
    </message>
    <message>
        <source>The offline demo stopped: %1</source>
        <translation>オフラインデモが停止しました: %1</translation>
    </message>
    <message>
        <source>Offline demo: D1 Exporter is talking to a local emulator at %1 that serves a sample database. Nothing leaves this computer.</source>
        <translation>オフラインデモ: D1 Exporter はサンプルデータベースを提供する %1 のローカルエミュレーターと通信しています。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>The offline demo is ready at %1.</source>
        <translation>オフラインデモの準備ができました (%1)。</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>Choose an account to see its databases.</source>
        <translation>アカウントを選ぶとデータベースが表示されます。</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>データベースを選ぶとテーブルが表示されます。</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 %2 秒後に再試行します (%3 回目)…</translation>
    </message>
    <message>
        <source>Changed: verify again.</source>
        <translation>変更されました。もう一度確認してください。</translation>
    </message>
    <message>
        <source>The API base URL cannot be used: %1</source>
        <translation>API ベース URL を使用できません: %1</translation>
    </message>
    <message>
        <source>Checking with Cloudflare…</source>
        <translation>Cloudflare に確認しています…</translation>
    </message>
    <message>
        <source>Enter your credentials first.</source>
        <translation>先に認証情報を入力してください。</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>アカウントを読み込んでいます…</translation>
    </message>
    <message>
        <source>The accounts could not be listed (%1) Paste the account ID from the Cloudflare dashboard instead.</source>
        <translation>アカウントを一覧表示できませんでした (%1) 代わりに Cloudflare ダッシュボードからアカウント ID を貼り付けてください。</translation>
    </message>
    <message>
        <source>Listing accounts failed: %1</source>
        <translation>アカウントの一覧取得に失敗しました: %1</translation>
    </message>
    <message>
        <source>These credentials see no accounts. Paste the account ID instead.</source>
        <translation>この認証情報で見えるアカウントはありません。代わりにアカウント ID を貼り付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>Accounts found: %n</source>
        <translation>
            <numerusform>見つかったアカウント: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an account ID: it contains spaces, slashes or other characters IDs never have.</source>
        <translation>「%1」はアカウント ID ではありません。空白、スラッシュなど、ID に含まれない文字が含まれています。</translation>
    </message>
    <message>
        <source>Loading databases…</source>
        <translation>データベースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Listing databases failed: %1</source>
        <translation>データベースの一覧取得に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Databases found: %n</source>
        <translation>
            <numerusform>見つかったデータベース: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>%1 のテーブルを読み取っています…</translation>
    </message>
    <message>
        <source>The tables could not be read: %1 The whole database can still be exported.</source>
        <translation>テーブルを読み取れませんでした: %1 データベース全体のエクスポートは可能です。</translation>
    </message>
    <message>
        <source>Reading the tables failed: %1</source>
        <translation>テーブルの読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 をエクスポートしています…</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 %)</source>
        <translation>%1 をダウンロード中 (%2 %)</translation>
    </message>
    <message>
        <source>Export Running</source>
        <translation>エクスポート実行中</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>エクスポートがまだ実行中です。</translation>
    </message>
    <message>
        <source>Cancel it and close D1 Exporter? No file will be written.</source>
        <translation>エクスポートをキャンセルして D1 Exporter を閉じますか？ファイルは書き込まれません。</translation>
    </message>
    <message>
        <source>System keychain: %1</source>
        <translation>システムのキーチェーン: %1</translation>
    </message>
    <message>
        <source>The secret will be saved in the system keychain once it is verified.</source>
        <translation>シークレットは確認が済んだらシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>About D1 Exporter</source>
        <translation>D1 Exporter について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Exports Cloudflare D1 databases as SQL files.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;D1 Exporter %1&lt;/h3&gt;&lt;p&gt;Cloudflare D1 データベースを SQL ファイルとしてエクスポートします。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the dump of %1…</source>
        <translation>%1 のダンプを確認しています…</translation>
    </message>
    <message>
        <source>&amp;Back Up Databases…</source>
        <translation>データベースをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
    <message>
        <source>SQL dump (*.sql);;Compressed SQL dump (*.sql.gz);;SQLite database (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQL ダンプ (*.sql);;圧縮 SQL ダンプ (*.sql.gz);;SQLite データベース (*.sqlite *.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>A data-only dump cannot become an SQLite database: it has no tables to hold the rows. Choose &quot;Schema and data&quot;, or save it as SQL.</source>
        <translation>データのみのダンプは SQLite データベースにできません。行を格納するテーブルがないためです。「スキーマとデータ」を選ぶか、SQL として保存してください。</translation>
    </message>
    <message>
        <source>Replace SQLite Database?</source>
        <translation>SQLite データベースを置き換えますか？</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>The export also saves the database as SQLite under that name. Replace it? It is replaced only once the new one is complete.</source>
        <translation>エクスポートではデータベースをこの名前の SQLite としても保存します。置き換えますか？置き換えは新しいデータベースが完成してから行われます。</translation>
    </message>
    <message>
        <source>Export not started: %1 was kept.</source>
        <translation>エクスポートは開始しませんでした。%1 はそのまま残しました。</translation>
    </message>
    <message>
        <source>Backing up %1 (%2 of %3)…</source>
        <translation>%1 をバックアップしています (%2/%3)…</translation>
    </message>
    <message>
        <source>The saved secret belongs to %1, so it was taken out of the form for this API base. Enter the secret for this one.</source>
        <translation>保存済みシークレットは %1 のものなので、この API ベースではフォームから外しました。この API ベース用のシークレットを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Import into D1…</source>
        <translation>D1 にインポート(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>d1x::ui::NoticeBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>d1x::ui::ReportView</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>The report of the next export appears here: the saved files with their SHA-256, and the rows of every table when the dump is checked.</source>
        <translation>次のエクスポートのレポートがここに表示されます: 保存したファイルとその SHA-256、ダンプを確認した場合は各テーブルの行数。</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256 チェックサム</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the SHA-256 checksum to the clipboard</source>
        <translation>SHA-256 チェックサムをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>エクスポートはキャンセルされました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>何も保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Saved, not checked: turn on &quot;Check the dump after saving&quot; to prove that it loads.</source>
        <translation>保存済み、未確認: 読み込めることを確かめるには「保存後にダンプを確認」をオンにしてください。</translation>
    </message>
    <message>
        <source>Compressed SQL dump:</source>
        <translation>圧縮 SQL ダンプ:</translation>
    </message>
    <message>
        <source>SQL dump:</source>
        <translation>SQL ダンプ:</translation>
    </message>
    <message>
        <source>SQLite database:</source>
        <translation>SQLite データベース:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Rows in the dump</source>
        <translation>ダンプの行数</translation>
    </message>
    <message>
        <source>Rows on D1</source>
        <translation>D1 の行数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未集計</translation>
    </message>
    <message>
        <source>missing from the dump</source>
        <translation>ダンプにない</translation>
    </message>
    <message>
        <source>differs by %1</source>
        <translation>差 %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Virtual tables D1 cannot export, recreated at the end of the dump: %1.</source>
        <translation>D1 がエクスポートできないため、ダンプの末尾で再作成した仮想テーブル: %1。</translation>
    </message>
    <message>
        <source>Indexes and triggers of the chosen tables, added to D1&apos;s table filter: %1.</source>
        <translation>D1 のテーブルフィルターに追加した、選択したテーブルのインデックスとトリガー: %1。</translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation>ステートメント %1 (%2)</translation>
    </message>
    <message>
        <source>statement %1 (%2, table %3)</source>
        <translation>ステートメント %1 (%2、テーブル %3)</translation>
    </message>
    <message>
        <source>Statements over D1&apos;s 100 KB limit, which would not load back into D1 as they are: %1.</source>
        <translation>D1 の 100 KB 制限を超えていて、そのままでは D1 に戻せないステートメント: %1。</translation>
    </message>
    <message>
        <source>Backing up into %1…</source>
        <translation>%1 にバックアップしています…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
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
        <translation>待機中</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Saved and verified</source>
        <translation>保存・検証済み</translation>
    </message>
    <message numerus="yes">
        <source>Saved and verified; %n statement(s) too long to load back into D1</source>
        <translation>
            <numerusform>保存・検証済み。%n 個のステートメントが長すぎて D1 に戻せません</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>バックアップを開始できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 of %n database(s) into %2.</source>
        <translation>
            <numerusform>%n 個中 %1 個のデータベースを %2 にバックアップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not succeed: see the Result column.</source>
        <translation>
            <numerusform>%n 個が失敗しました。「結果」列を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled the rest.</source>
        <translation>残りはキャンセルしました。</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>マニフェスト:</translation>
    </message>
    <message>
        <source>The manifest could not be written: %1</source>
        <translation>マニフェストを書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>シークレットの表示/非表示</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SignInStatus</name>
    <message>
        <source>Accepted: Cloudflare accepts this email and global API key.</source>
        <translation>承認: Cloudflare はこのメールアドレスとグローバル API キーを受け付けます。</translation>
    </message>
    <message>
        <source>Active: Cloudflare accepts this token.</source>
        <translation>有効: Cloudflare はこのトークンを受け付けます。</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>有効期限は %1 です。</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not recognise this token. Check that you pasted all of it, or create a new one.</source>
        <translation>無効: Cloudflare はこのトークンを認識しません。全体を貼り付けたか確認するか、新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>Wrong: Cloudflare does not accept this email and global API key.</source>
        <translation>無効: Cloudflare はこのメールアドレスとグローバル API キーを受け付けません。</translation>
    </message>
    <message>
        <source>Expired: this token is no longer valid. Create a new one in the Cloudflare dashboard (My Profile → API Tokens).</source>
        <translation>期限切れ: このトークンはもう有効ではありません。Cloudflare ダッシュボード (My Profile → API Tokens) で新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>Disabled: this token has been switched off. Enable it again in the Cloudflare dashboard, or use another one.</source>
        <translation>無効化: このトークンは無効にされています。Cloudflare ダッシュボードで再度有効にするか、別のトークンを使用してください。</translation>
    </message>
    <message>
        <source>Cloudflare answered with a token status this program does not know (&quot;%1&quot;).</source>
        <translation>Cloudflare がこのプログラムの知らないトークンの状態を返しました (「%1」)。</translation>
    </message>
    <message>
        <source>Enter an API token first.</source>
        <translation>先に API トークンを入力してください。</translation>
    </message>
    <message>
        <source>Enter the account email and the global API key first.</source>
        <translation>先にアカウントのメールアドレスとグローバル API キーを入力してください。</translation>
    </message>
    <message>
        <source>The API token is active.</source>
        <translation>API トークンは有効です。</translation>
    </message>
    <message>
        <source>The email and global API key were accepted.</source>
        <translation>メールアドレスとグローバル API キーが受け付けられました。</translation>
    </message>
    <message>
        <source>Token check failed: %1</source>
        <translation>トークンの確認に失敗しました: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>The API token is not usable (status &quot;%1&quot;).</source>
        <translation>API トークンを使用できません (状態「%1」)。</translation>
    </message>
</context>
<context>
    <name>d1x::ui::SourceChooser</name>
    <message>
        <source>Cloudflare account</source>
        <translation>Cloudflare アカウント</translation>
    </message>
    <message>
        <source>Local project (wrangler dev)</source>
        <translation>ローカルプロジェクト (wrangler dev)</translation>
    </message>
    <message>
        <source>A D1 database on Cloudflare, through your API token.</source>
        <translation>Cloudflare 上の D1 データベース (API トークンを使用)。</translation>
    </message>
    <message>
        <source>The local development database that &quot;wrangler dev&quot; keeps in a Worker project&apos;s .wrangler folder. No Cloudflare account is needed.</source>
        <translation>Worker プロジェクトの .wrangler フォルダーに &quot;wrangler dev&quot; が保持するローカル開発データベース。Cloudflare アカウントは不要です。</translation>
    </message>
    <message>
        <source>Export from:</source>
        <translation>エクスポート元:</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TableListModel</name>
    <message>
        <source>table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated empty)</source>
        <translation>仮想、%1 (空で再作成)</translation>
    </message>
    <message>
        <source>virtual, %1 (recreated)</source>
        <translation>仮想、%1 (再作成)</translation>
    </message>
    <message>
        <source>D1 cannot export virtual tables itself: D1 Exporter leaves %1 out of D1&apos;s dump and appends its CREATE VIRTUAL TABLE statement at the end.</source>
        <translation>D1 自体は仮想テーブルをエクスポートできません。D1 Exporter は D1 のダンプから %1 を除き、その CREATE VIRTUAL TABLE ステートメントを末尾に追加します。</translation>
    </message>
    <message>
        <source>Its index is rebuilt from %1 after the import, so export that table too.</source>
        <translation>インデックスはインポート後に %1 から再構築されるため、そのテーブルもエクスポートしてください。</translation>
    </message>
    <message>
        <source>It keeps no readable rows, so it is recreated empty.</source>
        <translation>読み取れる行を持たないため、空で再作成されます。</translation>
    </message>
    <message>
        <source>Its rows are read through the API and written after it.</source>
        <translation>行は API 経由で読み取られ、その後に書き込まれます。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>d1x::ui::TablePicker</name>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>すべて選択(&amp;L)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>選択解除(&amp;N)</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>テーブル名</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>テーブルを絞り込み</translation>
    </message>
    <message>
        <source>Filter ta&amp;bles:</source>
        <translation>テーブルの絞り込み(&amp;B):</translation>
    </message>
    <message>
        <source>Check every table the filter shows</source>
        <translation>絞り込みで表示されているすべてのテーブルにチェックを付けます</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows</source>
        <translation>絞り込みで表示されているすべてのテーブルのチェックを外します</translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation>エクスポートするテーブル</translation>
    </message>
    <message>
        <source>Tables to e&amp;xport:</source>
        <translation>エクスポートするテーブル(&amp;X):</translation>
    </message>
    <message>
        <source>This database has virtual tables (FTS5 and the like). D1 cannot export them itself: D1 Exporter recreates them at the end of the dump.</source>
        <translation>このデータベースには仮想テーブル (FTS5 など) があります。D1 自体はこれらをエクスポートできないため、D1 Exporter がダンプの末尾で再作成します。</translation>
    </message>
    <message>
        <source>Schema and data</source>
        <translation>スキーマとデータ</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>スキーマのみ</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>データのみ</translation>
    </message>
    <message>
        <source>Content to export</source>
        <translation>エクスポートする内容</translation>
    </message>
    <message>
        <source>Schema only: CREATE statements without rows. Data only: INSERT statements for tables that already exist.</source>
        <translation>スキーマのみ: 行を含まない CREATE ステートメント。データのみ: 既存のテーブル向けの INSERT ステートメント。</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C):</translation>
    </message>
    <message>
        <source>Choose a database to see its tables.</source>
        <translation>データベースを選ぶとテーブルが表示されます。</translation>
    </message>
    <message>
        <source>This database has no tables.</source>
        <translation>このデータベースにはテーブルがありません。</translation>
    </message>
    <message>
        <source>No table is checked: check at least one to export.</source>
        <translation>チェックされたテーブルがありません。エクスポートするテーブルを 1 つ以上チェックしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Checked: all %n</source>
        <translation>
            <numerusform>チェック済み: 全 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %1 of %n</source>
        <translation>
            <numerusform>チェック済み: %1/%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline demo: run the bundled D1 emulator with a sample database; nothing is sent to Cloudflare.</source>
        <translation>オフラインデモ: 同梱の D1 エミュレーターをサンプルデータベースで実行します。Cloudflare には何も送信されません。</translation>
    </message>
    <message>
        <source>Cloudflare API base URL (default: CLOUDFLARE_API_BASE_URL, else the remembered one).</source>
        <translation>Cloudflare API ベース URL (既定: CLOUDFLARE_API_BASE_URL、なければ記憶されている URL)。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Export Cloudflare D1 databases as SQL.</source>
        <translation>Cloudflare D1 データベースを SQL としてエクスポートします。</translation>
    </message>
</context>
</TS>
