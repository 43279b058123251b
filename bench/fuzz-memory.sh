#!/usr/bin/env bash
# Memory under hostile traffic: starts the app (Release, Production) on 127.0.0.1, records its RSS, sends
# FUZZ_REQUESTS (100,000) fuzzed requests with bench/fuzz-client.py (random paths and query strings, random
# Accept-Encoding, one in ten with a forged Host), records RSS again, and writes the figures into the
# "Memory under fuzzed requests" section of bench/results.md. About two minutes; not part of ./scripts/test.
# Only the app this script started is stopped, by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
results="$root/bench/results.md"
requests=${FUZZ_REQUESTS:-100000}
target_mb=150
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log() { printf '[fuzz %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

port=${FUZZ_PORT:-18491}
while ss -ltnH "sport = :$port" | grep -q .; do port=$(( port + 1 )); done

mkdir -p "$out"
# The app as deployed and as bench/run.sh measures it (bench/publish.sh); FUZZ_APP names another published folder.
app_dir=${FUZZ_APP:-$out/app}
if [ -z "${FUZZ_APP:-}" ] && { [ ! -x "$out/app/AsianNatoBrief.Web" ] || [ -n "${FUZZ_PUBLISH:-}" ]; }; then
    log "publishing Release (self-contained, ReadyToRun; about a minute) to bench/out/app"
    bench/publish.sh "$out/app" "$out/fuzz-publish.log" >/dev/null
fi

app_pid=
cleanup() { [ -n "$app_pid" ] && { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }; }
trap cleanup EXIT

ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Content__Path="$root/content" \
    Content__Watch=false Logging__LogLevel__Default=Warning \
    "$app_dir/AsianNatoBrief.Web" --contentRoot "$app_dir" >"$out/fuzz-app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ] && break
    kill -0 "$app_pid" 2>/dev/null || { echo "fuzz: the app did not start; see $out/fuzz-app.log" >&2; exit 1; }
    sleep 0.1
done

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status"; }
hwm_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status"; }

# Warm up on the real pages in every encoding, so "before" is the app as a reader finds it.
python3 - "$port" <<'PY'
import sys, urllib.request
port = sys.argv[1]
for _ in range(20):
    for path in ["/", "/actors/china", "/reactions/china-opposes", "/compare/nato-vs-quad", "/reactions", "/about"]:
        for encoding in ["", "br, gzip", "gzip"]:
            request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Accept-Encoding": encoding} if encoding else {})
            urllib.request.urlopen(request).read()
PY
sleep 2
before=$(rss_mb)
log "RSS after warm-up: $before MB; sending $requests fuzzed requests"
started=$(date +%s)
summary=$(python3 "$root/bench/fuzz-client.py" "$port" "$requests")
seconds=$(( $(date +%s) - started ))
sleep 2
after=$(rss_mb)
peak=$(hwm_mb)
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
log "RSS after: $after MB (peak $peak MB) in ${seconds}s; statuses: $summary"
met=$([ "$after" -le "$target_mb" ] && echo yes || echo no)

section=$(cat <<MD
## Memory under fuzzed requests

Written by \`bench/fuzz-memory.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC. The app (Release, self-contained ReadyToRun, \`ASPNETCORE_ENVIRONMENT=Production\`, real content, on 127.0.0.1) after a warm-up on six real pages in three encodings, then $requests requests from \`bench/fuzz-client.py\` over 8 keep-alive connections: random paths under every section, random query strings (1–6 parameters, known and unknown names, values up to 40 characters), random \`Accept-Encoding\`, GET and HEAD, one request in ten with a forged Host.

| measure | value | target |
|---|---:|---|
| RSS after warm-up | $before MB | |
| RSS after the fuzzed requests | $after MB | ≤ $target_mb MB ($met) |
| peak RSS (VmHWM) | $peak MB | |
| time for the fuzzed requests | ${seconds} s | |
| statuses | $summary | no 5xx, no reset |
| \`/\` afterwards | $status | 200 |
MD
)
python3 - "$results" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2].rstrip() + "\n"
text = open(path, encoding="utf-8").read()
start, end = "<!-- fuzz-memory -->\n", "<!-- /fuzz-memory -->\n"
block = start + section + end
text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S) if start in text else text.rstrip() + "\n\n" + block
open(path, "w", encoding="utf-8").write(text)
PY
log "wrote the figures to bench/results.md"
