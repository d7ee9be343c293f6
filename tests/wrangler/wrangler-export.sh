#!/usr/bin/env bash
# Faithfulness check: Cloudflare's own CLI (wrangler) exports a database through our local
# emulator, and the result matches both the source database and our own CLI's export.
#
# Usage: wrangler-export.sh BUILD_DIR
#   BUILD_DIR holds d1-emulator and d1-exporter-cli; wrangler is installed (once) into
#   BUILD_DIR/wrangler-cache.
# Environment (optional):
#   D1X_WRANGLER_VERSION  npm version spec to install (default 4.86, the last line for Node 20)
#   D1X_KEEP_TMP=1        keep the temporary folder (dumps, logs, wrangler's debug log)
# Exit codes: 0 all checks passed, 1 a check failed, 2 usage, 77 skipped (no node/npm/sqlite3,
# registry unreachable, node too old for the requested wrangler).
set -euo pipefail

SKIP_CODE=77
WRANGLER_SPEC=${D1X_WRANGLER_VERSION:-4.86}
MIN_NODE=20.3.0 # wrangler 4.86's engines.node (checked again against the installed package)

if [[ $# -ne 1 || ! -d $1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
BUILD_DIR=$(cd "$1" && pwd)
EMULATOR=$BUILD_DIR/d1-emulator
OUR_CLI=$BUILD_DIR/d1-exporter-cli
CACHE=$BUILD_DIR/wrangler-cache

# shellcheck source=tests/wrangler/wrangler-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/wrangler-common.sh"
[[ -x $EMULATOR ]] || die "$EMULATOR not found (build the d1-emulator target first)"

# ---------------------------------------------------------------- temp dir, emulator, cleanup
TMP=$(mktemp -d "${TMPDIR:-/tmp}/d1x-wrangler.XXXXXX")
EMU_PID=
cleanup() {
    local rc=$?
    if [[ -n $EMU_PID ]] && kill -0 "$EMU_PID" 2>/dev/null; then
        kill -TERM "$EMU_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$EMU_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$EMU_PID" 2>/dev/null || true
        wait "$EMU_PID" 2>/dev/null || true
    fi
    if [[ ${D1X_KEEP_TMP:-0} == 1 ]]; then
        echo "kept $TMP"
    else
        rm -rf "$TMP"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# wrangler looks for wrangler.toml/.json/.jsonc in the working directory and every folder above it.
no_config_above "$TMP"

mkdir -p "$TMP/data"
"$EMULATOR" --sample demo --sample n64:numbers64 --data-dir "$TMP/data" >"$TMP/emulator.out" 2>"$TMP/emulator.err" &
EMU_PID=$!
for _ in $(seq 300); do
    grep -qx READY "$TMP/emulator.out" 2>/dev/null && break
    if ! kill -0 "$EMU_PID" 2>/dev/null; then
        cat "$TMP/emulator.err" >&2
        EMU_PID=
        die "d1-emulator exited before READY"
    fi
    sleep 0.1
done
grep -qx READY "$TMP/emulator.out" || die "d1-emulator printed no READY within 30 s"
API_BASE=$(sed -n 's/^API_BASE=//p' "$TMP/emulator.out")
ACCOUNT_ID=$(sed -n 's/^ACCOUNT_ID=//p' "$TMP/emulator.out")
TOKEN=demo-token
SOURCE_DB=$TMP/data/demo.sqlite
N64_DB=$TMP/data/n64.sqlite
# The byte-for-byte comparison needs a database D1 loses nothing of: the demo without its three
# 64-bit integers (the emulator rounds numbers as D1 does; the n64 sample below is about those).
sqlite3 "$SOURCE_DB" "DELETE FROM \"values\" WHERE kind IN ('int64 min', 'int64 max', '2^53+1');"
[[ -n $API_BASE && -n $ACCOUNT_ID && -f $SOURCE_DB ]] || die "emulator output incomplete: $(cat "$TMP/emulator.out")"
echo "emulator: $API_BASE account $ACCOUNT_ID (pid $EMU_PID)"

# ---------------------------------------------------------------- checks bookkeeping
PASSED=0
FAILED=0
ok() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }
show() { sed 's/^/    /' "$@" | head -n 40 || true; }

# ---------------------------------------------------------------- helpers
# run_wrangler NAME WITH_ACCOUNT(yes|no) TOKEN: runs `wrangler d1 export demo --remote` in a fresh,
# isolated sandbox $TMP/NAME; sets WR_RC and WR_SECS; output in $TMP/NAME/{stdout,stderr,work/out.sql}.
run_wrangler() {
    local name=$1 with_account=$2 token=$3 dir=$TMP/$1
    mkdir -p "$dir"/{home,xdg,cache,logs,tmp/update-check,work}
    # A fresh update-check cache entry: wrangler then skips its npm update check (an outside
    # connection it makes on errors); npm_config_registry is the backstop.
    printf '{"latest":"0.0.0","lastUpdate":%s}\n' "$(now_ms)" >"$dir/tmp/update-check/wrangler-latest.json"
    local -a envv=(
        PATH="$PATH" LANG=C.UTF-8
        HOME="$dir/home" XDG_CONFIG_HOME="$dir/xdg" WRANGLER_CACHE_DIR="$dir/cache"
        WRANGLER_LOG_PATH="$dir/logs" WRANGLER_LOG_SANITIZE=false TMPDIR="$dir/tmp"
        npm_config_registry=http://127.0.0.1:9/ NO_UPDATE_NOTIFIER=1
        WRANGLER_SEND_METRICS=false WRANGLER_SEND_ERROR_REPORTS=false WRANGLER_HIDE_BANNER=true
        CLOUDFLARE_API_BASE_URL="$API_BASE" CLOUDFLARE_API_TOKEN="$token"
    )
    [[ $with_account == yes ]] && envv+=(CLOUDFLARE_ACCOUNT_ID="$ACCOUNT_ID")
    local t0
    t0=$(now_ms)
    set +e
    (cd "$dir/work" && env -i "${envv[@]}" timeout 180 "$NODE_BIN" "$WRANGLER_JS" \
        d1 export "${WR_DB:-demo}" --remote --output out.sql -y </dev/null >"$dir/stdout" 2>"$dir/stderr")
    WR_RC=$?
    set -e
    WR_SECS=$(secs_since "$t0")
    echo "wrangler [$name]: exit $WR_RC after ${WR_SECS}s"
}

# requests_of NAME: the API requests wrangler logged ("METHOD /client/v4/path?query"), one a line.
requests_of() {
    local origin=${API_BASE%/client/v4}
    { cat "$TMP/$1"/logs/*.log 2>/dev/null || true; } | awk -v origin="$origin" '
        /^-- START CF API REQUEST: / { m = $6; u = $7; sub(origin, "", u); want = 1; next }
        want && /^QUERY STRING:/ { q = $0; sub(/^QUERY STRING: ?/, "", q); print m " " u q; want = 0 }'
}

# user_tables DB: tables whose rows a dump carries (D1 skips _cf_* tables), one a line.
user_tables() {
    sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, 4) <> '_cf_'
                  AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name;"
}

# table_rows DB TABLE: every row as hex(quote(col))... (exact: types, REAL bits, blobs, CR/LF), sorted.
table_rows() {
    local db=$1 t=$2 select
    local ts=${t//\'/\'\'} tq=${t//\"/\"\"}
    select=$(sqlite3 "$db" "SELECT 'SELECT ' || group_concat(e, ' || '','' || ') || ' FROM \"$tq\";'
        FROM (SELECT 'hex(quote(\"' || replace(name, '\"', '\"\"') || '\"))' AS e
              FROM pragma_table_xinfo('$ts') ORDER BY cid);")
    sqlite3 "$db" "$select" | LC_ALL=C sort
}

SCHEMA_SQL="SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE substr(name, 1, 4) <> '_cf_' ORDER BY type, name;"

# verify_dump LABEL FILE: the dump loads into a fresh database and equals the source.
verify_dump() {
    local label=$1 dump=$2 db=$TMP/$1-import.sqlite
    rm -f "$db"
    # Load it as D1 would: foreign keys enforced, one transaction (defer_foreign_keys needs one).
    if printf 'PRAGMA foreign_keys=ON;\nBEGIN;\n.read "%s"\n;\nCOMMIT;\n' "$dump" |
        sqlite3 -bail "$db" >"$TMP/$label-import.log" 2>&1; then
        ok "$label: dump loads into a fresh database (sqlite3, foreign keys on, one transaction)"
    else
        bad "$label: sqlite3 could not load the dump:"
        show "$TMP/$label-import.log"
        return 0
    fi
    local fk integrity
    fk=$(sqlite3 "$db" 'PRAGMA foreign_key_check;')
    integrity=$(sqlite3 "$db" 'PRAGMA integrity_check;')
    if [[ -z $fk && $integrity == ok ]]; then
        ok "$label: imported database passes integrity_check and foreign_key_check"
    else
        bad "$label: imported database: integrity_check=$integrity foreign_key_check=$fk"
    fi
    if diff <(sqlite3 "$SOURCE_DB" "$SCHEMA_SQL") <(sqlite3 "$db" "$SCHEMA_SQL") >"$TMP/$label-schema.diff"; then
        ok "$label: schema (tables, indexes, views, triggers) equals the source's"
    else
        bad "$label: schema differs from the source's (< source, > import):"
        show "$TMP/$label-schema.diff"
    fi
    local tables_src tables_imp
    tables_src=$(user_tables "$SOURCE_DB")
    tables_imp=$(user_tables "$db")
    if [[ $tables_src != "$tables_imp" ]]; then
        bad "$label: table set differs: source [$(echo $tables_src)] import [$(echo $tables_imp)]"
    fi
    local t n_tables=0 n_rows=0 n_bad=0
    while IFS= read -r t; do
        [[ -n $t ]] || continue
        n_tables=$((n_tables + 1))
        table_rows "$SOURCE_DB" "$t" >"$TMP/rows-src"
        table_rows "$db" "$t" >"$TMP/rows-imp" 2>&1 || true
        n_rows=$((n_rows + $(wc -l <"$TMP/rows-src")))
        if ! cmp -s "$TMP/rows-src" "$TMP/rows-imp"; then
            n_bad=$((n_bad + 1))
            echo "    table \"$t\": rows differ (source $(wc -l <"$TMP/rows-src"), import $(wc -l <"$TMP/rows-imp")); first differences (hex of quote()):"
            { diff "$TMP/rows-src" "$TMP/rows-imp" || true; } | head -n 6 | cut -c1-200 | sed 's/^/      /'
        fi
    done <<<"$tables_src"
    if [[ $n_bad -eq 0 && $n_tables -gt 0 && $n_rows -gt 0 ]]; then
        ok "$label: all $n_rows rows of $n_tables tables equal the source's (typed, exact)"
    else
        bad "$label: rows of $n_bad of $n_tables tables differ from the source's ($n_rows source rows)"
    fi
}

# ---------------------------------------------------------------- 1. wrangler with an account id
run_wrangler with-account yes "$TOKEN"
WR1=$TMP/with-account/work/out.sql
if [[ $WR_RC -eq 0 && -s $WR1 ]]; then
    ok "wrangler d1 export --remote (CLOUDFLARE_ACCOUNT_ID set) exits 0 and writes out.sql ($(stat -c %s "$WR1") bytes, ${WR_SECS}s)"
    verify_dump wrangler "$WR1"
else
    bad "wrangler d1 export --remote (CLOUDFLARE_ACCOUNT_ID set): exit $WR_RC; stdout/stderr:"
    show "$TMP/with-account/stdout" "$TMP/with-account/stderr"
fi
requests_of with-account >"$TMP/with-account/requests"
echo "  requests wrangler sent:"; sed 's/^/    /' "$TMP/with-account/requests"
if ! grep -qE '^GET /client/v4/(memberships|accounts)(\?|$)' "$TMP/with-account/requests" &&
    [[ $(grep -cE "^POST /client/v4/accounts/$ACCOUNT_ID/d1/database/[^/]+/export$" "$TMP/with-account/requests") -ge 2 ]]; then
    ok "wrangler used the given account (no account lookup) and polled the export (>= 2 POST .../export)"
else
    bad "unexpected request sequence with CLOUDFLARE_ACCOUNT_ID set (see above)"
fi

# ---------------------------------------------------------------- 2. our CLI, same emulator
if [[ -x $OUR_CLI ]]; then
    mkdir -p "$TMP/ours"
    t0=$(now_ms)
    set +e
    (cd "$TMP/ours" && env -i PATH="$PATH" HOME="$TMP/ours" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        CLOUDFLARE_API_BASE_URL="$API_BASE" CLOUDFLARE_API_TOKEN="$TOKEN" CLOUDFLARE_ACCOUNT_ID="$ACCOUNT_ID" \
        timeout 180 "$OUR_CLI" export demo -o ours.sql </dev/null >"$TMP/ours/stdout" 2>"$TMP/ours/stderr")
    rc=$?
    set -e
    echo "d1-exporter-cli: exit $rc after $(secs_since "$t0")s"
    if [[ $rc -eq 0 && -s $TMP/ours/ours.sql ]]; then
        ok "d1-exporter-cli export demo exits 0"
        if [[ -s $WR1 ]]; then
            if cmp -s "$WR1" "$TMP/ours/ours.sql"; then
                ok "wrangler's and d1-exporter-cli's dumps are byte-identical ($(stat -c %s "$WR1") bytes)"
            else
                bad "wrangler's and d1-exporter-cli's dumps differ ($(stat -c %s "$WR1") vs $(stat -c %s "$TMP/ours/ours.sql") bytes):"
                { diff "$WR1" "$TMP/ours/ours.sql" || true; } | head -n 10 | cut -c1-200 | sed 's/^/    /'
            fi
        fi
    else
        bad "d1-exporter-cli export demo: exit $rc; stdout/stderr:"
        show "$TMP/ours/stdout" "$TMP/ours/stderr"
    fi
else
    bad "$OUR_CLI not found (build the d1-exporter-cli target)"
fi

# ---------------------------------------------------------------- 3. wrangler without an account id
run_wrangler no-account no "$TOKEN"
WR2=$TMP/no-account/work/out.sql
requests_of no-account >"$TMP/no-account/requests"
echo "  requests wrangler sent:"; sed 's/^/    /' "$TMP/no-account/requests"
if [[ $WR_RC -eq 0 && -s $WR2 ]]; then
    ok "wrangler without CLOUDFLARE_ACCOUNT_ID exits 0 (${WR_SECS}s)"
    if grep -qE '^GET /client/v4/memberships' "$TMP/no-account/requests" &&
        grep -qE "^POST /client/v4/accounts/$ACCOUNT_ID/d1/database/[^/]+/export$" "$TMP/no-account/requests"; then
        ok "wrangler found the account through GET /memberships and exported from it"
    else
        bad "wrangler without an account id did not go through GET /memberships (see above)"
    fi
    if [[ -s $WR1 ]] && cmp -s "$WR1" "$WR2"; then
        ok "the dump without an account id is byte-identical to the first one"
    else
        bad "the dump without an account id differs from the first one"
        if [[ -s $WR1 ]]; then
            { diff "$WR1" "$WR2" || true; } | head -n 10 | cut -c1-200 | sed 's/^/    /'
        fi
    fi
else
    bad "wrangler without CLOUDFLARE_ACCOUNT_ID: exit $WR_RC; stdout/stderr:"
    show "$TMP/no-account/stdout" "$TMP/no-account/stderr"
fi

# ---------------------------------------------------------------- 3b. 64-bit integers and infinities
# D1 rounds integers beyond 2^53 and writes infinities as the bare word Infinity: wrangler's dump of
# the n64 sample is damaged, ours holds every value exactly.
WR_DB=n64 run_wrangler n64-wrangler yes "$TOKEN"
WRN=$TMP/n64-wrangler/work/out.sql
if [[ $WR_RC -eq 0 && -s $WRN ]] && grep -q ',Infinity' "$WRN" && ! grep -q '9007199254740993' "$WRN"; then
    ok "wrangler's dump of the 64-bit sample is damaged as D1 sends it (bare Infinity, 2^53+1 rounded)"
else
    bad "wrangler's dump of the 64-bit sample: exit $WR_RC, expected rounded integers and bare Infinity"
fi
if [[ -x $OUR_CLI ]]; then
    mkdir -p "$TMP/n64-ours"
    set +e
    (cd "$TMP/n64-ours" && env -i PATH="$PATH" HOME="$TMP/n64-ours" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        CLOUDFLARE_API_BASE_URL="$API_BASE" CLOUDFLARE_API_TOKEN="$TOKEN" CLOUDFLARE_ACCOUNT_ID="$ACCOUNT_ID" \
        timeout 180 "$OUR_CLI" export n64 -o ours.sql </dev/null >"$TMP/n64-ours/stdout" 2>"$TMP/n64-ours/stderr")
    rc=$?
    set -e
    if [[ $rc -eq 0 ]]; then
        ok "d1-exporter-cli export n64 exits 0"
        DEMO_DB=$SOURCE_DB
        SOURCE_DB=$N64_DB
        verify_dump n64-ours "$TMP/n64-ours/ours.sql"
        SOURCE_DB=$DEMO_DB
    else
        bad "d1-exporter-cli export n64: exit $rc; stdout/stderr:"
        show "$TMP/n64-ours/stdout" "$TMP/n64-ours/stderr"
    fi
fi

# ---------------------------------------------------------------- 4. wrangler with a wrong token
run_wrangler bad-token yes "not-the-token"
if [[ $WR_RC -ne 0 && ! -s $TMP/bad-token/work/out.sql ]] &&
    grep -qF '[code: 9109]' "$TMP/bad-token/stdout" "$TMP/bad-token/stderr"; then
    ok "wrangler with a wrong token fails cleanly, reporting the API error [code: 9109], no out.sql"
else
    bad "wrangler with a wrong token: exit $WR_RC, expected non-zero, no out.sql and '[code: 9109]'; stdout/stderr:"
    show "$TMP/bad-token/stdout" "$TMP/bad-token/stderr"
fi

# ---------------------------------------------------------------- summary
echo "wrangler $WRANGLER_VERSION, node $NODE_VERSION, install ${INSTALL_SECS}s (0 = reused)"
echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
