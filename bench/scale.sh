#!/usr/bin/env bash
# Catalog-scale whole-process runs of the exporter CLI: wall time and peak RSS on large inputs, to show that memory
# stays flat and independent of input size (issue 7). Not a unit test; for the throughput ratios see bench/run.sh.
#   (a) ISO 2709 -> every format in one pass (--to all --out-dir)
#   (b) the same at 1/10 of the records (peak RSS must not grow with the input)
#   (c) MARCXML (made by the exporter from the ISO file; >= 1 GB at 1,000,000 records) -> marc21 and -> dc
#   (d) the ISO file gzipped -> marcxml (.gz input read transparently)
#   (e) the multi-GB ISO 2709 file -> marc21
#   (f) ISO 2709 -> bibframe (RDF/XML), issue 15: peak RSS must not grow from the smallest size to the largest
# Inputs are built with tools/make-bench-marc.sh into bench/data (gitignored); outputs are deleted after
# each run (1M records to all formats is tens of GB). Writes bench/scale-results.md.
# Usage: bench/scale.sh [RECORDS...]   (default 1000000; each size gets its own rows)
#   EXP=PATH skips the build (bench/cli.sh); ONLY=bibframe runs only (f), for each size (bench/scale.sh 50000 1000000), and writes bench/scale-bibframe-results.md.
#   KEEP=1 keeps the derived MARCXML and .gz inputs; FORCE=1 runs even when df says the disk looks short;
#   XML_RECORDS=M makes run (c)'s MARCXML from M records instead of N (200000 gives ~1.2 GB, enough for "1 GB").
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] && SIZES=("$@") || SIZES=(1000000)
DATA=bench/data; OUT=$DATA/scale-out; mkdir -p "$DATA"
RESULTS=bench/scale-results.md
[ "${ONLY:-}" = bibframe ] && RESULTS=bench/scale-bibframe-results.md
EXP=${EXP:-$(bench/cli.sh)} || { echo "build failed" >&2; exit 1; }   # EXP=... uses a CLI already built

rows=(); notes=(); remarks=(); commands=()

iso_input() {   # records -> path of the ISO 2709 file, built once
  local f="$DATA/bench-$1.mrc"
  [ -f "$f" ] || tools/make-bench-marc.sh "$1" "$f" >&2
  echo "$f"
}

records_in() { tr -cd '\035' < "$1" | wc -c; }

# run NAME RECORDS INPUT ARGS...: times `exporter convert INPUT ARGS... --quiet`, writes into $OUT, then deletes it.
run() {
  local name=$1 recs=$2 in=$3; shift 3
  rm -rf "$OUT"; mkdir -p "$OUT"
  local cmd="$EXP convert $in $* --quiet"
  commands+=("$name: \`$cmd\`")
  echo "$name ..." >&2
  /usr/bin/time -f "%e %M" -o "$DATA/.scale-time" $cmd 2> "$DATA/.scale-err" >/dev/null
  local rc=$? secs rss
  read -r secs rss < <(tail -n 1 "$DATA/.scale-time")
  local counts; counts=$(grep -o 'read [0-9]*, written [0-9]*, rejected [0-9]*' "$DATA/.scale-err" | tail -n 1)
  local read written rejected
  read -r read written rejected < <(echo "$counts" | awk '{gsub(",", ""); print $2, $4, $6}')
  local outbytes; outbytes=$(du -sb "$OUT" | cut -f1)
  local sizes; sizes=$(find "$OUT" -type f -printf '%f %s\n' | sort | awk '{printf "%s%s %.1f MB", sep, $1, $2/1e6; sep="; "}')
  local bytes; bytes=$(stat -L -c %s "$in")
  local status="ok"
  [ "$rc" -eq 0 ] || status="exit $rc: $(grep -v '^read ' "$DATA/.scale-err" | head -n 3 | tr '\n' ' ')"
  [ "${read:-x}" = "$recs" ] || status="$status; read ${read:-?} != $recs records in the input"
  rows+=("$name|$recs|$bytes|$secs|$(awk -v r="$recs" -v t="$secs" 'BEGIN{printf "%.0f", (t > 0 ? r/t : 0)}')|$(awk -v b="$bytes" -v t="$secs" 'BEGIN{printf "%.1f", (t > 0 ? b/t/1e6 : 0)}')|$((rss / 1024))|${read:-?}|${written:-?}|${rejected:-?}|$outbytes|$status")
  notes+=("$name: $sizes")
  echo "  ${secs}s, peak RSS $((rss / 1024)) MB, ${counts:-no summary}, $status" >&2
  rm -rf "$OUT"
}

