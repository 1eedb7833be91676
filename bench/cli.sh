#!/usr/bin/env bash
# Builds the exporter CLI the way it is deployed for batch work and prints the command that runs it:
# Release, published for this machine's runtime identifier with native AOT (as the linux-x64 tool package ships it:
# no JIT at run time), into bench/data/cli. Falls back to the plain Release build when publishing is not possible
# here (e.g. the ILCompiler package cannot be restored, or no linker), and says so on stderr.
# Usage: EXP=$(bench/cli.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
RID=$(dotnet --info 2>/dev/null | awk '/^ *RID:/{print $2; exit}')
OUT=bench/data/cli
if [ -n "$RID" ] && dotnet publish src/Exporter.Cli -c Release -r "$RID" -o "$OUT" -v q -nologo >/dev/null 2>&1; then
  echo "$PWD/$OUT/exporter"
else
  echo "bench/cli.sh: native AOT publish failed; using the plain Release build" >&2
  dotnet build -c Release src/Exporter.Cli -v q -nologo >/dev/null
  echo "dotnet $PWD/src/Exporter.Cli/bin/Release/net10.0/exporter.dll"
fi
