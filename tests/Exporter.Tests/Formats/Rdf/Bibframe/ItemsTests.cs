using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>Items (--items): the Items rows of docs/mappings/bibframe.md, on small records and on real corpus records.</summary>
public sealed class ItemsTests
{
    private const string Bf = "http://id.loc.gov/ontologies/bibframe/";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#label";
    private const string Base = "http://example.org/bibframe/";
    private static readonly BibframeOptions Plain = new() { BaseUri = new Uri("http://example.org/"), Clock = new FixedClock(DateTimeOffset.UnixEpoch) };
    private static readonly BibframeOptions WithItems = Plain with { Items = true };

    private static DataField F(string tag, params (char Code, string Value)[] subfields) =>
        new(tag, ' ', ' ', ImmutableArray.CreateRange(subfields.Select(s => new Subfield(s.Code, s.Value))));

    private static MarcRecord Record(params MarcField[] fields) =>
        new(new Leader("00000cam a2200000 a 4500"), [new ControlField("001", "it1"), F("245", ('a', "A title")), .. fields]);

    private static RdfGraph Build(MarcRecord record, BibframeOptions options) => new BibframeGraphBuilder(options).Build(record, NullDiagnostics.Instance);

    private static RdfTerm One(RdfGraph g, RdfTerm s, string p) => Assert.Single(g.Triples, t => t.Subject.Equals(s) && t.Predicate.Value == p).Object;

    private static string Label(RdfGraph g, RdfTerm s, string p) => ((Literal)One(g, One(g, s, p), Rdfs)).Lexical;

    [Fact]
    public void Without_items_no_item_is_written()
    {
        var g = Build(Record(F("852", ('a', "DLC"), ('h', "PS3553"))), Plain);
        Assert.DoesNotContain(g.Triples, t => t.Predicate.Value == Bf + "hasItem" || (t.Object is Iri o && o.Value == Bf + "Item"));
    }

    [Fact]
    public void An_852_is_an_item_with_holder_sublocation_shelf_mark_barcode_and_public_note_but_no_staff_note()
    {
        var g = Build(Record(F("852", ('a', "UkOxU"), ('b', "Bodleian"), ('h', "M94.G00395"), ('i', "c.2"), ('p', "500881138"), ('x', "staff only"), ('z', "Ask at desk"))), WithItems);
        var item = new Iri(Base + "it1#Item852-3");
        var instance = new Iri(Base + "it1#Instance");
        Assert.Contains(new Triple(instance, new Iri(Bf + "hasItem"), item), g.Triples);
        Assert.Contains(new Triple(item, new Iri(Bf + "itemOf"), instance), g.Triples);
        Assert.Contains(new Triple(item, RdfNames.TypeIri, new Iri(Bf + "Item")), g.Triples);
        Assert.Equal(new Iri("http://id.loc.gov/vocabulary/organizations/ukoxu"), One(g, item, Bf + "heldBy"));
        Assert.Equal("Bodleian", Label(g, item, Bf + "sublocation"));
        Assert.Equal("M94.G00395 c.2", Label(g, item, Bf + "shelfMark"));
        Assert.Equal("500881138", ((Literal)One(g, One(g, item, Bf + "identifiedBy"), RdfNames.RdfNamespace + "value")).Lexical);
        Assert.Equal("Ask at desk", Label(g, item, Bf + "note"));
        Assert.DoesNotContain(g.Triples, t => t.Object is Literal l && l.Lexical == "staff only");
    }

    [Fact]
    public void Staff_notes_of_items_are_written_with_include_local()
    {
        var g = Build(Record(F("952", ('a', "CPL"), ('p', "barcode2"), ('x', "staff only"))), WithItems with { IncludeLocal = true });
        var item = new Iri(Base + "it1#Item952-3");
        Assert.Equal("CPL", Label(g, item, Bf + "heldBy"));
        Assert.Equal("staff only", Label(g, item, Bf + "note"));
    }

    [Fact]
    public void Item_information_876_has_access_policy_and_enumeration_and_a_field_saying_nothing_public_makes_no_item()
    {
        var g = Build(Record(F("876", ('p', "39080013593071"), ('h', "Library use only"), ('3', "v.2"), ('c', "$20.00")), F("999", ('c', "5"), ('d', "5"))), WithItems);
        var item = new Iri(Base + "it1#Item876-3");
        Assert.Equal("Library use only", Label(g, item, Bf + "usageAndAccessPolicy"));
        Assert.Equal("v.2", Label(g, item, Bf + "enumerationAndChronology"));
        Assert.DoesNotContain(g.Triples, t => t.Object is Literal l && l.Lexical == "$20.00");
        Assert.Single(g.Triples, t => t.Predicate.Value == Bf + "hasItem");   // Koha's 999 $c $d (record numbers) is no item
    }

    [Theory]
    [InlineData("marc4j/pride-and-prejudice-fixed.mrc", "852")]
    [InlineData("marc-perl/xml_record.dat", "952")]
    [InlineData("marc4j/selectedRecs.mrc", "999")]
    [InlineData("folio-srm/CornellFOLIOExemplars_Bibs.mrc", "852")]
    public void Corpus_records_with_holdings_fields_get_one_item_per_field_that_has_public_item_data(string file, string tag)
    {
        using var stream = File.OpenRead(TestEnvironment.TestData(["corpus", "marc", .. file.Split('/')]));
        var reader = new Iso2709Reader(stream, new Iso2709ReaderOptions { Strictness = MarcStrictness.Permissive });
        var fields = 0;
        var items = 0;
        foreach (var read in reader.ReadAll())
        {
            if (read.Record is not { } record) continue;
            foreach (var f in record.DataFields(tag))
            {
                var profile = ItemFieldProfile.ByTag[tag];
                if (!f.Subfields.Any(s => profile.Roles.TryGetValue(s.Code, out var r) && r != ItemRole.StaffNote && s.Value.Trim().Length > 0)) continue;
                fields++;
            }

            var g = Build(record, WithItems);
            items += g.Triples.Count(t => t.Predicate.Value == Bf + "hasItem" && t.Object is Iri o && o.Value.Contains("#Item" + tag + "-", StringComparison.Ordinal));
            Assert.Equal(g.Triples.Count(t => t.Predicate.Value == Bf + "hasItem"), g.Triples.Count(t => t.Predicate.Value == Bf + "itemOf"));
            Assert.DoesNotContain(Build(record, Plain).Triples, t => t.Predicate.Value == Bf + "hasItem");
        }

        Assert.True(fields > 0, "the file has " + tag + " fields with item data");
        Assert.Equal(fields, items);
    }
}
