using System.Text;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Interop.Tests.Support;
using Exporter.Pipeline;

namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// Every example record (examples/*.txt) written by the marc21 and marcxml formats, checked by independent tools:
/// yaz-marcdump and MARC4J read our ISO 2709 as we meant it, MARC::Lint finds nothing in ISBD output, and our
/// MARCXML validates against the MARC 21 slim schema.
/// </summary>
public class MarcExampleInteropTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

    private static byte[] Write(string format, MarcWriteOptions marc)
    {
        var registry = FormatRegistry.CreateDefault();
        var options = new WriteOptions { Clock = Clock, Formats = FormatOptionBag.Empty.With(marc) };
        var ms = new MemoryStream();
        using (var w = new CatalogRecordWriter(ms, registry.Get(format).CreateEncoder(options), leaveOpen: true))
        {
            foreach (var name in new[] { "CX7118.txt", "catalog.txt" })
            {
                using var reader = registry.Get("text").CreateReader(File.OpenRead(Path.Combine(TestEnvironment.RepoRoot, "examples", name)), new ReadOptions());
                foreach (var record in reader.ReadAll()) w.Write(record);
            }

            w.Complete();
        }

        return ms.ToArray();
    }

    public static TheoryData<string> Punctuations() => ["minimal", "isbd"];

    private static MarcWriteOptions Options(string punctuation) => new()
    {
        OrganizationCode = "XxExp",
        Punctuation = punctuation == "isbd" ? MarcPunctuation.Isbd : MarcPunctuation.Minimal,
    };

    [SkippableTheory]
    [MemberData(nameof(Punctuations))]
    public void Yaz_and_marc4j_read_our_iso2709_as_our_marcxml_says(string punctuation)
    {
        var ours = MarcXmlView.OfXml(Write("marcxml", Options(punctuation)));
        var iso = Write("marc21", Options(punctuation));
        Assert.Equal(12, ours.Count);
        var yaz = MarcPeers.YazBytes(iso);
        Assert.False(yaz.Complained, yaz.StdErr);
        Assert.Null(MarcXmlView.Diff(ours, MarcXmlView.OfXml(yaz.Xml), "ours", "yaz"));
        var marc4j = MarcPeers.Marc4jBytes(iso);
        Assert.False(marc4j.Complained, marc4j.StdErr);
        Assert.Null(MarcXmlView.Diff(ours, MarcXmlView.OfXml(marc4j.Xml), "ours", "marc4j"));
    }

    [SkippableFact]
    public void Marc_lint_reports_nothing_for_isbd_output()
    {
        var path = Path.Combine(Path.GetTempPath(), "exporter-lint-" + Guid.NewGuid().ToString("N") + ".mrc");
        File.WriteAllBytes(path, Write("marc21", Options("isbd")));
        try
        {
            var r = PeerTool.Run("marclint", [path]);
            var complaints = r.StdOut.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(path, StringComparison.Ordinal)
                && !l.StartsWith(" Recs", StringComparison.Ordinal) && !l.StartsWith("-----", StringComparison.Ordinal)
                && !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+12\s+0\s")).ToList();
            Assert.True(complaints.Count == 0 && r.StdOut.Contains("   12     0 ", StringComparison.Ordinal), r.StdOut + r.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Punctuations))]
    public void Our_marcxml_validates_against_the_marc21_slim_schema(string punctuation)
    {
        var xsd = TestEnvironment.TestData("reference", "xsd", "MARC21slim.xsd");
        var r = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", xsd, "-"], Write("marcxml", Options(punctuation)));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("validates", r.StdErr, StringComparison.Ordinal);
    }
}
