#!/usr/bin/env bash
# Benchmark: the app (Release, Production) against nginx serving the same pages from disk, on this
# machine. Writes bench/results.md. Takes about 5 minutes; not part of ./scripts/test.
#
#   bench/run.sh            # full run
#   BENCH_SECONDS=2 BENCH_SIZES=1000 bench/run.sh   # shorter runs, one synthetic size
#
# Only 127.0.0.1 is used; nginx runs from bench/nginx.conf.template with its own prefix under
# bench/out/nginx (never the system site). Every process started here is stopped by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
results="$root/bench/results.md"
seconds=${BENCH_SECONDS:-3}
connections=${BENCH_CONNECTIONS:-16}
# A port nobody listens on (other programs on this machine may hold fixed ones).
free_port() {
    local port=$1
    while ss -ltnH "sport = :$port" | grep -q .; do
        port=$(( port + 1 ))
    done
    echo "$port"
}
app_port=${BENCH_APP_PORT:-$(free_port 18391)}
nginx_port=${BENCH_NGINX_PORT:-$(free_port $(( app_port + 1 )))}
# Two cores: the servers on core 1, wrk on core 0, so the load generator does not steal the server's CPU.
server_cpu=${BENCH_SERVER_CPU:-1}
client_cpu=${BENCH_CLIENT_CPU:-0}
pages=(/ /actors/china /reactions/china-opposes /compare/nato-vs-quad)
read -r -a sizes <<<"${BENCH_SIZES:-1000 5000 10000}"
synthetic_actors=500

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx)
command -v brotli >/dev/null || need+=(brotli)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        log "installing ${need[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || log "could not install ${need[*]}"
    else
        log "missing ${need[*]}; install them with apt-get"
    fi
fi
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "bench: wrk and nginx are required" >&2; exit 2; }

# --- process bookkeeping: stop only what we started ----------------------------------------------
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

stop() {
    local pid=$1
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local kept=()
    for p in "${pids[@]}"; do [ "$p" != "$pid" ] && kept+=("$p"); done
    pids=("${kept[@]+"${kept[@]}"}")
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the published app on $app_port with the given content; sets app_pid and first_200_ms.
start_app() {
    local content=$1
    local started
    started=$(now_ms)
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$app_port" \
        Content__Path="$content" Content__Watch=false Logging__LogLevel__Default=Warning \
        taskset -c "$server_cpu" "${app_cmd[@]}" --contentRoot "$out/app" >"$out/app.log" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
    local deadline=$(( started + 60000 ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/" || true)" = 200 ]; do
        if ! kill -0 "$app_pid" 2>/dev/null || [ "$(now_ms)" -gt "$deadline" ]; then
            echo "bench: the app did not start; see $out/app.log" >&2
            exit 1
        fi
        sleep 0.01
    done
    first_200_ms=$(( $(now_ms) - started ))
    first_200_cpu_ms=$(cpu_ms "$app_pid" 2>/dev/null || echo "?")
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "bench: port $app_port answered, but not the app this script started; see $out/app.log" >&2
        exit 1
    fi
}

# CPU time (user + system) a process has used so far, in ms: unlike wall time, not inflated by other
# programs competing for the same cores.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }

peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

to_ms() {
    awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } printf "%.2f", v }'
}

# wrk against one URL; prints "requests/s p50-ms p99-ms".
run_wrk() {
    local url=$1 encoding=$2 duration=${3:-$seconds}
    local headers=()
    [ -n "$encoding" ] && headers=(-H "Accept-Encoding: $encoding")
    local report
    report=$(taskset -c "$client_cpu" wrk -t1 -c"$connections" -d"${duration}s" --latency "${headers[@]+"${headers[@]}"}" "$url")
    local rps p50 p99
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$report")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$report" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$report" | to_ms)
    echo "$rps $p50 $p99"
}

# Status and body size of one response: "status bytes encoding".
probe() {
    local url=$1 encoding=$2
    curl -s -o /dev/null -H "Accept-Encoding: ${encoding:-identity}" -w '%{http_code} %{size_download} %header{content-encoding}' "$url"
}

mkdir -p "$out"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- build -----------------------------------------------------------------------------------------
if [ -n "${BENCH_REUSE_BUILD:-}" ] && [ -f "$out/app/AsianNatoBrief.Web.dll" ]; then
    build="$(cat "$out/app/.build" 2>/dev/null || echo Release), published by an earlier run"
