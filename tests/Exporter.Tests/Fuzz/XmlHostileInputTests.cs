using System.Diagnostics;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;

namespace Exporter.Tests.Fuzz;

/// <summary>The XML readers (MARCXML, Dublin Core) refuse DTDs, so no entity is ever expanded or fetched.</summary>
public sealed class XmlHostileInputTests
{
    /// <summary>Hostile documents: XXE on a local file, an external DTD on an unroutable host, billion laughs.</summary>
    public static TheoryData<string, string> Hostile => new()
    {
        { "xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n{0}&xxe;{1}" },
        { "external-dtd", "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"http://10.255.255.1/evil.dtd\">\n{0}x{1}" },
        { "parameter-entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://10.255.255.1/p.dtd\"> %p;]>\n{0}x{1}" },
        { "billion-laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>\n{0}&h;{1}" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void MarcXml_refuses_the_DTD_with_its_own_code(string name, string template)
    {
        var xml = string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">", "</subfield></datafield></record></collection>");
        var watch = Stopwatch.StartNew();
        using var reader = new MarcXmlReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        var results = reader.ReadAll().ToList();
        watch.Stop();

        var result = Assert.Single(results);
        Assert.True(result.IsRejected, name);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(MarcDiagnosticCodes.XmlDtdRefused, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("DTD", d.Message, StringComparison.Ordinal);
        Assert.NotEqual(0, d.Line ?? -1); // no position rather than a bogus line 0
        Assert.DoesNotContain("root:", d.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{name} took {watch.Elapsed} (a fetch or an expansion?)");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void DublinCore_refuses_the_DTD_with_DC0002(string name, string template)
    {
        var xml = string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>", "</dc:title></oai_dc:dc>");
        var bag = new DiagnosticBag();
        var watch = Stopwatch.StartNew();
        using var reader = new DublinCoreReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new DublinCoreReaderOptions { OnRejected = _ => { } }, bag);
        var ex = Assert.Throws<RecordFormatException>(() => reader.ReadAll().ToList());
        watch.Stop();

        Assert.Equal(DcDiagnosticCodes.DtdRefused, ex.Diagnostic.Code);
        Assert.Equal(ex.Diagnostic, Assert.Single(bag.Items));
        Assert.Contains("DOCTYPE", ex.Diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", ex.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{name} took {watch.Elapsed} (a fetch or an expansion?)");
    }

    [Fact]
    public void MarcXml_without_a_DTD_still_reports_plain_malformed_XML()
    {
        using var reader = new MarcXmlReader(new MemoryStream("<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record>"u8.ToArray()));
        var d = Assert.Single(Assert.Single(reader.ReadAll().ToList()).Diagnostics);
        Assert.Equal(MarcDiagnosticCodes.XmlNotWellFormed, d.Code);
    }
}
