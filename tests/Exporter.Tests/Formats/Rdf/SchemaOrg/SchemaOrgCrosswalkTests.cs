using Exporter.Formats.Common.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

public class SchemaOrgCrosswalkTests
{
    private const string S = "https://schema.org/";
    private const string Page = "https://catalog.example.org/record/CX7118";
    private static readonly SchemaOrgCrosswalk Crosswalk = new();

    private static RdfGraph Cx7118() => Crosswalk.FromCatalog(RecordFactory.Examples()[0], NullDiagnostics.Instance);

    private static IEnumerable<RdfTerm> Objects(RdfGraph g, string subject, string property) =>
        g.Triples.Where(t => t.Subject == new Iri(subject) && t.Predicate.Value == S + property).Select(t => t.Object);

    [Fact]
    public void Cx7118_work_and_edition_follow_the_google_book_model()
    {
        var g = Cx7118();
        Assert.Equal([new Iri(S + "Book")], g.Triples.Where(t => t.Subject == new Iri(Page + "#work") && t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal)).Select(t => t.Object));
        Assert.Equal([new Literal("1937", "http://www.w3.org/2001/XMLSchema#gYear")], Objects(g, Page + "#work", "datePublished"));
        Assert.Equal([new Iri(Page + "#edition")], Objects(g, Page + "#work", "workExample"));
        Assert.Equal([new Literal("1973", "http://www.w3.org/2001/XMLSchema#gYear")], Objects(g, Page + "#edition", "datePublished"));
        Assert.Equal([new Literal("160", "http://www.w3.org/2001/XMLSchema#integer")], Objects(g, Page + "#edition", "numberOfPages"));
        Assert.Equal([new Iri(Page + "#agent-serge-victor")], Objects(g, Page + "#edition", "author"));
        Assert.Equal([new Literal("Serge")], Objects(g, Page + "#agent-serge-victor", "familyName"));
        Assert.Equal([new Literal("Victor Serge")], Objects(g, Page + "#agent-serge-victor", "name"));
        Assert.Equal([new Literal("Monad Press")], Objects(g, Page + "#publisher", "name"));
        Assert.Equal([new Iri(Page)], Objects(g, Page + "#edition", "mainEntityOfPage"));
        Assert.Equal(3, Objects(g, Page + "#edition", "hasPart").Count());
        Assert.Equal(33, g.Triples.Count(t => t.Predicate.Value == S + "position"));
        Assert.Empty(Objects(g, Page + "#edition", "about"));
        var review = Assert.Single(Objects(g, Page + "#edition", "review"));
        Assert.StartsWith("Victor Serge had a history", ((Literal)Objects(g, ((Iri)review).Value, "reviewBody").Single()).Lexical, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_schema_org_term_exists_and_is_used_in_its_domain()
    {
        var vocab = new SchemaOrgVocabulary(TestEnvironment.TestData("reference", "schemaorg", "schemaorg-current-https.jsonld"));
        var graphs = RecordFactory.Examples().Select(r => Crosswalk.FromCatalog(r, NullDiagnostics.Instance)).ToList();
        graphs.AddRange(FsCheck.Fluent.Gen.Sample(HubGen.Record(HubGen.StringDomain.Hostile), 20, 100).Select(r => Crosswalk.FromCatalog(r, NullDiagnostics.Instance)));
        foreach (var g in graphs)
        {
            var types = g.Triples.Where(t => t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal) && ((Iri)t.Object).Value.StartsWith(S, StringComparison.Ordinal))
                .GroupBy(t => t.Subject).ToDictionary(x => x.Key, x => x.Select(t => ((Iri)t.Object).Value.Replace(S, "", StringComparison.Ordinal)).ToList());
            foreach (var cls in types.Values.SelectMany(v => v)) Assert.True(vocab.IsClass(cls), "not a schema.org class: " + cls);
            foreach (var t in g.Triples.Where(t => t.Predicate.Value.StartsWith(S, StringComparison.Ordinal)))
            {
                var p = t.Predicate.Value[S.Length..];
                Assert.True(vocab.IsProperty(p), "not a schema.org property: " + p);
                Assert.True(types.TryGetValue(t.Subject, out var subjectTypes), $"subject of {p} has no type");
                Assert.True(vocab.InDomain(p, subjectTypes!), $"{p} used on {string.Join("/", subjectTypes!)}, outside its domain");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RecordFactory.ExampleIndexes), MemberType = typeof(RecordFactory))]
    public void Example_round_trips_through_the_graph(int index)
    {
        var record = RecordFactory.Examples()[index];
        var back = Crosswalk.ToCatalog(Crosswalk.FromCatalog(record, NullDiagnostics.Instance), NullDiagnostics.Instance);
        RecordAssert.Equal(Carried(record), back);
    }

    [Fact]
    public void Generated_hostile_records_round_trip_through_the_graph() =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Hostile), record =>
        {
            var bag = new DiagnosticBag();
            var back = Crosswalk.ToCatalog(Crosswalk.FromCatalog(record, bag), bag);
            RecordAssert.Equal(Carried(record), back);
        }, tests: 300);

    [Fact]
    public void Base_uri_and_catalog_number_make_the_iris()
    {
        var g = new SchemaOrgCrosswalk(new Uri("https://lib.example.net/cat/")).FromCatalog(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "A 1/2")] }, NullDiagnostics.Instance);
        Assert.Contains(g.Triples, t => t.Subject == new Iri("https://lib.example.net/cat/record/A%201%2F2#edition"));
    }

    /// <summary>
    /// What the graph is documented to normalise: a contributor's roles come back in a fixed order; contributors of
    /// the same name, kind and roles are one agent, and equal notes one description (RDF statements are a set).
    /// </summary>
    public static CatalogRecord Carried(CatalogRecord r) => r with
    {
        Contributors = [.. r.Contributors.Select(c => c with { Roles = [.. RolesInGraphOrder(c.Roles.Distinct())] }).DistinctBy(c => (c.Kind, c.Name, string.Join("\u001E", c.Roles.Order(StringComparer.Ordinal))))],
        Notes = [.. r.Notes.Distinct()],
        SourceFields = [.. r.SourceFields.Where(f => f.Format == "marc21")],
        DateOfPublication = null,
        StatementOfResponsibility = null,                                                         // 245 $c, 546 $a, 830: not in the graph
        LanguageNote = null,
        Series = [.. r.Series.Select(s => s with { Heading = null, HeadingNumber = null })],
        Rights = [.. r.Rights.Where(RightsText.IsUri).Distinct(), .. r.Rights.Where(s => !RightsText.IsUri(s)).Distinct()], // license IRIs, then copyrightNotice texts, each once
    };

    private static IEnumerable<string> RolesInGraphOrder(IEnumerable<string> roles)
    {
        string[] direct = ["author", "editor", "translator", "illustrator", "contributor", "creator", "director", "producer"];
        var list = roles.ToList();
        return direct.Where(list.Contains).Concat(list.Where(r => !direct.Contains(r)));
    }
}
