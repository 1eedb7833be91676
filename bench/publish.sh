#!/usr/bin/env bash
# Publish benchmark (issue #16): `exporter publish` against `exporter convert --to jsonld` on the same catalog-text
# file, in the same run. The file is examples/catalog.txt repeated, each copy's catalog numbers made distinct
# (CX1001-7, ...), since a site refuses two records with one id. Writes bench/publish-results.md: median wall
# seconds, records (pages) per second, peak RSS, and each run as a ratio to convert --to jsonld.
# Usage: bench/publish.sh [RECORDS] [RUNS]     (defaults: 50000 records, 3 runs; median reported)
#   JOBS="convert none default" picks the runs (all three by default; a ratio is to convert only when it ran);
#   RESULTS=FILE writes the table there instead of bench/publish-results.md (e.g. one file per size at scale).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50000}; RUNS=${2:-3}
DATA=bench/data; mkdir -p "$DATA"
IN="$DATA/publish-$N.txt"
if [ ! -f "$IN" ]; then
  per=$(( $(grep -c $'^\f$' examples/catalog.txt) + 1 ))
  awk -v copies=$(( (N + per - 1) / per )) 'NR == FNR { lines[++n] = $0; next }
    END { for (c = 1; c <= copies; c++) { for (i = 1; i <= n; i++) { l = lines[i]; if (l ~ /^Cx Number:/) l = l "-" c; print l }
          if (c < copies) printf "\f\n" } }' examples/catalog.txt examples/catalog.txt > "$IN"
fi
RECORDS=$(( $(grep -c $'^\f$' "$IN") + 1 ))
EXP=${EXP:-$(bench/cli.sh)}
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
JOBS=${JOBS:-convert none default}; RESULTS=${RESULTS:-bench/publish-results.md}
results=(); base=""
measure() {   # name, command...
  local name=$1; shift
  local times=() cpus=() rss=0
  for ((r = 0; r < RUNS; r++)); do
    rm -rf "${OUT:?}"/*
    /usr/bin/time -f "%e %M %U %S" -o "$OUT/.t" bash -c "$*" >/dev/null 2>"$OUT/.err" || { echo "FAILED: $name" >&2; cat "$OUT/.err" >&2; return 1; }
    read -r t m u s < "$OUT/.t"; times+=("$t"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')"); (( m > rss )) && rss=$m
  done
  local med; med=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  local cpu; cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  if [ -z "$base" ] && [[ " $JOBS " == *" convert "* ]]; then base=$med; fi
  results+=("$(awk -v n="$name" -v t="$med" -v c="$cpu" -v r="$RECORDS" -v m="$rss" -v b="$base" -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { printf "| %s | %.2f | %.0f | %.0f | %.0f | %s | %s |", n, t, c, r / t, m / 1024, (b == "" ? "-" : sprintf("%.2f", t / b)), l }')")
  rm -rf "${OUT:?}"/*
}
export SOURCE_DATE_EPOCH=1767225600
for job in $JOBS; do
  case $job in
    convert) measure "convert --to jsonld (baseline)" "$EXP convert $IN --to jsonld -o $OUT/all.jsonld" ;;
    none) measure "publish --alternates none" "$EXP publish $IN --site $OUT/site --base-url https://library.example.net/ --alternates none" ;;
    default) measure "publish (default: jsonld,turtle,marcxml,marc21,dc beside each page)" "$EXP publish $IN --site $OUT/site --base-url https://library.example.net/" ;;
    *) echo "unknown job $job (convert, none, default)" >&2; exit 2 ;;
  esac
done
{
  echo "# Publish benchmark"
  echo
  echo "\`JOBS=\"$JOBS\" bench/publish.sh $N $RUNS\`, $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "Input: $RECORDS catalog-text records ($(stat -c %s "$IN") bytes). CLI: \`$EXP\`. Median of $RUNS runs (wall and CPU = user + sys seconds), peak RSS of the runs (\`/usr/bin/time\` %M); load is the 1-minute load average as each run ended."
  echo
  echo "| run | wall s | CPU s | records/s | peak RSS MB | time / convert | load |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${results[@]}"
} | tee "$RESULTS"
