using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Formats.Rdf.RdfXml;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>The MARC -> BIBFRAME rows of docs/mappings/bibframe.md, one small record each.</summary>
public sealed class BibframeGraphBuilderTests
{
    private const string Bf = "http://id.loc.gov/ontologies/bibframe/";
    private const string Base = "http://example.org/bibframe/";
    private static readonly BibframeOptions Options = new() { BaseUri = new Uri("http://example.org/"), Clock = new FixedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)) };

    private static MarcRecord Record(string leader, params MarcField[] fields) => new(new Leader(leader), [.. fields]);

    private static DataField F(string tag, string indicators, params (char Code, string Value)[] subfields) =>
        new(tag, indicators[0], indicators[1], ImmutableArray.CreateRange(subfields.Select(s => new Subfield(s.Code, s.Value))));

    private static readonly MarcRecord Book = Record("00000cam a2200000 a 4500",
        new ControlField("001", "rec 1"),
        new ControlField("003", "XyZ"),
        new ControlField("008", "000313s2000    nyu           000 1 eng  "),
        F("020", "  ", ('a', "0679450041 (acid-free paper)")),
        F("035", "  ", ('a', "(OCoLC)ocm12345")),
        F("050", "00", ('a', "PS3553.H15"), ('b', "A82 2000")),
        F("082", "00", ('a', "813/.54"), ('2', "21")),
        F("100", "1 ", ('a', "Chabon, Michael."), ('e', "author.")),
        F("245", "14", ('a', "The amazing adventures of Kavalier and Clay :"), ('b', "a novel /"), ('c', "Michael Chabon.")),
        F("264", " 1", ('a', "New York :"), ('b', "Random House,"), ('c', "c2000.")),
        F("300", "  ", ('a', "639 p. ;"), ('c', "25 cm.")),
        F("650", " 0", ('a', "Comic books, strips, etc."), ('x', "Authorship"), ('v', "Fiction.")),
        F("651", " 0", ('a', "New York (N.Y.)")),
        F("700", "1 ", ('a', "Doe, Jane,"), ('e', "joint author, illustrator.")),
        F("710", "2 ", ('a', "Some Press."), ('4', "pbl")));

    private static RdfGraph Build(MarcRecord record, IDiagnostics? diagnostics = null) =>
        new BibframeGraphBuilder(Options).Build(record, diagnostics ?? NullDiagnostics.Instance);

    private static IEnumerable<RdfTerm> Objects(RdfGraph g, RdfTerm s, string p) => g.Triples.Where(t => t.Subject.Equals(s) && t.Predicate.Value == p).Select(t => t.Object);

    private static IEnumerable<string> Texts(RdfGraph g, RdfTerm s, string p) => Objects(g, s, p).OfType<Literal>().Select(l => l.Lexical);

    private static bool Has(RdfGraph g, RdfTerm s, string p, RdfTerm o) => g.Contains(new Triple(s, new Iri(p), o));

    [Fact]
    public void Work_and_instance_are_minted_from_the_001_and_typed_from_the_leader_and_008()
    {
        var g = Build(Book);
        var work = new Iri(Base + "rec%201#Work");
        var instance = new Iri(Base + "rec%201#Instance");
        Assert.True(Has(g, work, RdfNames.Type, new Iri(Bf + "Text")));
        Assert.True(Has(g, work, RdfNames.Type, new Iri(Bf + "Monograph")));
        Assert.True(Has(g, work, Bf + "hasInstance", instance));
        Assert.True(Has(g, instance, RdfNames.Type, new Iri(Bf + "Print")));
        Assert.True(Has(g, work, Bf + "language", new Iri("http://id.loc.gov/vocabulary/languages/eng")));
        Assert.True(Has(g, work, Bf + "genreForm", new Iri("http://id.loc.gov/authorities/genreForms/gf2014026339")));
    }

    [Fact]
    public void Instance_title_subtitle_and_responsibility_lose_their_isbd_punctuation()
    {
        var g = Build(Book);
        var instance = new Iri(Base + "rec%201#Instance");
        var title = Assert.Single(Objects(g, instance, Bf + "title"));
        Assert.Equal(["The amazing adventures of Kavalier and Clay"], Texts(g, title, Bf + "mainTitle"));
        Assert.Equal(["a novel"], Texts(g, title, Bf + "subtitle"));
        Assert.Equal(["4"], Texts(g, title, "http://id.loc.gov/ontologies/bflc/nonSortNum"));
        Assert.Equal(["Michael Chabon"], Texts(g, instance, Bf + "responsibilityStatement"));
    }

    [Fact]
    public void Contributions_have_agent_class_label_primary_and_role_iris_from_terms_and_codes()
    {
        var g = Build(Book);
        var work = new Iri(Base + "rec%201#Work");
        var contributions = Objects(g, work, Bf + "contribution").ToList();
        Assert.Equal(3, contributions.Count);
        var primary = Assert.Single(contributions, c => Has(g, c, RdfNames.Type, new Iri(Bf + "PrimaryContribution")));
        var agent = Assert.Single(Objects(g, primary, Bf + "agent"));
        Assert.True(Has(g, agent, RdfNames.Type, new Iri(Bf + "Person")));
        Assert.Equal(["Chabon, Michael"], Texts(g, agent, "http://www.w3.org/2000/01/rdf-schema#label"));
        Assert.True(Has(g, primary, Bf + "role", new Iri("http://id.loc.gov/vocabulary/relators/aut")));
        var doe = contributions.Single(c => Texts(g, Objects(g, c, Bf + "agent").Single(), "http://www.w3.org/2000/01/rdf-schema#label").Contains("Doe, Jane"));
        Assert.Equal(["http://id.loc.gov/vocabulary/relators/aut", "http://id.loc.gov/vocabulary/relators/ill"], Objects(g, doe, Bf + "role").OfType<Iri>().Select(i => i.Value).Order());
        var press = contributions.Single(c => Has(g, Objects(g, c, Bf + "agent").Single(), RdfNames.Type, new Iri(Bf + "Organization")));
        Assert.Equal([new Iri("http://id.loc.gov/vocabulary/relators/pbl")], Objects(g, press, Bf + "role"));
    }

    [Fact]
    public void A_subdivided_heading_is_a_complex_subject_with_its_components_in_order()
    {
        var g = Build(Book);
        var subject = new Iri(Base + "rec%201#Topic650-12");
        Assert.True(Has(g, new Iri(Base + "rec%201#Work"), Bf + "subject", subject));
        Assert.True(Has(g, subject, RdfNames.Type, new Iri("http://www.loc.gov/mads/rdf/v1#ComplexSubject")));
        Assert.Equal(["Comic books, strips, etc.--Authorship--Fiction"], Texts(g, subject, "http://www.w3.org/2000/01/rdf-schema#label"));
        var labels = new List<string>();
        for (var cell = Objects(g, subject, "http://www.loc.gov/mads/rdf/v1#componentList").Single(); !cell.Equals(RdfNames.NilIri); cell = Objects(g, cell, RdfNames.Rest).Single())
            labels.AddRange(Texts(g, Objects(g, cell, RdfNames.First).Single(), "http://www.loc.gov/mads/rdf/v1#authoritativeLabel"));
        Assert.Equal(["Comic books, strips, etc.", "Authorship", "Fiction"], labels);
        var place = new Iri(Base + "rec%201#Place651-13");
        Assert.True(Has(g, place, RdfNames.Type, new Iri("http://www.loc.gov/mads/rdf/v1#Geographic")));
    }

    [Fact]
    public void Identifiers_classification_and_provision_activity()
    {
        var g = Build(Book);
        var instance = new Iri(Base + "rec%201#Instance");
        var ids = Objects(g, instance, Bf + "identifiedBy").ToDictionary(n => ((Iri)Objects(g, n, RdfNames.Type).Single()).Value[Bf.Length..] + " " + Texts(g, n, RdfNames.RdfNamespace + "value").Single());
        Assert.Equal(["Isbn 0679450041", "Local rec 1", "OclcNumber ocm12345"], ids.Keys.Order());
        Assert.Equal(["acid-free paper"], Texts(g, ids["Isbn 0679450041"], Bf + "qualifier"));
        Assert.True(Has(g, ids["Local rec 1"], Bf + "assigner", new Iri("http://id.loc.gov/vocabulary/organizations/xyz")));
        var classes = Objects(g, new Iri(Base + "rec%201#Work"), Bf + "classification").ToList();
        Assert.Equal(["813/.54", "PS3553.H15"], classes.SelectMany(c => Texts(g, c, Bf + "classificationPortion")).Order());
        var activity = Assert.Single(Objects(g, instance, Bf + "provisionActivity"));
        Assert.True(Has(g, activity, RdfNames.Type, new Iri(Bf + "Publication")));
        Assert.Equal(["2000"], Objects(g, activity, Bf + "date").OfType<Literal>().Select(l => l.Lexical));
        Assert.True(Has(g, activity, Bf + "place", new Iri("http://id.loc.gov/vocabulary/countries/nyu")));
        Assert.Equal(["New York"], Texts(g, activity, "http://id.loc.gov/ontologies/bflc/simplePlace"));
        Assert.Equal(["639 p."], Objects(g, instance, Bf + "extent").SelectMany(e => Texts(g, e, "http://www.w3.org/2000/01/rdf-schema#label")));
        Assert.Equal(["25 cm."], Texts(g, instance, Bf + "dimensions"));
    }

    [Fact]
    public void The_local_number_has_no_assigner_when_neither_003_nor_040_says_one()
    {
        var record = Record("00000nam a2200000 a 4500", new ControlField("001", "42"), F("245", "00", ('a', "T")));
        var g = Build(record);
        var local = Objects(g, new Iri(Base + "42#Instance"), Bf + "identifiedBy").Single();
        Assert.Empty(Objects(g, local, Bf + "assigner"));
    }

    [Fact]
    public void A_record_without_001_gets_stable_iris_from_its_content_and_a_warning()
    {
        var record = Record("00000nam a2200000 a 4500", F("245", "00", ('a', "No number")));
        var bag = new DiagnosticBag();
        var first = Build(record, bag);
        var again = Build(record);
        var warning = Assert.Single(bag.Items);
        Assert.Equal("BF0001", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        var work = first.Triples[0].Subject;
        Assert.StartsWith(Base + "h", ((Iri)work).Value, StringComparison.Ordinal);
        Assert.Equal(work, again.Triples[0].Subject);
    }

    [Fact]
    public void A_repeated_001_gets_its_suffix_on_every_node_and_keeps_the_001_as_its_local_number()
    {
        var record = Record("00000nam a2200000 a 4500", new ControlField("001", "rec 1"), F("245", "00", ('a', "T")), F("650", " 0", ('a', "Cats.")));
        var bag = new DiagnosticBag();
        var g = new BibframeGraphBuilder(Options).Build(record, bag, "h0a1b2c3d");
        var work = new Iri(Base + "rec%201-h0a1b2c3d#Work");
        var instance = new Iri(Base + "rec%201-h0a1b2c3d#Instance");
        Assert.Equal([instance], Objects(g, work, Bf + "hasInstance"));
        Assert.Equal([Base + "rec%201-h0a1b2c3d#Topic650-3"], Objects(g, work, Bf + "subject").Select(s => ((Iri)s).Value));
        Assert.DoesNotContain(g.Triples, t => t.Subject is Iri iri && iri.Value.StartsWith(Base + "rec%201#", StringComparison.Ordinal));
        var local = Objects(g, instance, Bf + "identifiedBy").Single();
        Assert.Equal(["rec 1"], Texts(g, local, "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"));
        Assert.Empty(bag.Items);   // the pipeline warns (PIPE0006), once for every format
    }

    [Fact]
    public void An_880_gives_the_same_values_in_its_script_with_a_language_tag()
    {
        var record = Record("00000nam a2200000 a 4500",
            new ControlField("001", "7"), new ControlField("008", "000313s2000    cc            000 0 chi  "),
            F("245", "10", ('6', "880-01"), ('a', "Che piao qu na er le")),
            F("880", "10", ('6', "245-01/$1"), ('a', "车票去哪儿了")));
        var g = Build(record);
        var title = Objects(g, new Iri(Base + "7#Instance"), Bf + "title").Single();
        var mains = Objects(g, title, Bf + "mainTitle").OfType<Literal>().ToList();
        Assert.Contains(mains, l => l.Lexical == "车票去哪儿了" && l.Language == "zh-hani");
        Assert.Contains(mains, l => l.Lexical == "Che piao qu na er le" && l.Language is null);
    }

    [Fact]
    public void The_graph_and_its_rdfxml_are_the_same_bytes_every_time()
    {
        var a = RdfXmlWriter.EncodeDocument(Build(Book));
        var b = RdfXmlWriter.EncodeDocument(Build(Book));
        Assert.Equal(a, b);
        Assert.Contains("2026-01-02T03:04:05", a, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_no_rdf_syntax_carries_become_replacement_characters_with_one_warning()
    {
        // yaz/marc1.marc: a damaged record whose 001 holds subfield delimiters (U+001F); RDF/XML cannot carry them.
        var record = Record("00000cam a2200000 a 4500", new ControlField("001", "000\u001fa9 181\u001fb71"), F("245", "10", ('a', "Title\u0001 here")));
        var bag = new DiagnosticBag();

        var g = Build(record, bag);

        var literals = g.Triples.Select(t => t.Object).OfType<Literal>().Select(l => l.Lexical).ToList();
        Assert.Contains("000\uFFFDa9 181\uFFFDb71", literals);
        Assert.Contains(literals, l => l.StartsWith("Title\uFFFD", StringComparison.Ordinal));
        Assert.DoesNotContain(literals, l => l.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')));
        Assert.Single(bag.Items, d => d.Code == "BF0003");
        var xml = new System.Buffers.ArrayBufferWriter<byte>();
        Exporter.Formats.Rdf.RdfXml.RdfXmlWriter.Format(g, xml, Exporter.Formats.Rdf.RdfXml.RdfXmlWriterOptions.Default, 1);
        Assert.NotEqual(0, xml.WrittenCount);
    }

    [Fact]
    public void A_graph_reused_record_after_record_holds_what_a_fresh_graph_holds_on_the_whole_test_corpus()
    {
        // The encoder builds every record into one graph (Build(..., into)): each record's graph must be the one a
        // fresh graph gets, triple for triple in the same order, whatever record came before (the whole MARC test
        // corpus, a record twice in a row, a large record before a small one).
        var builder = new BibframeGraphBuilder(Options with { Items = true, IncludeLocal = true });
        var reused = new RdfGraph();
        var records = CorpusMarcRecords.Iso2709().ToList();

        var big = Record("00000cam a2200000 a 4500", [new ControlField("001", "big"), .. Enumerable.Range(0, 400).Select(i => F("650", " 0", ('a', "Topic " + i), ('x', "Sub " + i)))]);
        records.AddRange([big, Book, Book]);
        Assert.True(records.Count > 500, $"{records.Count} records");
        foreach (var record in records)
        {
            var fresh = builder.Build(record, NullDiagnostics.Instance).Triples;
            var again = builder.Build(record, NullDiagnostics.Instance, null, reused);
            Assert.Same(reused, again);
            Assert.Equal(fresh, again.Triples);
        }

        Assert.True(builder.Build(big, NullDiagnostics.Instance).Count > 1024);
    }
}
