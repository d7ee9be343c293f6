#!/usr/bin/env bash
# Faithfulness check of the local export: wrangler itself makes a project's local development
# database (`wrangler d1 execute DB --local --file tests/data/local-sample.sql`, miniflare/workerd
# underneath) and exports it (`wrangler d1 export DB --local`); d1-exporter-cli exports the same
# .wrangler/state with the same command line. Our dump must equal wrangler's on every line where
# wrangler is right, and load back exactly where wrangler's does not (integers beyond 2^53, Infinity).
#
# Usage: wrangler-local.sh BUILD_DIR   (BUILD_DIR holds d1-exporter-cli; wrangler is installed once
# into BUILD_DIR/wrangler-cache, shared with wrangler-export.sh)
# Exit codes: 0 all checks passed, 1 a check failed, 2 usage, 77 skipped (no node/npm, registry
# unreachable, node too old).
set -euo pipefail

SKIP_CODE=77
WRANGLER_SPEC=${D1X_WRANGLER_VERSION:-4.86}
MIN_NODE=20.3.0

if [[ $# -ne 1 || ! -d $1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
BUILD_DIR=$(cd "$1" && pwd)
OUR_CLI=$BUILD_DIR/d1-exporter-cli
CACHE=$BUILD_DIR/wrangler-cache
DATA=$(cd "$(dirname "${BASH_SOURCE[0]}")/../data" && pwd)

# shellcheck source=tests/wrangler/wrangler-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/wrangler-common.sh"
[[ -x $OUR_CLI ]] || die "$OUR_CLI not found (build the d1-exporter-cli target first)"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/d1x-wrangler-local.XXXXXX")
cleanup() {
    local rc=$?
    if [[ ${D1X_KEEP_TMP:-0} == 1 ]]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

no_config_above "$TMP"

PROJECT=$TMP/project
mkdir -p "$PROJECT/src" "$TMP"/{home,xdg,cache,logs,tmp/update-check}
printf '{"latest":"0.0.0","lastUpdate":%s}\n' "$(now_ms)" >"$TMP/tmp/update-check/wrangler-latest.json"
cat >"$PROJECT/wrangler.toml" <<'TOML'
name = "local-check"
main = "src/index.js"
compatibility_date = "2024-09-01"

[[d1_databases]]
binding = "DB"
database_name = "demo"
database_id = "4f1c2b3a-1111-2222-3333-444455556666"
TOML
echo 'export default { fetch() { return new Response("ok"); } };' >"$PROJECT/src/index.js"

ENVV=(PATH="$PATH" LANG=C.UTF-8 HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/xdg" WRANGLER_CACHE_DIR="$TMP/cache"
      WRANGLER_LOG_PATH="$TMP/logs" TMPDIR="$TMP/tmp" npm_config_registry=http://127.0.0.1:9/ NO_UPDATE_NOTIFIER=1
      WRANGLER_SEND_METRICS=false WRANGLER_SEND_ERROR_REPORTS=false WRANGLER_HIDE_BANNER=true)
wrangler() { # wrangler ARGS... (in the project folder, no credentials at all)
    (cd "$PROJECT" && env -i "${ENVV[@]}" timeout 240 "$NODE_BIN" "$WRANGLER_JS" "$@" </dev/null)
}
ours() {
    (cd "$PROJECT" && env -i PATH="$PATH" LANG=C.UTF-8 HOME="$TMP/home" timeout 120 "$OUR_CLI" "$@" </dev/null)
}

PASSED=0
FAILED=0
ok() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }

t0=$(now_ms)
if ! wrangler d1 execute DB --local --file "$DATA/local-sample.sql" >"$TMP/execute.out" 2>&1; then
    tail -n 20 "$TMP/execute.out"
    # workerd may not run here (its binary comes with the npm package): that is no failure of ours.
    grep -qiE 'workerd|spawn|GLIBC|ENOENT' "$TMP/execute.out" && skip "wrangler's local runtime (workerd) did not start"
    die "wrangler d1 execute --local failed"
fi
echo "wrangler d1 execute --local: $(secs_since "$t0")s"
if wrangler d1 export DB --local --output wrangler.sql >"$TMP/export.out" 2>&1; then
    ok "wrangler d1 export DB --local"
else
    bad "wrangler d1 export DB --local failed"; tail -n 20 "$TMP/export.out"
fi
if ours export DB --local --output ours.sql >"$TMP/ours.out" 2>"$TMP/ours.err"; then
    ok "d1-exporter-cli export DB --local (the same command line)"
else
    bad "d1-exporter-cli export DB --local failed"; cat "$TMP/ours.err"
fi

WR=$PROJECT/wrangler.sql
OURS=$PROJECT/ours.sql
if [[ $WRANGLER_VERSION == 4.86.* ]]; then
    if cmp -s "$WR" "$DATA/wrangler-4.86-local.sql"; then
        ok "wrangler's dump is the one recorded in tests/data (the offline test compares against it)"
    else
        bad "wrangler's dump differs from tests/data/wrangler-4.86-local.sql"; diff "$DATA/wrangler-4.86-local.sql" "$WR" | head -20
    fi
fi
# Line by line: equal, except the rows of beyond_js, where wrangler rounds and writes Infinity.
differing=$(awk 'NR==FNR { w[FNR] = $0; n = FNR; next } { o[FNR] = $0; m = FNR }
         END { if (n != m) { print "line counts " n " and " m; exit }
               for (i = 1; i <= n; i++) if (w[i] != o[i] && w[i] !~ /^INSERT INTO "beyond_js"/) print i ": " w[i] " | " o[i] }' \
        "$WR" "$OURS")
if [[ -z $differing ]]; then
    ok "our dump equals wrangler's byte for byte outside beyond_js ($(wc -c <"$OURS") bytes)"
else
    bad "our dump differs from wrangler's where wrangler is right:"; echo "$differing" | head -20
fi
if grep -qF 'INSERT INTO "beyond_js" VALUES(1,9007199254740993,9223372036854775807,9e999,2.0);' "$OURS"; then
    ok "beyond_js is exact in ours (wrangler: $(grep -F 'INSERT INTO "beyond_js" VALUES(1,' "$WR"))"
else
    bad "beyond_js is not exact in ours: $(grep -F 'beyond_js" VALUES(1,' "$OURS")"
fi
if command -v sqlite3 >/dev/null 2>&1; then
    if sqlite3 -bail "$TMP/ours.db" <"$OURS" >/dev/null 2>&1; then
        ok "our dump loads into sqlite3"
    else
        bad "our dump does not load into sqlite3"
    fi
    if sqlite3 -bail "$TMP/wrangler.db" <"$WR" >/dev/null 2>&1; then
        echo "NOTE: wrangler's dump loads (wrangler may have fixed Infinity)"
    else
        ok "wrangler's own dump does not load (bare Infinity), ours does"
    fi
fi

# --persist-to: wrangler writes there, we read there.
if wrangler d1 execute DB --local --persist-to elsewhere --command "CREATE TABLE p (x); INSERT INTO p VALUES (42);" \
    >"$TMP/persist.out" 2>&1; then
    if ours export DB --local --persist-to elsewhere --output p.sql >/dev/null 2>"$TMP/persist.err" &&
        grep -qF 'INSERT INTO "p" VALUES(42);' "$PROJECT/p.sql"; then
        ok "--persist-to: the database wrangler wrote under elsewhere/ was exported"
    else
        bad "--persist-to export failed"; cat "$TMP/persist.err"
    fi
else
    bad "wrangler d1 execute --persist-to failed"; tail -n 10 "$TMP/persist.out"
fi

echo "wrangler $WRANGLER_VERSION, node $NODE_VERSION, install ${INSTALL_SECS}s (0 = reused)"
echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