else
log "publishing Release (self-contained, ReadyToRun; about a minute)"
build=$(bench/publish.sh "$out/app" "$out/publish.log")
sleep 2
echo "$build" >"$out/app/.build"
fi

# --- the app, and a copy of its pages for nginx ------------------------------------------------------
# A self-contained publish runs through its own executable, a framework-dependent one through dotnet.
if [ -x "$out/app/AsianNatoBrief.Web" ] && grep -q '"includedFrameworks"' "$out/app/AsianNatoBrief.Web.runtimeconfig.json"; then
    app_cmd=("$out/app/AsianNatoBrief.Web")
else
    app_cmd=(dotnet "$out/app/AsianNatoBrief.Web.dll")
fi

# Start-up: three cold starts; the median is reported, and the last process serves the runs below.
log "starting the app (three times, for the start-up figure)"
starts=()
for attempt in 1 2 3; do
    start_app "$root/content"
    starts+=("$first_200_ms $first_200_cpu_ms")
    if [ "$attempt" -lt 3 ]; then stop "$app_pid"; fi
done
read -r app_first_200_ms app_first_200_cpu_ms <<<"$(printf '%s\n' "${starts[@]}" | sort -n -k1,1 | sed -n 2p)"
app_first_200_all=$(printf '%s\n' "${starts[@]}" | awk '{ printf "%s%s", sep, $1; sep = ", " }')
base="http://127.0.0.1:$app_port"

site="$out/nginx/site"
rm -rf "$out/nginx"
mkdir -p "$site" "$out/nginx/tmp"
declare -A page_status
for page in "${pages[@]}"; do
    file="$site$page.html"
    [ "$page" = / ] && file="$site/index.html"
    mkdir -p "$(dirname "$file")"
    status=$(curl -s -o "$file" -w '%{http_code}' "$base$page")
    page_status[$page]=$status
    [ "$status" = 200 ] || rm -f "$file"
