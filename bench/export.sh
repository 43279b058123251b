#!/usr/bin/env bash
# Benchmark: `export` (the whole site as files) against Hugo building the same pages from the same content
# with the minimal template in bench/hugo. Writes the section between <!-- export:start --> and
# <!-- export:end --> of bench/results.md and leaves the rest of that file as it is. Not part of ./scripts/test.
#
#   bench/export.sh                                  # real content, 1,000 and 10,000 synthetic reactions (~5 min)
#   EXPORT_BENCH_SIZES="real 1000" EXPORT_BENCH_RUNS=1 bench/export.sh
#
# Both write into a RAM disk (/dev/shm) when there is one with room, so that the two programs are measured
# rather than the disk: on ext4, a tree written just after another was deleted (each run deletes the last
# run's output) spends much of its time looking for an inode that was not recently freed. EXPORT_BENCH_OUT
# names another folder. Writes only there, under bench/out/ and bench/synthetic/ (git-ignored) and to
# bench/results.md; runs nothing in the background.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ -n "${EXPORT_BENCH_OUT:-}" ]; then
    out=$EXPORT_BENCH_OUT
elif [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && [ "$(df -Pm /dev/shm | awk 'NR == 2 { print $4 }')" -gt 4096 ]; then
    out=/dev/shm/anb-export-bench
else
    out="$root/bench/out/export"
fi
results="$root/bench/results.md"
read -r -a sizes <<<"${EXPORT_BENCH_SIZES:-real 1000 10000}"
runs=${EXPORT_BENCH_RUNS:-3}
synthetic_actors=500
app="$root/bench/out/export-app/AsianNatoBrief.Web"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '[export-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if ! command -v hugo >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        log "installing Debian's hugo"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
    else
        echo "bench/export.sh: hugo is required (apt-get install -y hugo)" >&2
        exit 2
    fi
fi

# The app as it is deployed (bench/publish.sh, as bench/run.sh publishes it).
if [ "${EXPORT_BENCH_NO_PUBLISH:-}" != 1 ] || [ ! -x "$app" ]; then
    log "publishing Release (self-contained, ReadyToRun; about a minute)"
    bench/publish.sh "$root/bench/out/export-app" "$root/bench/out/export-publish.log" >/dev/null
fi

mkdir -p "$out"
case $out in /dev/shm/*) out_kind="a RAM disk (/dev/shm)" ;; *) out_kind="\`$out\`" ;; esac
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
median() { tr ' ' '\n' <<<"$*" | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
files_in() { find "$1" -type f ! -name '*.br' ! -name '*.gz' | wc -l; }
mb_in() { du -sm --apparent-size "$1" | cut -f1; }
summary_field() { sed -n "s/.*$2 \([0-9.]*\) s.*/\1/p" <<<"$1"; }

rows=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for size in "${sizes[@]}"; do
    if [ "$size" = real ]; then
        content="$root/content"
        label="real content"
    else
        content="$root/bench/synthetic/export-$size"
        label="$size reactions, $synthetic_actors actors"
        if [ ! -f "$content/site.yaml" ] || [ "$(find "$content/reactions" -name 'synthetic-reaction-*' | wc -l)" -ne "$size" ]; then
            log "generating $label"
            dotnet run bench/generate-content.cs -- "$content" "$synthetic_actors" "$size" >/dev/null
        fi
    fi

    ours=() rendering=() hugo=()
    for run in $(seq "$runs"); do
        rm -rf "$out/ours" "$out/hugo"
        start=$(now)
        line=$("$app" export "$out/ours" --no-compress --Content:Path="$content" | tail -n 1)
        ours+=("$(elapsed "$start" "$(now)")")
        rendering+=("$(summary_field "$line" "rendering and writing")")
        start=$(now)
        hugo --source "$root/bench/hugo" --contentDir "$content" --destination "$out/hugo" --quiet
        hugo+=("$(elapsed "$start" "$(now)")")
        log "$label, run $run: export ${ours[-1]} s, Hugo ${hugo[-1]} s"
    done
    ours_files=$(files_in "$out/ours") ours_mb=$(mb_in "$out/ours")
    hugo_files=$(files_in "$out/hugo") hugo_mb=$(mb_in "$out/hugo")

    # Compression on its own: one export with it, its summary line times that phase alone.
    rm -rf "$out/ours"
    line=$("$app" export "$out/ours" --Content:Path="$content" | tail -n 1)
    compression=$(summary_field "$line" "compression")
    twins=$(find "$out/ours" -type f \( -name '*.br' -o -name '*.gz' \) | wc -l)

    ours_median=$(median "${ours[@]}") hugo_median=$(median "${hugo[@]}")
    met=$(awk -v o="$ours_median" -v h="$hugo_median" 'BEGIN { print (o <= h ? "yes" : "no") }')
    rows+=("| $label | export, no compression (wall) | $ours_median s (${ours[*]}) | $ours_files files, $ours_mb MB | $met |")
    rows+=("| $label | of which rendering and writing | $(median "${rendering[@]}") s | | |")
    rows+=("| $label | Hugo $(hugo version | sed -n 's/^hugo v\([0-9.]*\).*/\1/p') build (wall) | $hugo_median s (${hugo[*]}) | $hugo_files files, $hugo_mb MB | |")
    rows+=("| $label | export's compression, on its own | $compression s | $twins .br and .gz files | not a target |")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

section=$(
    echo "<!-- export:start -->"
    echo "## Static export against Hugo"
    echo
    echo "Written by \`bench/export.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). $(nproc) cores, load average before / after: $load_before / $load_after (the machine is shared, so wall times vary with it)."
    echo "The export is the published app (self-contained, ReadyToRun) running \`export OUTDIR --no-compress\`, from process start to exit; Hugo $(hugo version | sed -n 's/^hugo v\([0-9.]*\).*/\1/p') (Debian) builds \`bench/hugo\` over the same content folder into the same pages: a page per actor, reaction and position, each reaction also as BibTeX, RIS, CSL-JSON and JSON and each actor as JSON, the section lists, every filtered list of reactions (by stance, by actor, by actor and stance) with its filter form and actor options, home, sitemap and feed; what only the export writes is a few dozen files (the comparisons in every order, the data tables and schemas, the search page and index, the redirects). Both write to $out_kind. Median of $runs runs (each run listed); files and MB exclude the compressed twins. Target: the export without compression no slower than Hugo."
    echo
    echo "| content | measure | time | output | target met |"
    echo "|---|---|---:|---|---|"
    printf '%s\n' "${rows[@]}"
    echo "<!-- export:end -->"
)
if [ -f "$results" ] && grep -q '<!-- export:start -->' "$results"; then
    awk -v section="$section" '
        /<!-- export:start -->/ { print section; skipping = 1; next }
        /<!-- export:end -->/ { skipping = 0; next }
        !skipping { print }' "$results" >"$results.tmp"
    mv "$results.tmp" "$results"
else
    printf '\n%s\n' "$section" >>"$results"
fi
rm -rf "$out/ours" "$out/hugo"
[ "$out" = /dev/shm/anb-export-bench ] && rmdir "$out" 2>/dev/null || true
log "wrote the export section of $results"