for N in "${SIZES[@]}"; do
  TENTH=$(( N / 10 > 0 ? N / 10 : 1 ))
  ISO=$(iso_input "$N"); SMALL=$(iso_input "$TENTH")
  RECS=$(records_in "$ISO"); SMALL_RECS=$(records_in "$SMALL"); ISO_BYTES=$(stat -c %s "$ISO")
  # Disk: the MARCXML copy (~1.7x), the .gz (~0.2x) and run (a)'s outputs (all formats: ~13.5x the input).
  if [ "${ONLY:-}" = bibframe ]; then
    run "(f) ISO 2709 -> bibframe" "$RECS" "$ISO" --to bibframe -o "$OUT/f.bf.rdf"
    continue
  fi
  NEED=$(( ISO_BYTES * 16 )); FREE=$(( $(df -P -B1 "$DATA" | awk 'NR==2{print $4}') ))
  echo "$N records: input $((ISO_BYTES / 1000000)) MB; about $((NEED / 1000000000)) GB of scratch needed, $((FREE / 1000000000)) GB free" >&2
  if (( FREE < NEED )) && [ "${FORCE:-0}" != 1 ]; then
    remarks+=("$N records: SKIPPED, $((FREE / 1000000000)) GB free on $(df -P "$DATA" | awk 'NR==2{print $6}') but about $((NEED / 1000000000)) GB needed (FORCE=1 to try anyway)")
    echo "  disk looks short: skipped (FORCE=1 to run anyway)" >&2
    continue
  fi

  run "(a) ISO 2709 -> all formats, one pass" "$RECS" "$ISO" --to all --out-dir "$OUT"
  run "(b) ISO 2709 -> all formats, 1/10 size" "$SMALL_RECS" "$SMALL" --to all --out-dir "$OUT"

  XN=${XML_RECORDS:-$N}; XML="$DATA/scale-$XN.marc.xml"
  XISO=$(iso_input "$XN"); XRECS=$(records_in "$XISO")
  if [ ! -f "$XML" ]; then
    echo "making $XML ..." >&2
    $EXP convert "$XISO" --to marcxml -o "$XML" --quiet 2>/dev/null || { echo "could not make $XML" >&2; rm -f "$XML"; }
  fi
  if [ -f "$XML" ]; then
    XML_BYTES=$(stat -c %s "$XML")
    (( XML_BYTES >= 1000000000 )) || remarks+=("(c) at $XN records the MARCXML input is $((XML_BYTES / 1000000)) MB, under the 1 GB the issue asks for: run with more records")
    run "(c) MARCXML -> marc21" "$XRECS" "$XML" --to marc21 -o "$OUT/c.mrc"
    run "(c) MARCXML -> dc" "$XRECS" "$XML" --to dc -o "$OUT/c.dc.xml"
    [ "${KEEP:-0}" = 1 ] || rm -f "$XML"
  fi

  GZ="$DATA/bench-$N.mrc.gz"
  [ -f "$GZ" ] || { echo "gzipping $ISO ..." >&2; gzip -1 -c "$ISO" > "$GZ"; }
  run "(d) gzipped ISO 2709 -> marcxml" "$RECS" "$GZ" --to marcxml -o "$OUT/d.marc.xml"
  [ "${KEEP:-0}" = 1 ] || rm -f "$GZ"

  run "(e) ISO 2709 -> marc21" "$RECS" "$ISO" --to marc21 -o "$OUT/e.mrc"
done

{
  echo "<!-- generated by bench/scale.sh ${SIZES[*]} on $(date -u +%Y-%m-%dT%H:%MZ) -->"
  echo "# Catalog-scale runs"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(dotnet --version | sed 's/^/.NET SDK /'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo
  echo "Inputs: tools/make-bench-marc.sh N (real UTF-8 records repeated); MARCXML made by the exporter from"
  echo "the ISO file; gzip -1. One run each, whole process (start-up included), \`/usr/bin/time -f \"%e %M\"\`. MB/s is"
  echo "input bytes (compressed for .gz) per second. read/written/rejected are the CLI's own summary and must reconcile"
  echo "with the records in the input."
  echo
  echo "| run | records | input bytes | s | records/s | MB/s | peak RSS MB | read | written | rejected | output bytes | status |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for r in "${rows[@]}"; do echo "| ${r//|/ | } |"; done
  echo
  if [ ${#remarks[@]} -gt 0 ]; then
    echo "Remarks:"
    echo
    for n in "${remarks[@]}"; do echo "- $n"; done
    echo
  fi
  echo "Output files per run:"
  echo
  for n in "${notes[@]}"; do echo "- $n"; done
  echo
  echo "Commands (\$OUT is bench/data/scale-out, emptied after each run):"
  echo
  for c in "${commands[@]}"; do echo "- $c"; done
} > "$RESULTS"
cat "$RESULTS"
