using Exporter.Formats.Common.Text;
using System.Xml.Linq;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// Real-world DC: LoC's MARC21slim2OAIDC.xsl output (oai_dc:dc, or oai_dc:dcCollection for a MARCXML collection)
/// read with our reader, one record per MARC record and no error.
/// </summary>
public class LocOaiDcStylesheetTests
{
    [SkippableTheory]
    [InlineData("marc4j", "summerland-record.xml")]
    [InlineData("marc4j", "chabon.xml")]
    [InlineData("marc4j", "sample1a.xml")]
    [InlineData("marc4j", "OCLC_814388508.xml")]
    [InlineData("ruby-marc", "one.xml")]
    [InlineData("marc-perl", "xml_batch-ns.xml")]
    public void Reader_takes_loc_stylesheet_output_without_errors(string folder, string file)
    {
        var input = TestEnvironment.TestData("corpus", "marc", folder, file);
        var xslt = TestEnvironment.TestData("reference", "xslt", "MARC21slim2OAIDC.xsl");
        var result = PeerTool.Run("xsltproc", ["--nonet", xslt, input]);
        Assert.True(result.ExitCode == 0, result.StdErr);

        var marcRecords = XDocument.Load(input).Descendants(XName.Get("record", "http://www.loc.gov/MARC21/slim")).Count();
        var diags = new DiagnosticBag();
        using var reader = new DublinCoreReader(new MemoryStream(result.StdOutBytes), new DublinCoreReaderOptions { SourceName = file }, diags);
        var records = reader.ReadAll().ToList();

        Assert.Equal(marcRecords, records.Count);
        Assert.DoesNotContain(diags.Items, d => d.Severity == Severity.Error);
        // Same statements as an independent look at the output: every dc:* child of every oai_dc:dc, in order.
        var expected = XDocument.Parse(result.StdOut).Descendants(XName.Get("dc", DcNamespaces.OaiDc))
            .Select(dc => dc.Elements().Select(e => (e.Name.NamespaceName, e.Name.LocalName, UnicodeNormalizer.ToNfc(e.Value))).ToList()).ToList(); // the reader puts values in NFC (DC0010)
        var actual = records.Select(r => r.Statements.Select(s => (DcNamespaces.Elements, s.Name, s.Value)).ToList()).ToList();
        Assert.Equal(expected, actual);
    }
}
