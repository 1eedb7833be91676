using Xunit.Abstractions;

namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// The peer comparison for files labelled MARC-8 (yaz run with <c>-f MARC-8 -t UTF-8</c>): 18 files where the peers
/// agree, all read alike but the two deliberate differences (LoC's lossless-conversion references); and the one
/// mixed file where they agree.
/// </summary>
public class MarcPeerAgreementMarc8Tests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Default_reading_of_marc8_files_matches_yaz_and_marc4j_where_they_agree() =>
        MarcPeerAgreementRun.Run(MarcCorpusFiles.Profile.Marc8, expectedCompared: 18, output);

    [SkippableFact]
    public void Default_reading_of_files_mixing_utf8_and_marc8_matches_yaz_and_marc4j_where_they_agree() =>
        MarcPeerAgreementRun.Run(MarcCorpusFiles.Profile.Mixed, expectedCompared: 1, output);
}
