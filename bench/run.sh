#!/usr/bin/env bash
# Whole-process benchmark: the exporter CLI against yaz-marcdump and MARC4J on the same ISO 2709 file (and against
# LoC's marc2bibframe2 on a 5,000-record MARCXML file, BF_RECORDS to change it),
# in the same run. Writes bench/results.md (machine, commands, median seconds, records/s, MB/s, peak RSS, ratios).
# Usage: bench/run.sh [RECORDS] [RUNS]     (defaults: 50000 records, 5 runs; median reported)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50000}; RUNS=${2:-5}
DATA=bench/data; mkdir -p "$DATA"
IN="$DATA/bench-$N.mrc"
[ -f "$IN" ] || tools/make-bench-marc.sh "$N" "$IN"
RECORDS=$(tr -cd '\035' < "$IN" | wc -c); BYTES=$(stat -c %s "$IN")
EXP=${EXP:-$(bench/cli.sh)}   # Release, native AOT, as deployed for batch work (EXP=command measures another build)
TEXT="$DATA/catalog-$N.txt"
if [ ! -f "$TEXT" ]; then   # a catalog-text file of about N records: the examples repeated
  : > "$TEXT"; per=$(( $(grep -c $'^\f$' examples/catalog.txt) + 1 ))
  for ((i = 0; i < N / per; i++)); do cat examples/catalog.txt >> "$TEXT"; printf '\f\n' >> "$TEXT"; done
fi
M4J=""
if [ -f /usr/share/java/marc4j.jar ] && command -v javac >/dev/null; then
  mkdir -p "$DATA/m4j"; javac -nowarn -d "$DATA/m4j" -cp /usr/share/java/marc4j.jar tools/peers/Marc4jPeer.java 2>/dev/null && M4J=yes
fi
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
# Every job runs once per round, rounds repeated RUNS times: the machine's drift (it is shared) hits every job and
# its peer alike. Per job: median wall, spread (min-max wall), median CPU seconds (user + sys), peak RSS.
NAMES=(); declare -A CMDS BYTESOF RECSOF
job() { NAMES+=("$1"); BYTESOF[$1]=$2; RECSOF[$1]=$3; CMDS[$1]=$4; }
job "yaz-marcdump ISO 2709 -> MARCXML" "$BYTES" "$RECORDS" "yaz-marcdump -i marc -o marcxml $IN > $OUT/y.xml"
job "exporter ISO 2709 -> MARCXML" "$BYTES" "$RECORDS" "$EXP convert $IN --to marcxml -o $OUT/e.xml --quiet"
job "exporter ISO 2709 -> MARCXML (1 thread)" "$BYTES" "$RECORDS" "$EXP convert $IN --to marcxml -o $OUT/e.xml --quiet --threads 1"
[ -n "$M4J" ] && job "MARC4J ISO 2709 -> MARCXML" "$BYTES" "$RECORDS" "java -cp /usr/share/java/marc4j.jar:$DATA/m4j Marc4jPeer iso2xml $IN $OUT/m.xml"
job "yaz-marcdump ISO 2709 -> ISO 2709" "$BYTES" "$RECORDS" "yaz-marcdump -i marc -o marc $IN > $OUT/y.mrc"
job "exporter ISO 2709 -> ISO 2709" "$BYTES" "$RECORDS" "$EXP convert $IN --to marc21 -o $OUT/e.mrc --quiet"
[ -n "$M4J" ] && job "MARC4J ISO 2709 -> ISO 2709" "$BYTES" "$RECORDS" "java -cp /usr/share/java/marc4j.jar:$DATA/m4j Marc4jPeer iso2iso $IN $OUT/m.mrc"
for fmt in mrk dc dcterms jsonld turtle ntriples json text; do
  job "exporter ISO 2709 -> $fmt" "$BYTES" "$RECORDS" "$EXP convert $IN --to $fmt --out-dir $OUT --quiet"
