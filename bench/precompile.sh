#!/usr/bin/env bash
# How the exporter tool is precompiled (docs/benchmarks.md, Packaging): ReadyToRun (what the linux-x64 tool package
# ships) against native AOT and the plain JIT build, on start-up (`exporter --version`, median of 10) and on a
# 50,000-record ISO 2709 -> MARCXML run (median of RUNS). Runs are interleaved so that the machine's drift hits
# every variant alike. Native AOT is built here only to measure it: Newtonsoft.Json is not trim-safe (IL2104,
# IL3053), so the AOT build needs TreatWarningsAsErrors=false.
# Usage: bench/precompile.sh [RECORDS] [RUNS]     (defaults: 50000 records, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50000}; RUNS=${2:-5}
DATA=bench/data; mkdir -p "$DATA"
IN="$DATA/bench-$N.mrc"
[ -f "$IN" ] || tools/make-bench-marc.sh "$N" "$IN"
B="$DATA/precompile"; rm -rf "$B"
build() { echo "building $1..." >&2; shift; dotnet publish src/Exporter.Cli -c Release -nologo -v q "$@" >/dev/null; }
build jit -p:PublishReadyToRun=false -o "$B/jit"
build r2r -r linux-x64 -o "$B/r2r"
build aot -r linux-x64 -p:PublishAot=true -p:PublishReadyToRun=false -p:PublishSelfContained=true \
  -p:TreatWarningsAsErrors=false -o "$B/aot"
declare -A CMD=([jit]="dotnet $B/jit/exporter.dll" [r2r]="$B/r2r/exporter" [aot]="$B/aot/exporter")
VARIANTS=(jit r2r aot)
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
wall() { /usr/bin/time -f %e -o "$OUT/.t" "$@" >/dev/null 2>&1; cat "$OUT/.t"; }
median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
declare -A V C R
for v in "${VARIANTS[@]}"; do : > "$OUT/$v.v"; : > "$OUT/$v.c"; done
for ((i = 0; i < 10; i++)); do
  for v in "${VARIANTS[@]}"; do wall ${CMD[$v]} --version >> "$OUT/$v.v"; done
done
for ((i = 0; i < RUNS; i++)); do
  for v in "${VARIANTS[@]}"; do wall ${CMD[$v]} convert "$IN" --to marcxml -o "$OUT/o.xml" --quiet >> "$OUT/$v.c"; done
done
echo "| build | size of the tool | \`exporter --version\` s (median of 10) | ISO 2709 -> MARCXML, $N records, s (median of $RUNS) |"
echo "|---|---:|---:|---:|"
for v in "${VARIANTS[@]}"; do
  size=$(du -sh --exclude='*.pdb' --exclude='*.dbg' --exclude='*.xml' "$B/$v" | cut -f1)
  echo "| $v | $size | $(median < "$OUT/$v.v") | $(median < "$OUT/$v.c") |"
done
