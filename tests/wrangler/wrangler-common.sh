# Shared by the wrangler checks (sourced, not run): skip/die helpers, the node check and the cached
# install of wrangler into $CACHE. The caller sets SKIP_CODE, WRANGLER_SPEC, MIN_NODE and CACHE first;
# afterwards NODE_BIN, NODE_VERSION, WRANGLER_JS, WRANGLER_VERSION and INSTALL_SECS are set.
skip() {
    echo "SKIP: $*"
    echo "0 passed, 0 failed, 1 skipped"
    exit "$SKIP_CODE"
}
die() {
    echo "ERROR: $*" >&2
    echo "0 passed, 1 failed"
    exit 1
}
now_ms() { date +%s%3N; }
secs_since() { # start_ms -> "12.3"
    local d=$(($(now_ms) - $1))
    printf '%d.%02d' $((d / 1000)) $((d % 1000 / 10))
}
# version_ge A B: true if dotted version A >= B
version_ge() { [[ $(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1) == "$2" ]]; }

# ---------------------------------------------------------------- preconditions
command -v node >/dev/null 2>&1 || skip "node not found (Debian: apt-get install nodejs npm)"
command -v sqlite3 >/dev/null 2>&1 || skip "sqlite3 CLI not found (Debian: apt-get install sqlite3)"
NODE_BIN=$(command -v node)
NODE_VERSION=$("$NODE_BIN" -p 'process.versions.node')
version_ge "$NODE_VERSION" "$MIN_NODE" || skip "node $NODE_VERSION is too old for wrangler (needs >= $MIN_NODE)"

# ---------------------------------------------------------------- wrangler install (cached)
WRANGLER_JS=$CACHE/node_modules/wrangler/bin/wrangler.js
MARKER=$CACHE/.d1x-installed
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
if command -v flock >/dev/null 2>&1; then
    flock -w 600 9 || skip "could not lock $CACHE (another install still running?)"
fi
INSTALL_SECS=0 # 0 = reused
if [[ -f $MARKER && $(cat "$MARKER") == "$WRANGLER_SPEC" && -f $WRANGLER_JS ]]; then
    echo "wrangler: reusing $CACHE"
else
    command -v npm >/dev/null 2>&1 || skip "npm not found (Debian: apt-get install npm)"
    rm -rf "$CACHE/node_modules" "$CACHE/package-lock.json" "$MARKER"
    printf '{ "name": "d1x-wrangler-cache", "private": true }\n' >"$CACHE/package.json"
    echo "wrangler: installing wrangler@$WRANGLER_SPEC into $CACHE (npm, no install scripts)..."
    t0=$(now_ms)
    if ! (cd "$CACHE" && timeout 420 npm install --no-audit --no-fund --ignore-scripts \
        --no-update-notifier "wrangler@$WRANGLER_SPEC") >"$CACHE/npm-install.log" 2>&1; then
        tail -n 15 "$CACHE/npm-install.log" | sed 's/^/  npm: /'
        skip "npm install wrangler@$WRANGLER_SPEC failed (npm registry unreachable?); log: $CACHE/npm-install.log"
    fi
    [[ -f $WRANGLER_JS ]] || skip "npm install finished but $WRANGLER_JS is missing"
    printf '%s' "$WRANGLER_SPEC" >"$MARKER"
    INSTALL_SECS=$(secs_since "$t0")
    echo "wrangler: installed in ${INSTALL_SECS}s"
fi
exec 9>&-
WRANGLER_VERSION=$("$NODE_BIN" -p "require('$CACHE/node_modules/wrangler/package.json').version")
WRANGLER_ENGINE=$("$NODE_BIN" -p "(require('$CACHE/node_modules/wrangler/package.json').engines||{}).node||''")
if [[ $WRANGLER_ENGINE =~ ^\>=\ *([0-9]+(\.[0-9]+)*)$ ]]; then
    version_ge "$NODE_VERSION" "${BASH_REMATCH[1]}" ||
        skip "wrangler $WRANGLER_VERSION needs node $WRANGLER_ENGINE, this is $NODE_VERSION"
fi
echo "wrangler $WRANGLER_VERSION on node $NODE_VERSION"

# no_config_above DIR: wrangler looks for wrangler.toml/.json/.jsonc in its working folder and every
# folder above it; one there would change what the check runs against.
no_config_above() {
    local d=$1 f
    while :; do
        for f in wrangler.toml wrangler.json wrangler.jsonc; do
            [[ -e $d/$f ]] && skip "$d/$f exists above the temporary folder; wrangler would pick it up"
        done
        [[ $d == / ]] && break
        d=$(dirname "$d")
    done
}
