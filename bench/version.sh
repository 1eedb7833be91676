#!/usr/bin/env bash
# `exporter --version` start-up time (issue #17: under 100 ms, median wall of 10 runs), and its CPU seconds.
# Usage: bench/version.sh [RUNS]     (EXP=command measures another build; default: the native AOT build of bench/cli.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
EXP=${EXP:-$(bench/cli.sh)}
t=$(mktemp); trap 'rm -f "$t"' EXIT
for ((i = 0; i < RUNS; i++)); do /usr/bin/time -f "%e %U %S" -a -o "$t" $EXP --version >/dev/null; done
median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
echo "exporter --version, $RUNS runs ($EXP): median wall $(awk '{print $1}' "$t" | median) s, spread $(awk 'NR==1{lo=$1;hi=$1} {if($1<lo)lo=$1; if($1>hi)hi=$1} END{printf "%.3f-%.3f", lo, hi}' "$t") s, median CPU $(awk '{printf "%.3f\n", $2 + $3}' "$t" | median) s; load $(cut -d' ' -f1-3 /proc/loadavg)"
