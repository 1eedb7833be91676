using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common.Text;
using Exporter.Interop.Tests.Rdf;
using Exporter.Interop.Tests.Support;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Interop.Tests.Bibframe;

/// <summary>
/// marc2bibframe2's BIBFRAME, made by xsltproc in the run, read by our `bibframe` format: each record back to the hub
/// agrees with our reading of the same MARCXML on the facts both converters carry (title, 001, ISBNs, first
/// contributor, languages).
/// </summary>
public sealed class BibframeReadingPeerTests
{
    public static TheoryData<string> Files =>
    [
        // marc4j/OCLC_814388508.xml: Greek 880s beside the romanized 245; marc2bibframe2 puts both scripts' mainTitle on one
        // bf:Title (the Greek one tagged el-grek) and reading takes the untagged first, as MARC reading takes the 245
        "marc4j/OCLC_814388508.xml", "marc4j/summerland.xml", "marc4j/chabon.xml", "pymarc/utf8.xml", "natlibfi/marcxml_2RecordsFrom1.xml",
    ];

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Marc2bibframe2_output_reads_back_as_the_marc_record_reads(string file)
    {
        using var docs = new RdfXmlDocuments();
        var bibframe = docs.PathOf("m2b.rdf");
        var input = TestEnvironment.TestData(["corpus", "marc", .. file.Split('/')]);
        var run = PeerTool.Run("xsltproc", ["--nonet", "--stringparam", "baseuri", "http://example.org/", "--stringparam", "pGenerationDatestamp", "2026-01-01T00:00:00",
            "-o", bibframe, TestEnvironment.TestData("reference", "marc2bibframe2", "xsl", "marc2bibframe2.xsl"), input]);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var registry = FormatRegistry.CreateDefault();

        var marc = Read(registry.Get("marcxml"), input).ToDictionary(r => r.CatalogNumber ?? "");
        var theirs = Read(registry.Get("bibframe"), bibframe);

        Assert.Equal(marc.Count, theirs.Count);
        foreach (var record in theirs)
        {
            var expected = marc[record.CatalogNumber ?? ""];
            Assert.Equal(Fold(expected.Title), Fold(record.Title));
            Assert.Equal(Isbns(expected), Isbns(record));
            Assert.Equal(expected.Languages.Order(), record.Languages.Order());
            if (expected.Contributors.Length > 0) Assert.Equal(Fold(expected.Contributors[0].Name), Fold(record.Contributors[0].Name));
        }
    }

    private static List<CatalogRecord> Read(IRecordFormat format, string path)
    {
        using var reader = format.CreateReader(File.OpenRead(path), new ReadOptions { Strictness = Strictness.Permissive, SourceName = path });
        var results = reader.ReadResults().ToList();
        Assert.All(results, r => Assert.False(r.IsRejected, string.Join("; ", r.Diagnostics)));
        return [.. results.Select(r => r.GetCatalog(NullDiagnostics.Instance))];
    }

    private static IEnumerable<string> Isbns(CatalogRecord r) => r.Identifiers.Where(i => i.Type == IdentifierType.Isbn).Select(i => i.Value).Order(StringComparer.Ordinal);

    /// <summary>Compared as BIBFRAME keeps values: NFC (the project's normalizer: the runtime's is a no-op under invariant
    /// globalization), white space folded, end punctuation and case ignored.</summary>
    private static string Fold(string s) =>
        string.Join(' ', UnicodeNormalizer.ToNfc(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ':', '/', ' ').ToLowerInvariant();
}