done
job "exporter ISO 2709 -> MARCXML+DC+JSON-LD+Turtle (one pass)" "$BYTES" "$RECORDS" "$EXP convert $IN --to marcxml,dc,jsonld,turtle --out-dir $OUT --quiet"
TBYTES=$(stat -c %s "$TEXT"); TRECS=$(( $(grep -c $'^\f$' "$TEXT") + 1 ))
job "exporter catalog text -> all formats (one pass)" "$TBYTES" "$TRECS" "$EXP convert $TEXT --to all --out-dir $OUT --quiet"
job "exporter ISO 2709 -> all formats (one pass)" "$BYTES" "$RECORDS" "$EXP convert $IN --to all --out-dir $OUT --quiet"
XML="$DATA/bench-$N.marc.xml"   # MARCXML input: the same records, written by the exporter
[ -f "$XML" ] || $EXP convert "$IN" --to marcxml -o "$XML" --quiet
XBYTES=$(stat -c %s "$XML")
job "yaz-marcdump MARCXML -> ISO 2709" "$XBYTES" "$RECORDS" "yaz-marcdump -i marcxml -o marc $XML > $OUT/yx.mrc"
job "exporter MARCXML -> ISO 2709" "$XBYTES" "$RECORDS" "$EXP convert $XML --to marc21 -o $OUT/ex.mrc --quiet"
job "exporter MARCXML -> ISO 2709 (1 thread)" "$XBYTES" "$RECORDS" "$EXP convert $XML --to marc21 -o $OUT/ex.mrc --quiet --threads 1"
job "exporter MARCXML -> MARCXML" "$XBYTES" "$RECORDS" "$EXP convert $XML --to marcxml -o $OUT/ex.xml --quiet"
job "exporter MARCXML -> MARCXML (1 thread)" "$XBYTES" "$RECORDS" "$EXP convert $XML --to marcxml -o $OUT/ex.xml --quiet --threads 1"
# BIBFRAME against LoC's marc2bibframe2 (issue #15): a smaller file, since the XSLT takes about a minute on 5,000 records
BN=${BF_RECORDS:-5000}; BMRC="$DATA/bench-$BN.mrc"; BXML="$DATA/bench-$BN.marc.xml"
XSL=tests/data/reference/marc2bibframe2/xsl/marc2bibframe2.xsl
[ -f "$BMRC" ] || tools/make-bench-marc.sh "$BN" "$BMRC"
[ -f "$BXML" ] || $EXP convert "$BMRC" --to marcxml -o "$BXML" --quiet
BRECS=$(grep -c '<record' "$BXML" || true); BBYTES=$(stat -c %s "$BXML"); BF="MARCXML -> BIBFRAME ($BRECS records)"
if command -v xsltproc >/dev/null; then
  job "marc2bibframe2 $BF" "$BBYTES" "$BRECS" "xsltproc --nonet --stringparam baseuri http://example.org/ -o $OUT/m2b.rdf $XSL $BXML"
