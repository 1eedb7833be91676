#!/bin/bash
# Regenerates tests/Exporter.Tests/PublicApi/Exporter.Core.approved.txt from the library as built now, after a
# change to Exporter.Core's public API that is meant. Review the diff (git diff) and commit the file with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Exporter.Tests
EXPORTER_UPDATE_PUBLIC_API=1 dotnet test tests/Exporter.Tests --no-build --filter "FullyQualifiedName~PublicApiTests"
rm -f tests/Exporter.Tests/PublicApi/Exporter.Core.received.txt
git --no-pager diff --stat -- tests/Exporter.Tests/PublicApi/Exporter.Core.approved.txt
