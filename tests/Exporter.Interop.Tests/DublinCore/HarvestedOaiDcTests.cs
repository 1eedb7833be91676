using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// Real OAI-PMH oai_dc responses harvested from a Blacklight provider (traject's test support files, see
/// ../shared/corpus/marc/MANIFEST.md): every record is read with its header, and the extra
/// dpla:originalRecord inside each oai_dc:dc is a warning, not an error.
/// </summary>
public class HarvestedOaiDcTests
{
    [SkippableTheory]
    [InlineData("sample-oai-pmh.xml", 10)]
    [InlineData("oai-pmh-one-record-first.xml", 1)]
    [InlineData("oai-pmh-one-record-2.xml", 1)]
    public void Reads_every_record_of_a_real_response(string file, int expected)
    {
        var diags = new DiagnosticBag();
        using var reader = new DublinCoreReader(File.OpenRead(TestEnvironment.TestData("corpus", "marc", "traject", file)), null, diags);
        var records = reader.ReadAll().ToList();

        Assert.Equal(expected, records.Count);
        Assert.All(records, r => Assert.StartsWith("oai:", r.Header?.Identifier));
        Assert.All(records, r => Assert.Contains(r.Statements, s => s.Name == "title" && s.Value.Length > 0));
        Assert.DoesNotContain(diags.Items, d => d.Severity == Severity.Error);
        Assert.Contains(diags.Items, d => d.Code == DcDiagnosticCodes.ForeignContent && d.Field == "originalRecord" && d.Line > 0);
    }

    [SkippableFact]
    public void Response_with_no_namespaces_gives_no_records_and_a_warning()
    {
        var diags = new DiagnosticBag();
        using var reader = new DublinCoreReader(File.OpenRead(TestEnvironment.TestData("corpus", "marc", "traject", "sample-oai-no-namespace.xml")), null, diags);
        Assert.Empty(reader.ReadAll());
        Assert.Equal(DcDiagnosticCodes.NoRecords, Assert.Single(diags.Items).Code);
    }

    [SkippableFact]
    public void Reader_takes_loc_srw_dc_stylesheet_output()
    {
        var input = TestEnvironment.TestData("corpus", "marc", "marc4j", "chabon.xml");
        var result = PeerTool.Run("xsltproc", ["--nonet", TestEnvironment.TestData("reference", "xslt", "MARC21slim2SRWDC.xsl"), input]);
        Assert.True(result.ExitCode == 0, result.StdErr);
        var diags = new DiagnosticBag();
        using var reader = new DublinCoreReader(new MemoryStream(result.StdOutBytes), null, diags);
        var records = reader.ReadAll().ToList();
        Assert.Equal(2, records.Count);
        Assert.StartsWith("The amazing adventures of Kavalier and Clay", records[0].Get("title").First().Value);
        Assert.DoesNotContain(diags.Items, d => d.Severity == Severity.Error);
    }
}