done
# The stylesheet and script the home page links to, at the same (fingerprinted) addresses.
assets=$(curl -s "$base/" | grep -oE '(href|src)="/[^"]+\.(css|js)"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
for asset in $assets; do
    mkdir -p "$site$(dirname "$asset")"
    curl -s -o "$site$asset" "$base$asset"
done
find "$site" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' \) | while read -r f; do
    gzip -9 -k -f "$f"
    command -v brotli >/dev/null && brotli -q 11 -k -f "$f"
done

css_headers="(no stylesheet linked)"
for asset in $assets; do
    css_headers=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: br, gzip' "$base$asset" \
        | { grep -iE '^(cache-control|content-encoding):' || true; } | tr -d '\r' | paste -sd ';' -)
    css_asset=$asset
    break
done

brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
load_brotli="" brotli_static=""
if [ -e "$brotli_module" ]; then
    load_brotli="load_module $brotli_module;"
    brotli_static="brotli_static on;"
fi
sed -e "s|@PREFIX@|$out/nginx|g" -e "s|@PORT@|$nginx_port|g" -e "s|@LOAD_BROTLI@|$load_brotli|" -e "s|@BROTLI_STATIC@|$brotli_static|" \
    bench/nginx.conf.template >"$out/nginx/nginx.conf"
log "starting nginx on 127.0.0.1:$nginx_port"
taskset -c "$server_cpu" nginx -p "$out/nginx" -c "$out/nginx/nginx.conf" -e "$out/nginx/error.log" &
nginx_pid=$!
pids+=("$nginx_pid")
for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break
    sleep 0.05
done

# --- throughput and latency, app and nginx alternately -----------------------------------------------
# Warm-up: a .NET process recompiles its hot code with full optimisation in the background during its
# first seconds of load (tiered JIT); measuring then would time the compiler, not the server. A ReadyToRun
# build keeps re-compiling for about 15 s of load (/ went from 49,000 to 79,000 req/s over 16 s), so every
# page and encoding gets $first_warmup seconds of load first (32 s in all). nginx is native code and needs none.
warmup=${BENCH_WARMUP:-2} first_warmup=${BENCH_FIRST_WARMUP:-4}
log "warming the app up (${first_warmup} s per page and encoding)"
for page in "${pages[@]}"; do
    for encoding in "" "br, gzip"; do
        run_wrk "$base$page" "$encoding" "$first_warmup" >/dev/null
    done
done

# The middle of three runs by requests/s (its own p50 and p99 with it), app and nginx alternating, so a
# burst of noise from elsewhere on the machine cannot decide a row alone.
median_of_three() {
    sort -n -k1,1 | sed -n 2p
}

rows=()
targets_met=yes
for page in "${pages[@]}"; do
    for encoding in "" "br, gzip"; do
        label=${encoding:-none}
        log "wrk $page (Accept-Encoding: $label)"
        run_wrk "$base$page" "$encoding" 1 >/dev/null
        run_wrk "http://127.0.0.1:$nginx_port$page" "$encoding" 1 >/dev/null
        read -r app_status app_bytes app_enc <<<"$(probe "$base$page" "$encoding") -"
        read -r nginx_status nginx_bytes nginx_enc <<<"$(probe "http://127.0.0.1:$nginx_port$page" "$encoding") -"
        app_runs=() nginx_runs=()
        for _ in 1 2 3; do
            app_runs+=("$(run_wrk "$base$page" "$encoding")")
            nginx_runs+=("$(run_wrk "http://127.0.0.1:$nginx_port$page" "$encoding")")
        done
        read -r app_rps app_p50 app_p99 <<<"$(printf '%s\n' "${app_runs[@]}" | median_of_three)"
        read -r nginx_rps nginx_p50 nginx_p99 <<<"$(printf '%s\n' "${nginx_runs[@]}" | median_of_three)"
        ratio=$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }')
        p99_ratio=$(awk -v a="$app_p99" -v n="$nginx_p99" 'BEGIN { printf "%.1f", (n > 0 ? a / n : 0) }')
        verdict=$(awk -v r="$ratio" -v p="$p99_ratio" 'BEGIN { print (r >= 0.9 && p <= 2 ? "yes" : "no") }')
        [ "$verdict" = yes ] || targets_met=no
        rows+=("| \`$page\` | $label | $app_status ${app_enc%-} ${app_bytes} B | $app_rps | $app_p50 | $app_p99 | $nginx_status ${nginx_enc%-} ${nginx_bytes} B | $nginx_rps | $nginx_p50 | $nginx_p99 | **$ratio** | $p99_ratio× | $verdict |")
    done
done
app_peak_rss=$(peak_rss_mb "$app_pid")
stop "$nginx_pid"
stop "$app_pid"

# --- scale: synthetic content ---------------------------------------------------------------------
scale_rows=()
for size in "${sizes[@]}"; do
    dir="$root/bench/synthetic/r$size"
    if [ ! -f "$dir/.complete" ]; then
        log "generating $synthetic_actors actors and $size reactions"
        dotnet run bench/generate-content.cs -- "$dir" "$synthetic_actors" "$size" "$root/content" >/dev/null
        touch "$dir/.complete"
    fi
    log "loading $size reactions"
    # Load + validate + build, as the check command does it (includes ~0.1 s of runtime start-up). Not
    # pinned: the loader parses files in parallel, and nothing else of ours runs meanwhile.
    # The median of three runs by wall time.
    check=$(for _ in 1 2 3; do
        { /usr/bin/time -f '%e %M %U %S' "${app_cmd[@]}" check "$dir" >/dev/null; } 2>&1 | tail -n 1
    done | sort -n -k1,1 | sed -n 2p)
    read -r check_s check_kb check_user check_sys <<<"$check"
    check_cpu=$(awk -v u="$check_user" -v s="$check_sys" 'BEGIN { printf "%.2f", u + s }')
    start_app "$dir"
    # Per request, uncached: 50 different reaction pages, each asked for the first time.
    total_ms=0
    statuses=""
    for i in $(seq 0 49); do
        id=$(printf 'synthetic-reaction-%05d' $(( i * (size / 50) )))
        read -r code seconds_taken <<<"$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$base/reactions/$id")"
        total_ms=$(awk -v t="$total_ms" -v s="$seconds_taken" 'BEGIN { printf "%.3f", t + s * 1000 }')
        statuses="$statuses $code"
    done
    per_request=$(awk -v t="$total_ms" 'BEGIN { printf "%.2f", t / 50 }')
    status_summary=$(tr ' ' '\n' <<<"$statuses" | grep -v '^$' | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = ", " }')
    run_wrk "$base/reactions/synthetic-reaction-00000" "br, gzip" "$warmup" >/dev/null
    run_wrk "$base/" "br, gzip" "$warmup" >/dev/null
    read -r cached_rps cached_p50 cached_p99 <<<"$(run_wrk "$base/reactions/synthetic-reaction-00000" "br, gzip" 3)"
    read -r home_rps home_p50 home_p99 <<<"$(run_wrk "$base/" "br, gzip" 3)"
    rss=$(peak_rss_mb "$app_pid")
    stop "$app_pid"
    scale_rows+=("| $size | $check_s | $check_cpu | $(awk -v k="$check_kb" 'BEGIN { printf "%.0f", k / 1024 }') | $first_200_ms ($first_200_cpu_ms CPU) | $rss | $per_request ($status_summary) | $cached_rps / $cached_p99 | $home_rps / $home_p99 |")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report --------------------------------------------------------------------------------------------
