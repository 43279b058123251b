#!/usr/bin/env bash
# Search benchmark: throughput and latency of /search on the real content and on synthetic content with
# 10,000 reactions, the time the index adds to a load, and the memory it holds. Writes its section of
# bench/results.md (between the "search" markers; bench/run.sh keeps it). Takes about 3 minutes.
#
#   bench/search.sh                        # the Release build in src/…/bin (built first if missing)
#   BENCH_APP=bench/out/app bench/search.sh   # the published app bench/run.sh made
#   BENCH_SECONDS=2 bench/search.sh        # shorter runs
#
# Load goes to 127.0.0.1 only, with the same wrk settings as bench/run.sh's page rows; every process
# started here is stopped by its PID.
set -euo pipefail
# The same machine split as bench/run.sh: the app on one core, wrk on the other.
server_cpu=${BENCH_SERVER_CPU:-1} client_cpu=${BENCH_CLIENT_CPU:-0}
# The same load as bench/run.sh's page rows.
seconds=${BENCH_SECONDS:-3} warmup=${BENCH_WARMUP:-2} connections=${BENCH_CONNECTIONS:-16}
# Before the first address of each content, this many seconds of load spread over its search addresses: the
# app's tiered JIT re-compiles its hot code during its first seconds under load (about 15 s of it for a
# ReadyToRun build), as bench/run.sh lets it do before its page rows.
jit_warmup=${BENCH_JIT_WARMUP:-16}
# The synthetic content of bench/run.sh's scale rows, at its largest size.
size=${BENCH_SEARCH_SIZE:-10000} synthetic_actors=500
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out/search" results="$root/bench/results.md"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '[search-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
command -v wrk >/dev/null || { echo "bench: wrk is required (apt-get install wrk)" >&2; exit 2; }

free_port() {
    local port=$1
    while ss -ltnH "sport = :$port" | grep -q .; do port=$(( port + 1 )); done
    echo "$port"
}
port=${BENCH_APP_PORT:-$(free_port 18491)}
base="http://127.0.0.1:$port"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    local kept=()
    for p in "${pids[@]}"; do [ "$p" != "$1" ] && kept+=("$p"); done
    pids=("${kept[@]+"${kept[@]}"}")
}

mkdir -p "$out"
app_dir=${BENCH_APP:-$root/src/AsianNatoBrief.Web/bin/Release/net10.0}
# The app runs with its own folder as content root, so a relative BENCH_APP is made absolute first.
[ -d "$app_dir" ] && app_dir=$(cd "$app_dir" && pwd)
if [ ! -f "$app_dir/AsianNatoBrief.Web.dll" ]; then
    log "building Release"
    dotnet build src/AsianNatoBrief.Web -c Release -nologo -v q >"$out/build.log"
fi
if [ -x "$app_dir/AsianNatoBrief.Web" ] && grep -q '"includedFrameworks"' "$app_dir/AsianNatoBrief.Web.runtimeconfig.json"; then
    app_cmd=("$app_dir/AsianNatoBrief.Web")
    build="published self-contained ($app_dir)"
else
    app_cmd=(dotnet "$app_dir/AsianNatoBrief.Web.dll")
    build="Release, framework-dependent ($(realpath --relative-to="$root" "$app_dir"))"
fi

peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
to_ms() {
    awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } printf "%.2f", v }'
}

# wrk against one URL with Brotli accepted; prints "requests/s p50-ms p99-ms".
run_wrk() {
    local url=$1 duration=${2:-$seconds} report
    report=$(taskset -c "$client_cpu" wrk -t1 -c"$connections" -d"${duration}s" --latency -H "Accept-Encoding: br, gzip" "$url")
    echo "$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$report") $(awk '$1 == "50%" { print $2 }' <<<"$report" | to_ms) $(awk '$1 == "99%" { print $2 }' <<<"$report" | to_ms)"
}

