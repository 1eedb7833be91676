using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>The field position of node IRIs held to <c>ImmutableArray.IndexOf</c> (value equality), which it replaces.</summary>
public sealed class BibframeGraphContextTests
{
    private static BibframeGraphContext Context(MarcRecord record) =>
        new(record, new RecordIdentity("http://example.org/bibframe/x", "x"), NullDiagnostics.Instance, new RdfGraph());

    [Fact]
    public void PositionOf_is_IndexOf_for_every_field_of_every_corpus_record()
    {
        var records = 0;
        foreach (var record in CorpusMarcRecords.Iso2709())
        {
            records++;
            var c = Context(record);
            foreach (var f in record.AllFields) Assert.Equal(record.AllFields.IndexOf(f), c.PositionOf(f));
        }

        Assert.True(records > 500, $"{records} records");
    }

    [Fact]
    public void Equal_fields_share_the_first_ones_position_and_node_and_an_absent_field_is_position_0()
    {
        var subject = new DataField("650", ' ', '0', new Subfield('a', "Cats."));
        var record = new MarcRecord(new Leader("00000cam a2200000 a 4500"),
            [new ControlField("001", "x"), new DataField("650", ' ', '0', new Subfield('a', "Dogs.")), subject, new DataField("651", ' ', '0', new Subfield('a', "Cats.")), subject with { }]);
        var c = Context(record);

        Assert.Equal(2, c.PositionOf(record.AllFields[4]));
        Assert.Equal(new Iri("http://example.org/bibframe/x#Topic650-3"), c.FieldNode("Topic", record.AllFields[4]));
        Assert.Equal(new Iri("http://example.org/bibframe/x#Place651-4"), c.FieldNode("Place", record.AllFields[3]));
        Assert.Equal(new Iri("http://example.org/bibframe/x#Topic650-0"), c.FieldNode("Topic", new DataField("650", ' ', ' ')));
        Assert.Equal(new Iri("http://example.org/bibframe/x#Item852-1"), c.Local("Item852-1"));
    }
}
