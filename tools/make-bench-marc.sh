#!/usr/bin/env bash
# Builds a large ISO 2709 benchmark file from clean, real UTF-8 records of the visible corpus.
# Usage: make-bench-marc.sh RECORDS OUT.mrc   (RECORDS rounded up to whole copies of the base set)
# The base set is 100 real records (marc4j, ruby-marc, pymarc, traject); copies repeat it verbatim.
set -euo pipefail
want=${1:?records}; out=${2:?output file}
here=$(cd "$(dirname "$0")/../tests/data/corpus/marc" && pwd)
base=$(mktemp); trap 'rm -f "$base"' EXIT
for f in marc4j/065001035.mrc marc4j/brkrtest_UTF8.mrc marc4j/chabon.mrc marc4j/summerland.mrc \
         marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc marc4j/getty_test_1.mrc \
         marc4j/rec1.mrc marc4j/rec2.mrc marc4j/rec3.mrc marc4j/dp_004015001.mrc \
         ruby-marc/utf8.marc ruby-marc/utf8_multirecord.marc traject/date_resort_to_264.marc \
         traject/880_with_no_6.utf8.marc; do
  [ -f "$here/$f" ] && cat "$here/$f" >> "$base"
done
n=$(tr -cd '\035' < "$base" | wc -c)
copies=$(( (want + n - 1) / n ))
: > "$out"
for ((i = 0; i < copies; i++)); do cat "$base" >> "$out"; done
echo "$out: $((copies * n)) records, $(stat -c %s "$out") bytes ($n distinct)" >&2
