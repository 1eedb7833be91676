using System.Text;
using System.Xml;
using System.Xml.Schema;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc.Xml;

public class MarcXmlWriterTests
{
    private static string Write(IEnumerable<MarcRecord> records, IDiagnostics? diagnostics = null)
    {
        var output = new MemoryStream();
        using (var writer = new MarcXmlWriter(output, diagnostics))
        {
            foreach (var r in records) writer.Write(r);
            writer.Complete();
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void Writes_the_collection_envelope_and_fields_in_order()
    {
        var xml = Write([MarcSamples.Minimal()]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n  <record>\n    <leader>00000nam a22000003c 4500</leader>\n    <controlfield tag=\"001\">CX7118</controlfield>", xml, StringComparison.Ordinal);
        Assert.Contains("    <datafield tag=\"100\" ind1=\"1\" ind2=\" \">\n      <subfield code=\"a\">Serge, Victor</subfield>\n      <subfield code=\"e\">author</subfield>", xml, StringComparison.Ordinal);
        Assert.EndsWith("  </record>\n</collection>\n", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_gives_an_empty_valid_collection()
    {
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n</collection>\n", Write([]));
    }

    [Fact]
    public void No_byte_order_mark()
    {
        var output = new MemoryStream();
        using (var w = new MarcXmlWriter(output)) w.Complete();
        Assert.Equal((byte)'<', output.ToArray()[0]);
    }

    [Fact]
    public void Escapes_markup_and_keeps_whitespace_exact()
    {
        var value = "a & b < c > d \"q\" 'x' \r\n\tend ";
        var record = new MarcRecordBuilder().AddData("500", ' ', ' ', new Subfield('a', value)).Build();
        var xml = Write([record]);
        Assert.Contains("a &amp; b &lt; c &gt; d \"q\" 'x' &#13;\n\tend </subfield>", xml, StringComparison.Ordinal);
        var back = new MarcXmlReader(new MemoryStream(Encoding.UTF8.GetBytes(xml))).ReadAll().Single();
        Assert.Equal(value, back.Record!["500"]?['a']);
    }

    [Fact]
    public void Attribute_values_are_escaped()
    {
        var record = new MarcRecordBuilder().AddData("500", '"', '&', new Subfield('<', "x")).Build();
        var xml = Write([record]);
        Assert.Contains("ind1=\"&quot;\" ind2=\"&amp;\">", xml, StringComparison.Ordinal);
        Assert.Contains("code=\"&lt;\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_illegal_in_xml_are_replaced_and_reported()
    {
        var bag = new DiagnosticBag();
        var record = new MarcRecordBuilder().AddControl("001", "id9").AddData("245", ' ', ' ', new Subfield('a', "a\u0001b\uFFFEc\uD800d")).Build();
        var xml = Write([record], bag);
        Assert.Contains("a\uFFFDb\uFFFDc\uFFFDd", xml, StringComparison.Ordinal);
        Assert.Equal(3, bag.Items.Count);
        Assert.All(bag.Items, d => Assert.Equal((MarcDiagnosticCodes.XmlIllegalCharacter, "245", "a", "id9"), (d.Code, d.Field, d.Subfield, d.RecordId)));
        Assert.Single(new MarcXmlReader(new MemoryStream(Encoding.UTF8.GetBytes(xml))).ReadAll());
    }

    [Fact]
    public void Surrogate_pairs_pass_unchanged()
    {
        var record = new MarcRecordBuilder().AddData("245", ' ', ' ', new Subfield('a', "\U0001F600\U00020000")).Build();
        var bag = new DiagnosticBag();
        Assert.Contains("\U0001F600\U00020000</subfield>", Write([record], bag), StringComparison.Ordinal);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Leader_09_is_written_as_unicode()
    {
        var record = new MarcRecord(new Leader("00000nam  2200000 a 4500"), []);
        Assert.Contains("<leader>00000nam a2200000 a 4500</leader>", Write([record]), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Output_validates_against_the_marcxml_schema()
    {
        var xsd = TestEnvironment.TestData("reference", "xsd", "MARC21slim.xsd");
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var reader = XmlReader.Create(xsd, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            schemas.Add(MarcXmlNames.Namespace, reader);
        }

        var xml = Write(MarcSamples.Random(3, 50).Append(MarcSamples.Minimal()));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
    }
}
