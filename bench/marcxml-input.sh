#!/usr/bin/env bash
# MARCXML input (issue #17): what reading MARCXML costs and whether it scales with cores. Builds
# tools/make-bench-marc.sh RECORDS, writes it as MARCXML with the exporter, then times on that one file, in interleaved
# rounds (every job once per round): yaz-marcdump -i marcxml -o marc (the peer), and the exporter --to marc21 and
# --to marcxml, with --threads 1 and --threads 2. EXP_BASE=command adds the same four jobs for another build (e.g. the
# branch point), so that a change is measured against its base in the same run. Whole process; CPU = user + sys.
# Usage: [EXP=cmd] [EXP_BASE=cmd] bench/marcxml-input.sh [RECORDS] [RUNS]      (defaults 50000 records, 5 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50000}; RUNS=${2:-5}
DATA=bench/data; mkdir -p "$DATA"
ISO="$DATA/bench-$N.mrc"; XML="$DATA/bench-$N.marc.xml"
[ -f "$ISO" ] || tools/make-bench-marc.sh "$N" "$ISO"
EXP=${EXP:-$(bench/cli.sh)}
[ -f "$XML" ] || $EXP convert "$ISO" --to marcxml -o "$XML" --quiet
RECORDS=$(grep -c '<record>' "$XML"); BYTES=$(stat -c %s "$XML")
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
NAMES=(); declare -A CMDS
job() { NAMES+=("$1"); CMDS[$1]=$2; }
job "yaz-marcdump -i marcxml -o marc" "yaz-marcdump -i marcxml -o marc $XML > $OUT/y.mrc"
for build in new base; do
  cmd=$EXP; [ "$build" = base ] && { [ -n "${EXP_BASE:-}" ] || continue; cmd=$EXP_BASE; }
  for t in 1 2; do
    job "$build --to marc21 --threads $t" "$cmd convert $XML --to marc21 -o $OUT/e.mrc --quiet --threads $t"
    job "$build --to marcxml --threads $t" "$cmd convert $XML --to marcxml -o $OUT/e.xml --quiet --threads $t"
  done
done
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 0; r < RUNS; r++)); do
  for ((j = 0; j < ${#NAMES[@]}; j++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/.t" bash -c "${CMDS[${NAMES[$j]}]}" >/dev/null 2>&1 || { echo "FAILED: ${NAMES[$j]}" >&2; continue; }
    cat "$OUT/.t" >> "$OUT/.j$j"
    rm -f "$OUT"/e.* "$OUT"/y.*
  done
  echo "round $((r + 1)) of $RUNS done" >&2
done
median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
yw=$(awk '{print $1}' "$OUT/.j0" | median); yc=$(awk '{printf "%.2f\n", $2 + $3}' "$OUT/.j0" | median)
echo "<!-- bench/marcxml-input.sh $N $RUNS, $(date -u +%Y-%m-%dT%H:%MZ) -->"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average before/after: $LOAD0 / $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Input: $RECORDS records, $BYTES bytes of MARCXML (tools/make-bench-marc.sh $N, written --to marcxml). Medians of $RUNS interleaved rounds; spread = fastest-slowest wall."
echo
echo "| run | wall s (median) | spread s | CPU s (median) | µs CPU/record | peak RSS MB | wall / yaz | CPU / yaz |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for ((j = 0; j < ${#NAMES[@]}; j++)); do
  f="$OUT/.j$j"; [ -s "$f" ] || continue
  w=$(awk '{print $1}' "$f" | median); c=$(awk '{printf "%.2f\n", $2 + $3}' "$f" | median)
  spread=$(awk 'NR==1{lo=$1;hi=$1} {if($1<lo)lo=$1; if($1>hi)hi=$1} END{printf "%.2f-%.2f", lo, hi}' "$f")
  rss=$(awk 'BEGIN{m=0} {if($4>m)m=$4} END{print int(m/1024)}' "$f")
  echo "| ${NAMES[$j]} | $w | $spread | $c | $(awk -v c="$c" -v n="$RECORDS" 'BEGIN{printf "%.1f", c*1e6/n}') | $rss | $(awk -v a="$w" -v b="$yw" 'BEGIN{printf "%.2f", a/b}') | $(awk -v a="$c" -v b="$yc" 'BEGIN{printf "%.2f", a/b}') |"
done
