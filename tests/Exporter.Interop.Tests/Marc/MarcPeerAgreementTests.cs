using Xunit.Abstractions;

namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// For every ISO 2709 corpus file that yaz-marcdump and MARC4J both read cleanly and the same way (the consensus
/// reading), the reading of <c>exporter convert</c> by default (permissive) gives the same records, field by field and
/// subfield by subfield (NFC; leader lengths and leader/09 aside): 76 such files need no MARC-8 conversion, and all
/// agree. The files where we deliberately differ are listed in <see cref="MarcDeliberateDifferences"/> and in
/// docs/formats/marc.md. Files that need MARC-8 are in <see cref="MarcPeerAgreementMarc8Tests"/>.
/// </summary>
public class MarcPeerAgreementTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Default_reading_matches_yaz_and_marc4j_where_they_agree() =>
        MarcPeerAgreementRun.Run(MarcCorpusFiles.Profile.NoConversion, expectedCompared: 76, output);
}
