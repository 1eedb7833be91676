#!/usr/bin/env bash
# Packs the library and the tool, installs the tool from the local feed into a temporary tool path, and runs the
# installed `exporter` on the examples: the README's install and main job, as a user runs them, then reads every
# output back (each reader and writer of the installed build, native AOT on linux-x64). Fails on any step.
# Usage: tools/check-tool-package.sh        (called by .ci/run; a minute or two)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
version=$(dotnet msbuild src/Exporter.Cli -getProperty:Version -nologo)

echo "== dotnet pack -c Release -o $work/artifacts"
start=$SECONDS
dotnet pack Exporter.sln -c Release -o "$work/artifacts" -nologo -v q
ls "$work/artifacts"
for p in Exporter.Core Exporter.Cli Exporter.Cli.linux-x64 Exporter.Cli.any; do
  [ -f "$work/artifacts/$p.$version.nupkg" ] || { echo "missing package $p.$version.nupkg" >&2; exit 1; }
done

echo "== dotnet tool install --tool-path $work/tools --add-source $work/artifacts Exporter.Cli --version $version"
dotnet tool install --tool-path "$work/tools" --add-source "$work/artifacts" Exporter.Cli --version "$version"
export PATH="$work/tools:$PATH"
[ "$(command -v exporter)" = "$work/tools/exporter" ] || { echo "exporter is not the installed tool" >&2; exit 1; }

shown=$(exporter --version)
[ "$shown" = "$version" ] || { echo "exporter --version printed '$shown', the package version is '$version'" >&2; exit 1; }
echo "exporter --version: $shown"

echo "== exporter convert examples/CX7118.txt examples/catalog.txt --to all --rights http://rightsstatements.org/vocab/CNE/1.0/ --language eng --out-dir $work/out"
epoch=$(sed -n 's/.*SOURCE_DATE_EPOCH:-\([0-9]*\).*/\1/p' examples/regenerate.sh)
SOURCE_DATE_EPOCH=$epoch exporter convert examples/CX7118.txt examples/catalog.txt --to all --rights http://rightsstatements.org/vocab/CNE/1.0/ --language eng --out-dir "$work/out"
if ! diff -r "$work/out" examples/out >/dev/null; then
  diff -rq "$work/out" examples/out >&2 || true
  echo "the installed tool's output differs from examples/out: run examples/regenerate.sh and commit the result" >&2
  exit 1
fi
# Every reader and writer in the installed build (native AOT on linux-x64): read each output back, write all formats.
echo "== exporter convert $work/out --to all --out-dir $work/back"
exporter convert "$work/out" --to all --out-dir "$work/back" --quiet
# The README's publish example, with the installed build: the site must be examples/site byte for byte.
echo "== exporter publish examples/CX7118.txt examples/catalog.txt --site $work/site --base-url https://library.example.net/"
SOURCE_DATE_EPOCH=$epoch exporter publish examples/CX7118.txt examples/catalog.txt --site "$work/site" --base-url https://library.example.net/ --quiet
if ! diff -r "$work/site" examples/site >/dev/null; then
  diff -rq "$work/site" examples/site >&2 || true
  echo "the installed tool's site differs from examples/site: run examples/regenerate.sh and commit the result" >&2
  exit 1
fi
echo "installed tool: packed, installed, examples match examples/out and examples/site ($((SECONDS - start)) s)"
