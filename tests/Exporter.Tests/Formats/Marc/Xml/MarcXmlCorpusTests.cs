using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc.Xml;

public class MarcXmlCorpusTests
{
    private static List<MarcReadResult> ReadXml(string path, MarcXmlReaderOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        using var reader = new MarcXmlReader(stream, options);
        return [.. reader.ReadAll()];
    }

    private static List<MarcReadResult> ReadIso(string path)
    {
        using var stream = File.OpenRead(path);
        return [.. new Iso2709Reader(stream).ReadAll()];
    }

    private static void AssertTwins(string iso, string xml)
    {
        var fromIso = ReadIso(iso);
        var fromXml = ReadXml(xml);
        Assert.Equal(fromIso.Count, fromXml.Count);
        for (var i = 0; i < fromIso.Count; i++)
        {
            Assert.Equal(fromIso[i].Record!.AllFields.ToArray(), fromXml[i].Record!.AllFields.ToArray());
            Assert.Equal(fromIso[i].Record!.Leader.Value[5..12], fromXml[i].Record!.Leader.Value[5..12]);
        }
    }

    [Fact]
    public void Iso2709_and_marcxml_twins_give_the_same_records() =>
        AssertTwins(TestEnvironment.Fixture("Marc", "chabon.mrc"), TestEnvironment.Fixture("Marc", "chabon.xml"));

    [SkippableFact]
    public void Corpus_twins_give_the_same_records() =>
        AssertTwins(MarcCorpus.Root + "/traject/test_data.utf8.mrc", MarcCorpus.Root + "/traject/test_data.utf8.marc.xml");

    [SkippableFact]
    public void Every_xml_file_is_read_or_rejected_in_both_modes_without_exceptions()
    {
        var problems = new List<string>();
        var records = 0;
        foreach (var file in MarcCorpus.XmlFiles())
        {
            foreach (var options in new[] { MarcXmlReaderOptions.Default, new MarcXmlReaderOptions { Strictness = MarcStrictness.Permissive } })
            {
                foreach (var r in ReadXml(file, options))
                {
                    records++;
                    if (r.IsRejected != r.Diagnostics.Any(d => d.Severity == Severity.Error)) problems.Add($"{MarcCorpus.Name(file)} #{r.Index}: rejected iff error broken");
                    if (r.Diagnostics.Any(d => d.Line is null)) problems.Add($"{MarcCorpus.Name(file)} #{r.Index}: diagnostic without a line");
                }
            }
        }

        Assert.True(records > 200, $"only {records} results");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [InlineData("marc4j/chabon.xml", 2, 0)]
    [InlineData("marc4j/1474920681_KOHA_LFL_5.xml", 1, 0)]
    [InlineData("marc4j/chabon-missing-controlfield-tag.xml", 1, 1)]
    [InlineData("marc4j/chabon-missing-subfield-code.xml", 1, 1)]
    [InlineData("marc4j/chabon-bad-subfields-element.xml", 1, 1)]
    [InlineData("marc4j/cruel-cruel-indicatorless-summerland.xml", 1, 1)]
    [InlineData("folio-srm/xmlMarcRecord.xml", 1, 0)]
    [InlineData("marc-perl/xml_empty-record.xml", 1, 0)]
    [InlineData("marc-perl/xml_namespace.xml", 1, 1)] // ind1="" in strict
    [InlineData("marc-perl/xml_invalid.xml", 0, 0)]
    [InlineData("traject/sample-oai-no-namespace.xml", 0, 0)]
    [InlineData("traject/sample-oai-pmh.xml", 0, 0)]
    [InlineData("ruby-marc/three-records-second-bad.xml", 2, 1)]
    [InlineData("natlibfi/marcxml_erroneous.xml", 1, 1)]
    public void Known_files_give_the_expected_records_and_rejections(string file, int results, int rejected)
    {
        var all = ReadXml(Path.Combine(MarcCorpus.Root, file));
        Assert.Equal(results, all.Count);
        Assert.Equal(rejected, all.Count(r => r.IsRejected));
    }
}
