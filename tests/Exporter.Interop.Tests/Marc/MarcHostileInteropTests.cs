using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Interop.Tests.Support;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// A seeded sample of hub records full of hostile strings (combining marks, right-to-left text, astral characters,
/// quotes, backslashes, markup characters, MARC delimiters and other control characters, MARC-8-looking escapes)
/// written as ISO 2709 and MARCXML: yaz-marcdump and MARC4J read every ISO 2709 record without complaint and as our
/// MARCXML says, and the MARCXML validates against the MARC 21 slim schema. (The ISO 2709 delimiters 0x1D-0x1F
/// cannot be data: the writer refuses such a record with MARC0303 rather than corrupt it; other C0 controls are
/// illegal in XML 1.0, so MARCXML carries them as U+FFFD with a warning, and a subject "a -- -- b" would make an empty
/// $x that MARC4J drops: both are left out of this comparison.)
/// </summary>
public class MarcHostileInteropTests
{
    private static readonly string[] Pieces =
    [
        "Lenin", "e\u0301te\u0301", "\u05E2\u05D1\u05E8\u05D9\u05EA", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u7EA2\u697C\u68A6",
        "\U0001F600", "\U0001D518", "\"q\"", "back\\slash", "<&>", "$a", "{dollar}", "1.",
        "\t", "\u00A0", "\u200F", "\uFFFD", "x:y", "(note)",
    ];

    private static string Text(Random rnd) => UnicodeNormalizer.ToNfc(
        string.Join(" ", Enumerable.Range(0, rnd.Next(1, 6)).Select(_ => Pieces[rnd.Next(Pieces.Length)])));

    private static IEnumerable<CatalogRecord> Records()
    {
        var rnd = new Random(20261128);
        for (var i = 0; i < 40; i++)
        {
            yield return new CatalogRecord
            {
                Title = Text(rnd), Subtitle = Text(rnd), Publisher = Text(rnd), Place = Text(rnd), YearPublished = rnd.Next(1000, 2100),
                Contributors = [Contributor.Person(Text(rnd)), new Contributor(Text(rnd), [ContributorRoles.Editor], AgentKind.Organization)],
                Identifiers = [new Identifier(IdentifierType.Local, "H" + i), new Identifier(IdentifierType.Url, "https://x.example/" + i)],
                Description = Text(rnd), Abstract = Text(rnd), Notes = [Text(rnd)],
                Reviews = [new Review([Text(rnd), Text(rnd)], Text(rnd))],
                Contents = [new ContentsSection(Text(rnd), [new ContentsEntry(Text(rnd), "1"), new ContentsEntry(Text(rnd))])],
                Subjects = [new Subject(Text(rnd) + "--" + Text(rnd), "lcsh"), new Subject(Text(rnd), "fast", SubjectKind.Person)],
            };
        }
    }

    private static byte[] Write(string format)
    {
        var options = new WriteOptions { Clock = new FixedClock(DateTimeOffset.UnixEpoch), Formats = FormatOptionBag.Empty.With(new MarcWriteOptions()) };
        var ms = new MemoryStream();
        using (var w = new CatalogRecordWriter(ms, FormatRegistry.CreateDefault().Get(format).CreateEncoder(options), leaveOpen: true))
        {
            foreach (var r in Records()) w.Write(r);
            w.Complete();
        }

        return ms.ToArray();
    }

    [SkippableFact]
    public void Peers_read_hostile_records_as_we_wrote_them()
    {
        var ours = MarcXmlView.OfXml(Write("marcxml"));
        var iso = Write("marc21");
        Assert.Equal(40, ours.Count);
        var yaz = MarcPeers.YazBytes(iso);
        Assert.False(yaz.Complained, yaz.StdErr);
        Assert.Null(MarcXmlView.Diff(ours, MarcXmlView.OfXml(yaz.Xml), "ours", "yaz"));
        var marc4j = MarcPeers.Marc4jBytes(iso);
        Assert.False(marc4j.Complained, marc4j.StdErr);
        var m4jDiff = MarcXmlView.Diff(ours, MarcXmlView.OfXml(marc4j.Xml), "ours", "marc4j");
        Assert.Null(m4jDiff);
    }

    [SkippableFact]
    public void Hostile_marcxml_validates_against_the_schema()
    {
        var file = Path.Combine(Path.GetTempPath(), "exporter-hostile-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllBytes(file, Write("marcxml"));
        try
        {
            var r = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", TestEnvironment.TestData("reference", "xsd", "MARC21slim.xsd"), file]);
            Assert.True(r.ExitCode == 0, r.StdErr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