fi
job "exporter $BF" "$BBYTES" "$BRECS" "$EXP convert $BXML --to bibframe -o $OUT/e.bf.rdf --base-uri http://example.org/ --quiet"
job "exporter $BF (1 thread)" "$BBYTES" "$BRECS" "$EXP convert $BXML --to bibframe -o $OUT/e.bf.rdf --base-uri http://example.org/ --quiet --threads 1"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
for ((j = 0; j < ${#NAMES[@]}; j++)); do : > "$OUT/.j$j"; done
for ((r = 0; r < RUNS; r++)); do
  for ((j = 0; j < ${#NAMES[@]}; j++)); do
    name=${NAMES[$j]}
    rm -rf "$OUT"/*   # outputs only: the timing files start with a dot
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/.t" bash -c "${CMDS[$name]}" >/dev/null 2>&1 || { echo "FAILED: $name" >&2; continue; }
    cat "$OUT/.t" >> "$OUT/.j$j"
  done
  echo "round $((r + 1)) of $RUNS done" >&2
done
median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
results=()
for ((j = 0; j < ${#NAMES[@]}; j++)); do
  name=${NAMES[$j]}; f="$OUT/.j$j"; [ -s "$f" ] || continue
  med=$(awk '{print $1}' "$f" | median); cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$f" | median)
  spread=$(awk 'NR==1{lo=$1;hi=$1} {if($1<lo)lo=$1; if($1>hi)hi=$1} END{printf "%.2f-%.2f", lo, hi}' "$f")
  rss=$(awk 'BEGIN{m=0} {if($4>m)m=$4} END{print m}' "$f")
  results+=("$name|$med|$spread|$cpu|$(awk -v r="${RECSOF[$name]}" -v t="$med" 'BEGIN{printf "%.0f", r/t}')|$(awk -v b="${BYTESOF[$name]}" -v t="$med" 'BEGIN{printf "%.1f", b/t/1e6}')|$((rss / 1024))")
  echo "$name: ${med}s ($spread) CPU ${cpu}s, peak ${rss} KB" >&2
done
dotnet build -c Release bench/Exporter.Benchmarks -v q -nologo >/dev/null
STAGES_ISO=$(dotnet bench/Exporter.Benchmarks/bin/Release/net10.0/Exporter.Benchmarks.dll stages "$IN")
STAGES_TEXT=$(dotnet bench/Exporter.Benchmarks/bin/Release/net10.0/Exporter.Benchmarks.dll stages "$TEXT")
STAGES_XML=$(dotnet bench/Exporter.Benchmarks/bin/Release/net10.0/Exporter.Benchmarks.dll stages "$XML" marc21 marcxml)
{
  echo "<!-- generated by bench/run.sh $N $RUNS on $(date -u +%Y-%m-%dT%H:%MZ) -->"
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(dotnet --version | sed 's/^/.NET SDK /'), $(yaz-marcdump -V 2>&1 | head -1)"
  echo
  echo "Input: $RECORDS records, $BYTES bytes ISO 2709 (tools/make-bench-marc.sh $N); catalog text: $TRECS records, $TBYTES bytes. Median of $RUNS interleaved rounds, whole process (start-up included); spread is the fastest and slowest run; CPU is user + sys. Load average before and after: $LOAD0 / $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| run | median wall s | spread s | median CPU s | records/s | MB/s | peak RSS MB |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for r in "${results[@]}"; do echo "| ${r//|/ | } |"; done
  echo
  echo "Ratios (throughput, median against median; > 1 means the exporter is faster):"
  echo
  echo "| conversion | exporter s | peer | peer s | wall ratio | CPU ratio (peer CPU / ours) |"
  echo "|---|---:|---|---:|---:|---:|"
  for pair in "ISO 2709 -> MARCXML|yaz-marcdump" "ISO 2709 -> MARCXML|MARC4J" "ISO 2709 -> ISO 2709|yaz-marcdump" "ISO 2709 -> ISO 2709|MARC4J" "MARCXML -> ISO 2709|yaz-marcdump" "$BF|marc2bibframe2"; do
    conv=${pair%%|*}; peer=${pair##*|}
    e=$(printf '%s\n' "${results[@]}" | awk -F'|' -v n="exporter $conv" '$1==n{print $2}')
    p=$(printf '%s\n' "${results[@]}" | awk -F'|' -v n="$peer $conv" '$1==n{print $2}')
    ec=$(printf '%s\n' "${results[@]}" | awk -F'|' -v n="exporter $conv" '$1==n{print $4}')
    pc=$(printf '%s\n' "${results[@]}" | awk -F'|' -v n="$peer $conv" '$1==n{print $4}')
    [ -n "$e" ] && [ -n "$p" ] && echo "| $conv | $e | $peer | $p | $(awk -v a="$e" -v b="$p" 'BEGIN{printf "%.2fx", b/a}') | $(awk -v a="$ec" -v b="$pc" 'BEGIN{printf "%.2fx", b/a}') |"
  done
  echo
  echo "Slowest single format against MARCXML writing (whole process, same input):"
  echo
  x=$(printf '%s\n' "${results[@]}" | awk -F'|' '$1=="exporter ISO 2709 -> MARCXML"{print $2}')
  echo "| format | s | times MARCXML |"
  echo "|---|---:|---:|"
  for fmt in mrk dc dcterms jsonld turtle ntriples json text; do
    t=$(printf '%s\n' "${results[@]}" | awk -F'|' -v n="exporter ISO 2709 -> $fmt" '$1==n{print $2}')
    [ -n "$t" ] && echo "| $fmt | $t | $(awk -v a="$t" -v b="$x" 'BEGIN{printf "%.2f", a/b}') |"
  done
  echo
  echo "Where the time goes, ISO 2709 input (bench/Exporter.Benchmarks stages; one thread, steady state, no disk):"
  echo
  echo "$STAGES_ISO"
  echo
  echo "Where the time goes, MARCXML input (frame: cutting records out of the bytes; parse: MARCXML to MARC records):"
  echo
  echo "$STAGES_XML"
  echo
  echo "Where the time goes, catalog-text input:"
  echo
  echo "$STAGES_TEXT"
} > bench/results.md
cat bench/results.md
