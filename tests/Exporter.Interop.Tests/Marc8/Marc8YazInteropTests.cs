using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Marc8;

/// <summary>
/// The same field-by-field comparison as <see cref="Marc8Marc4jInteropTests"/>, against yaz-marcdump
/// (-f MARC-8 -t UTF-8 -o marcxml) on the well-formed MARC-8 records, including the ones MARC4J crashes on.
/// </summary>
public sealed class Marc8YazInteropTests
{
    public static TheoryData<string> Files => new()
    {
        "marc-perl/charset_cjk1.marc", "marc-perl/charset_cjk2.marc", "marc-perl/charset_cjk3.marc",
        "marc-perl/charset_cjk4.marc", "marc-perl/charset_cyrillic.marc", "marc-perl/charset_hebrew1.marc",
        "marc-perl/charset_hebrew2.marc", "marc-perl/charset_hebrew3.marc", "marc-perl/charset_hebrew4.marc",
        "marc4j/brkrtest.mrc", "marc4j/selectedRecs.mrc", "marc4j/u335.mrc", "marc4j/samples_diacritic4.mrc",
        "pymarc/marc8.dat", "pymarc/bad_marc8_escape.dat", "traject/one-marc8.mrc", "yaz/marc7.marc", "yaz/marc9.marc",
    };

    /// <summary>"file#record tag" -> why we deliberately differ from yaz (kept in step with docs/formats/marc8.md).</summary>
    public static IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>
    {
        ["pymarc/bad_marc8_escape.dat#0 *"] = "unknown escape ESC t: yaz empties the subfield, we drop the ESC, keep the text and report MARC8004",
    };

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void DecodesLikeYaz(string file)
    {
        var path = TestEnvironment.TestData("corpus", "marc", file);
        var xml = Path.Combine(Path.GetTempPath(), "marc8-yaz-" + Guid.NewGuid().ToString("N") + ".xml");
        try
        {
            var run = PeerTool.Run("yaz-marcdump", ["-f", "MARC-8", "-t", "UTF-8", "-o", "marcxml", path]);
            Assert.True(run.ExitCode == 0, run.StdErr);
            File.WriteAllBytes(xml, run.StdOutBytes);
            var theirs = Marc4jFields.Read(xml);
            var ours = RawMarcRecord.Split(File.ReadAllBytes(path));
            Assert.Equal(ours.Count, theirs.Count);
            var mismatches = new List<string>();
            for (var r = 0; r < ours.Count; r++)
            {
                var mine = ours[r].Fields.Select(f => Marc8Marc4jInteropTests.Render(f.Tag, f.Data)).ToList();
                Assert.Equal(mine.Count, theirs[r].Count);
                for (var f = 0; f < mine.Count; f++)
                {
                    if (mine[f] == theirs[r][f] || KnownDifferences.ContainsKey($"{file}#{r} {ours[r].Fields[f].Tag}") || KnownDifferences.ContainsKey($"{file}#{r} *")) continue;
                    mismatches.Add($"{file}#{r}\n  ours: {Marc8Marc4jInteropTests.Around(mine[f], theirs[r][f])}\n  yaz:  {Marc8Marc4jInteropTests.Around(theirs[r][f], mine[f])}");
                }
            }

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        }
        finally
        {
            File.Delete(xml);
        }
    }
}