# Starts the app on the given content (on the server core, or on the cores given second); sets app_pid and
# index_line (the store's report of the index it built).
start_app() {
    local cpus=${2:-$server_cpu}
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" Content__Path="$1" Content__Watch=false \
        Logging__LogLevel__Default=Warning env Logging__LogLevel__AsianNatoBrief.Web.Loading.ContentStore=Information \
        taskset -c "$cpus" "${app_cmd[@]}" --contentRoot "$app_dir" >"$out/app.log" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
    for _ in $(seq 600); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)" = 200 ] && break
        kill -0 "$app_pid" 2>/dev/null || { echo "bench: the app did not start; see $out/app.log" >&2; exit 1; }
        sleep 0.1
    done
    index_line=$(grep -m1 -A1 'Search index built' "$out/app.log" | tr '\n' ' ' | sed 's/.*Search index built: //')
}

# The milliseconds of an index line.
index_ms() { sed -E 's/.* ([0-9]+) ms.*/\1/' <<<"$1"; }

# One table row per query: status, results heading, then req/s, p50, p99 (median run of three by req/s).
warm_up() {
    local each=$(( jit_warmup / $# ))
    for path in "$@"; do run_wrk "$base$path" "$each" >/dev/null; done
}

measure() {
    local label=$1 path=$2 status heading runs=()
    status=$(curl -s -o "$out/page.html" -w '%{http_code}' "$base$path")
    heading=$(grep -o '<h1>[^<]*</h1>' "$out/page.html" | head -1 | sed -e 's/<[^>]*>//g' -e 's/&#x201C;/“/g' -e 's/&#x201D;/”/g' -e 's/&quot;/"/g')
    run_wrk "$base$path" "$warmup" >/dev/null
    for _ in 1 2 3; do runs+=("$(run_wrk "$base$path")"); done
    read -r rps p50 p99 <<<"$(printf '%s\n' "${runs[@]}" | sort -n -k1,1 | sed -n 2p)"
    rows+=("| $label | \`$path\` | $status | $heading | $rps | $p50 | $p99 |")
    last_p99=$p99
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()

log "real content"
start_app "$root/content"
warm_up "/search?q=china" "/search?q=%22formal+alliance%22" "/search?q=alliances&kind=reaction" "/search?q=jaishanker"
real_index=$index_line
real_rss=$(rss_mb "$app_pid")
measure real "/search?q=china"
measure real "/search?q=%22formal+alliance%22"
measure real "/search?q=alliances&kind=reaction"
measure real "/search?q=jaishanker"
measure "real, a cached page for scale" "/actors/china"
# The floor under every search row: a small page rendered per request (an address with a query is never kept by the
# page cache), with no search at all.
measure "real, a page rendered per request without search, for scale" "/about?x=1"
stop "$app_pid"

dir="$root/bench/synthetic/r$size"
# Shared with bench/run.sh, which generates the same folder when it has not yet been made.
# Made again when the content or the generator changed since (the content model may have gained fields).
[ -f "$dir/.complete" ] && [ -z "$(find "$root/content" "$root/bench/generate-content.cs" -newer "$dir/.complete" -print -quit)" ] || { log "generating $synthetic_actors actors and $size reactions";
    dotnet run bench/generate-content.cs -- "$dir" "$synthetic_actors" "$size" "$root/content" >/dev/null && touch "$dir/.complete"; }
log "$size synthetic reactions: load without search (the check command; median of three)"
check_s=$(for _ in 1 2 3; do { /usr/bin/time -f '%e' "${app_cmd[@]}" check "$dir" >/dev/null; } 2>&1 | tail -n 1; done | sort -n | sed -n 2p)
# A load has both cores (as check has), and a large index is written in a part per core: the time it adds there.
# Five starts: on a shared machine one start can take half as long again as the next.
log "$size synthetic reactions: the index build of a load on both cores (median of five starts)"
both_runs=$(for _ in 1 2 3 4 5; do start_app "$dir" "$server_cpu,$client_cpu"; stop "$app_pid"; index_ms "$index_line"; done | tr '\n' ' ')
both_ms=$(tr ' ' '\n' <<<"$both_runs" | grep . | sort -n | sed -n 3p)
start_app "$dir"
warm_up "/search?q=alliance" "/search?q=%22maritime+summit%22" "/search?q=treaty&stance=opposes&page=3" "/search?q=jaishanker"
synthetic_index=$index_line
synthetic_rss=$(rss_mb "$app_pid")
build_ms=$(index_ms "$synthetic_index")
worst_p99=0
for path in "/search?q=alliance" "/search?q=%22maritime+summit%22" "/search?q=treaty&stance=opposes&page=3" "/search?q=jaishankar" "/search?q=jaishanker"; do
    measure "$size reactions" "$path"
    worst_p99=$(awk -v a="$worst_p99" -v b="$last_p99" 'BEGIN { print (b > a ? b : a) }')
done
measure "$size reactions, a page rendered per request without search, for scale" "/about?x=1"
synthetic_peak=$(peak_rss_mb "$app_pid")
stop "$app_pid"
log "in-process timings of the parts (bench/search-profile)"
dotnet build bench/search-profile -c Release -nologo -v q >"$out/profile-build.log"
profile=$(taskset -c "$server_cpu" dotnet bench/search-profile/bin/Release/net10.0/SearchProfile.dll "$dir" 300)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
p99_met=$(awk -v p="$worst_p99" 'BEGIN { print (p <= 10 ? "yes" : "no") }')
build_met=$(awk -v b="$both_ms" 'BEGIN { print (b <= 1000 ? "yes" : "no") }')

section=$(cat <<SECTION
<!-- search:start -->
## Search

Written by \`bench/search.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); load average before / after: $load_before / $load_after.
App: $build, Production, pinned to core $server_cpu. Load: \`wrk -t1 -c$connections -d${seconds}s --latency\` with \`Accept-Encoding: br, gzip\`, pinned to core $client_cpu,
${jit_warmup} s of warm-up over the addresses of each content first (the tiered JIT), then ${warmup} s per address, then the median of three runs by requests/s. Search results are never kept by the page cache, so every
request below runs the query, marks the words of its hits and renders the page; the cached actor page is there for scale, and
\`/about?x=1\` (an address with a query, so rendered per request like a search, but with no search in it) shows the floor that
rendering a page per request sets under this load.

| content | address | status | heading | req/s | p50 ms | p99 ms |
|---|---|---|---|---:|---:|---:|
$(printf '%s\n' "${rows[@]}")

| measure | value | target |
|---|---:|---|
| index of the real content (as the store reports it: items, bytes, build time) | $real_index | |
| RSS after start-up, real content | $real_rss MB | |
| index at $size synthetic reactions | $synthetic_index | |
| time the index adds to a load of $size reactions on both cores (built in the same load, before the snapshot goes live; median of five starts: ${both_runs% }) | $both_ms ms | ≤ 1000 ms: $build_met |
| the same on one core (the start measured below, pinned to core $server_cpu) | $build_ms ms | |
| load of $size reactions without the index (\`check\`, wall, median of three, includes runtime start-up) | ${check_s} s | |
| worst search p99 at $size reactions | $worst_p99 ms | ≤ 10 ms: $p99_met |
| RSS after start-up / peak after the runs, $size reactions | $synthetic_rss / $synthetic_peak MB | |

In process (\`bench/search-profile\`, the same $size reactions, pinned to core $server_cpu, JIT-compiled Release build; times with
\`Stopwatch\`, 300 runs each after 20 of warm-up; "whole request" goes through the real app's pipeline on the in-process test server,
Brotli accepted, one request at a time):

$profile

The memory the index adds is its files in the RAM directory (the bytes above) plus the reader's small per-segment state; the
items' plain text it keeps for snippets is about the size of the content's text. The build time is measured by the store
around building the index only, so it is exactly what the index adds to a load.
<!-- search:end -->
SECTION
)
if [ -f "$results" ] && grep -q '<!-- search:start -->' "$results"; then
    awk -v section="$section" '
        /<!-- search:start -->/ { print section; skipping = 1; next }
        /<!-- search:end -->/ { skipping = 0; next }
        !skipping { print }' "$results" >"$results.new"
    mv "$results.new" "$results"
else
    printf '\n%s\n' "$section" >>"$results"
fi
log "wrote the search section of $results"
