#!/usr/bin/env bash
# How the exporter tool is precompiled (docs/benchmarks.md, Packaging): native AOT (what the linux-x64 tool package
# ships) against ReadyToRun and the plain JIT build, on start-up (`exporter --version`, median of 10) and on a
# 50,000-record ISO 2709 -> MARCXML run (median of RUNS). Runs are interleaved so that the machine's drift hits
# every variant alike. Wall and CPU (user + sys) seconds: on a loaded machine CPU time is the steadier figure.
# Usage: bench/precompile.sh [RECORDS] [RUNS]     (defaults: 50000 records, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50000}; RUNS=${2:-5}
DATA=bench/data; mkdir -p "$DATA"
IN="$DATA/bench-$N.mrc"
[ -f "$IN" ] || tools/make-bench-marc.sh "$N" "$IN"
B="$DATA/precompile"; [ "${REBUILD:-1}" = 1 ] && rm -rf "$B"   # REBUILD=0 measures the builds already there
build() { [ -d "$B/$1" ] && return; echo "building $1..." >&2; shift; dotnet publish src/Exporter.Cli -c Release -nologo -v q "$@" >/dev/null; }
build jit -p:PublishAot=false -o "$B/jit"
build r2r -r linux-x64 -p:PublishAot=false -p:PublishReadyToRun=true --self-contained false -o "$B/r2r"
build aot -r linux-x64 -o "$B/aot"   # the project's default: native AOT, as the linux-x64 tool package ships it
declare -A CMD=([jit]="dotnet $B/jit/exporter.dll" [r2r]="$B/r2r/exporter" [aot]="$B/aot/exporter")
VARIANTS=(jit r2r aot)
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
wall() { /usr/bin/time -f '%e %U %S' -o "$OUT/.t" "$@" >/dev/null 2>&1; cat "$OUT/.t"; }   # wall, user, sys
median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
med() { awk -v k="$2" '{ print (k == "cpu") ? $2 + $3 : $1 }' "$1" | median; }   # k: wall or cpu (user + sys)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
for v in "${VARIANTS[@]}"; do : > "$OUT/$v.v"; : > "$OUT/$v.c"; done
for ((i = 0; i < 10; i++)); do
  for v in "${VARIANTS[@]}"; do wall ${CMD[$v]} --version >> "$OUT/$v.v"; done
done
for ((i = 0; i < RUNS; i++)); do
  for v in "${VARIANTS[@]}"; do wall ${CMD[$v]} convert "$IN" --to marcxml -o "$OUT/o.xml" --quiet >> "$OUT/$v.c"; done
done
echo "Load average before and after: $LOAD0 / $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| build | size of the tool | \`exporter --version\` wall s / CPU s (median of 10) | ISO 2709 -> MARCXML, $N records, wall s / CPU s (median of $RUNS) |"
echo "|---|---:|---:|---:|"
for v in "${VARIANTS[@]}"; do
  size=$(du -sh --exclude='*.pdb' --exclude='*.dbg' --exclude='*.xml' "$B/$v" | cut -f1)
  echo "| $v | $size | $(med "$OUT/$v.v" wall) / $(med "$OUT/$v.v" cpu) | $(med "$OUT/$v.c" wall) / $(med "$OUT/$v.c" cpu) |"
done
