using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class QualifiedDcWriterTests
{
    private static readonly QualifiedDcWriterOptions Single = new() { Container = DcContainer.SingleRecord };

    [Fact]
    public void Single_record_is_a_no_namespace_qualifieddc_root_with_dcmi_schema_location()
    {
        var xml = DcSamples.WriteQdc([DcSamples.Sample()], Single);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<qualifieddc xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
            "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" " +
            "xsi:noNamespaceSchemaLocation=\"http://dublincore.org/schemas/xmls/qdc/2008/02/11/qualifieddc.xsd\">", xml);
        Assert.Contains("<dcterms:issued xsi:type=\"dcterms:W3CDTF\">1973</dcterms:issued>", xml);
        Assert.Contains("<dcterms:type xsi:type=\"dcterms:DCMIType\">Text</dcterms:type>", xml);
        Assert.Contains("<dcterms:language xsi:type=\"dcterms:ISO639-2\">eng</dcterms:language>", xml);
        Assert.Contains("<dc:identifier>CX7118</dc:identifier>", xml);
        Assert.Contains("<dcterms:tableOfContents>A note about the author</dcterms:tableOfContents>\n  <dcterms:tableOfContents>1. Chapter one</dcterms:tableOfContents>", xml);
        Assert.Contains("<dcterms:description xml:lang=\"en\">", xml);
    }

    [Fact]
    public void Collection_wraps_qualifieddc_elements_in_the_project_namespace()
    {
        var xml = DcSamples.WriteQdc([DcSamples.Sample(), DcSamples.Sample()], new QualifiedDcWriterOptions());
        Assert.Contains("<qdcc:collection xmlns:qdcc=\"urn:exporter:dcterms-collection:1\"", xml);
        Assert.Contains("xsi:schemaLocation=\"urn:exporter:dcterms-collection:1 dcterms-collection.xsd\"", xml);
        Assert.Equal(2, xml.Split("<qualifieddc>").Length - 1);
        Assert.EndsWith("</qdcc:collection>\n", xml);
    }

    [Fact]
    public void Empty_collection_is_an_empty_wrapper()
    {
        var xml = DcSamples.WriteQdc([], new QualifiedDcWriterOptions { CollectionSchemaLocation = null });
        Assert.EndsWith("<qdcc:collection xmlns:qdcc=\"urn:exporter:dcterms-collection:1\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
            "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" />\n", xml);
    }

    [Theory]
    [InlineData("W3CDTF", "c1973")]
    [InlineData("W3CDTF", "1973-02-30")]
    [InlineData("DCMIType", "text")]
    [InlineData("URI", "%zz")]
    [InlineData("RFC4646", "not a tag")]
    [InlineData("ISBN", "9780000000000")]
    public void Scheme_that_the_value_does_not_fit_is_dropped_and_the_value_kept(string scheme, string value)
    {
        var diags = new DiagnosticBag();
        var record = new DublinCoreRecord([DcStatement.Term("date", value) with { Scheme = scheme }]);
        var xml = DcSamples.WriteQdc([record], Single, diags);
        Assert.DoesNotContain("xsi:type", xml);
        Assert.Contains(">" + value + "</dcterms:date>", xml);
        Assert.Equal(DcDiagnosticCodes.SchemeDropped, Assert.Single(diags.Items).Code);
    }

    [Fact]
    public void Language_is_dropped_where_a_scheme_prohibits_it_and_when_invalid()
    {
        var diags = new DiagnosticBag();
        var record = new DublinCoreRecord(
        [
            DcStatement.Term("issued", "2001") with { Scheme = "W3CDTF", Language = "en" },
            DcStatement.Term("title", "T") with { Language = "en_US" },
        ]);
        var xml = DcSamples.WriteQdc([record], Single, diags);
        Assert.Contains("<dcterms:issued xsi:type=\"dcterms:W3CDTF\">2001</dcterms:issued>", xml);
        Assert.Contains("<dcterms:title>T</dcterms:title>", xml);
        Assert.Equal([DcDiagnosticCodes.LanguageDropped, DcDiagnosticCodes.LanguageDropped], diags.Items.Select(d => d.Code));
    }

    [Fact]
    public void Unknown_terms_are_dropped_with_a_warning_naming_them()
    {
        var diags = new DiagnosticBag();
        var xml = DcSamples.WriteQdc([new DublinCoreRecord([DcStatement.Element("abstract", "x"), DcStatement.Term("audience", "kids")])], Single, diags);
        Assert.Contains("<dcterms:audience>kids</dcterms:audience>", xml);
        var d = Assert.Single(diags.Items);
        Assert.Equal((DcDiagnosticCodes.StatementDropped, "dc:abstract", 0L), (d.Code, d.Field, d.RecordIndex));
    }

    [Fact]
    public void Hostile_characters_are_escaped_and_illegal_ones_replaced_with_a_diagnostic()
    {
        var diags = new DiagnosticBag();
        var record = new DublinCoreRecord([DcStatement.Element("title", "a<&>\"b\u0001c\uD800d\r\ne")]);
        var xml = DcSamples.WriteQdc([record], Single, diags);
        Assert.Contains("<dc:title>a&lt;&amp;&gt;\"b\uFFFDc\uFFFDd&#xD;\ne</dc:title>", xml);
        Assert.Equal(DcDiagnosticCodes.IllegalCharacter, Assert.Single(diags.Items).Code);
    }

    [SkippableFact]
    public void Values_are_normalized_to_nfc_with_an_info()
    {
        
        var diags = new DiagnosticBag();
        var xml = DcSamples.WriteQdc([new DublinCoreRecord([DcStatement.Element("title", "Cafe\u0301")])], Single, diags);
        Assert.Contains("<dc:title>Caf\u00e9</dc:title>", xml);
        Assert.Equal((DcDiagnosticCodes.NormalizedWrite, Severity.Info), (diags.Items[0].Code, diags.Items[0].Severity));
    }

    [Fact]
    public void Without_indentation_records_follow_each_other_with_no_whitespace()
    {
        var xml = DcSamples.WriteQdc([new DublinCoreRecord([DcStatement.Element("title", "T")])], Single with { Indent = false });
        Assert.EndsWith("qualifieddc.xsd\"><dc:title>T</dc:title></qualifieddc>\n", xml);
    }
}
