#!/usr/bin/env bash
# Regenerates examples/out/ from the example catalog with the CLI: every target format, one file per input. It is the
# README's main command, and CI checks the installed tool gives these bytes (tools/check-tool-package.sh).
# SOURCE_DATE_EPOCH pins generated timestamps (MARC 005/008, OAI responseDate) so the output is reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"   # 2026-01-01T00:00:00Z
rm -rf examples/out
dotnet run --project src/Exporter.Cli -c Release -- \
  convert examples/CX7118.txt examples/catalog.txt --to all \
    --rights http://rightsstatements.org/vocab/CNE/1.0/ --language eng --out-dir examples/out
ls -l examples/out
# The README's publish example: a static site (record pages with JSON-LD, sitemap, robots.txt) in examples/site.
dotnet run --project src/Exporter.Cli -c Release -- \
  publish examples/CX7118.txt examples/catalog.txt --site examples/site --base-url https://library.example.net/