# The search section is written by bench/search.sh; keep it.
search_section=$(sed -n '/<!-- search:start -->/,/<!-- search:end -->/p' "$results" 2>/dev/null || true)
# So is the export section (bench/export.sh).
export_section=$(sed -n '/<!-- export:start -->/,/<!-- export:end -->/p' "$results" 2>/dev/null || true)
# And the memory section (bench/fuzz-memory.sh).
fuzz_section=$(sed -n '/<!-- fuzz-memory -->/,/<!-- \/fuzz-memory -->/p' "$results" 2>/dev/null || true)
{
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Re-run it to refresh (see [README](README.md))."
    echo
    echo "- Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; load average before / after: $load_before / $load_after"
    echo "- App: $build, \`ASPNETCORE_ENVIRONMENT=Production\`, Kestrel on 127.0.0.1, pinned to core $server_cpu"
    echo "- nginx $(nginx -v 2>&1 | sed 's|.*/||'): 1 worker pinned to core $server_cpu, serving the app's own pages saved to disk with pre-compressed \`.gz\` (gzip -9)$( [ -n "$brotli_static" ] && echo " and \`.br\` (brotli -q 11, \`brotli_static\`)") files and the same security headers"
    echo "- Load: \`wrk -t1 -c$connections -d${seconds}s --latency\` pinned to core $client_cpu. The app is first warmed up for ${first_warmup} s on every page and encoding (so its tiered JIT has finished); then, per row, each server gets 1 s of warm-up and three runs, app and nginx alternating, and the run with the median requests/s is reported (with its p50 and p99)"
    echo
    echo "## App against nginx"
    echo
    echo "Status/bytes is one response's status, content encoding and body size. Ratio = app requests/s ÷ nginx requests/s (target ≥ 0.9); p99 × = app p99 ÷ nginx p99 (target ≤ 2)."
    echo
    echo "| page | Accept-Encoding | app status/bytes | app req/s | app p50 ms | app p99 ms | nginx status/bytes | nginx req/s | nginx p50 ms | nginx p99 ms | ratio | p99 × | targets met |"
    echo "|---|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "| measure | value | target |"
    echo "|---|---:|---|"
    echo "| time from process start to the first 200 on \`/\` (wall; median of three cold starts: $app_first_200_all ms) | $app_first_200_ms ms | ≤ 1500 ms |"
    echo "| CPU time the app had used by then (user + system) | $app_first_200_cpu_ms ms | |"
    echo "| peak RSS of the app (VmHWM) after all runs above | $app_peak_rss MB | ≤ 150 MB |"
    echo "| stylesheet \`$css_asset\` headers (published app, Accept-Encoding: br, gzip) | ${css_headers} | immutable, br |"
    echo
    echo "## Scale: synthetic content"
    echo
    echo "The real content plus $synthetic_actors generated actors and N generated reactions (\`bench/generate-content.cs\`, all valid). Load = wall time of \`AsianNatoBrief.Web check DIR\` (read, validate, build, plus runtime start-up; both cores; median of three runs; target ≤ 3 s at 10,000), and the CPU time it used (user + system, summed over its threads). Per request, uncached = mean of 50 first requests for different reaction pages (status counts in brackets). Cached = wrk for 3 s, with Brotli accepted, after ${warmup} s of warm-up on each of the two pages."
    echo
    echo "| reactions | load s (wall) | load s (CPU) | load peak RSS MB | first 200 ms (app CPU ms) | app peak RSS MB | per request, uncached ms | reaction page cached req/s / p99 ms | \`/\` cached req/s / p99 ms |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${scale_rows[@]}"
    echo
    echo "## Reading these figures"
    echo
    cat "$root/bench/notes.md" 2>/dev/null || true
    if [ -n "$search_section" ]; then printf '\n%s\n' "$search_section"; fi
    if [ -n "$export_section" ]; then printf '\n%s\n' "$export_section"; fi
    if [ -n "$fuzz_section" ]; then printf '\n%s\n' "$fuzz_section"; fi
} >"$results"
log "wrote $results"
