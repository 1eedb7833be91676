using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

/// <summary>
/// What a MARC source adds to the schema.org graph: authority IRIs and sameAs for agents, 880 original-script forms as
/// language-tagged alternateName (docs/mappings/schema-org.md, rows authority and 880; issue #16).
/// </summary>
public class SchemaOrgMarcFactsTests
{
    private const string S = "https://schema.org/";
    private const string Page = "https://catalog.example.org/record/X1";
    private static readonly SchemaOrgCrosswalk Crosswalk = new();

    private static MarcRecord Marc(string id, params DataField[] names) => new(new Leader("00000cam a2200000 a 4500"),
    [
        new ControlField("001", id),
        new ControlField("008", "070910s2005    ru            000 0 rus d"),
        .. names,
        new DataField("245", '1', '0', new Subfield('6', "880-02"), new Subfield('a', "Voina i mir :"), new Subfield('b', "roman /")),
        new DataField("264", ' ', '1', new Subfield('6', "880-03"), new Subfield('a', "Moskva :"), new Subfield('b', "Eksmo,"), new Subfield('c', "2005.")),
        new DataField("880", '1', ' ', new Subfield('6', "100-01/(N"), new Subfield('a', "Толстой, Лев,"), new Subfield('d', "1828-1910.")),
        new DataField("880", '1', '0', new Subfield('6', "245-02/(N"), new Subfield('a', "Война и мир :"), new Subfield('b', "роман /")),
        new DataField("880", ' ', '1', new Subfield('6', "264-03/(N"), new Subfield('a', "Москва :"), new Subfield('b', "Эксмо,"), new Subfield('c', "2005.")),
    ]);

    private static readonly DataField Tolstoy = new("100", '1', ' ', new Subfield('6', "880-01"), new Subfield('a', "Tolstoi, Lev,"), new Subfield('d', "1828-1910."),
        new Subfield('0', "http://id.loc.gov/authorities/names/n79021164"), new Subfield('1', "http://viaf.org/viaf/27066848"));

    private static readonly DataField Tolstoy700 = new("700", '1', ' ', new Subfield('a', "Tolstoi, Lev,"), new Subfield('d', "1828-1910."), new Subfield('0', "(DLC)n  79021164"));

    private static readonly DataField Editor = new("700", '1', ' ', new Subfield('a', "Ivanov, Ivan,"), new Subfield('e', "editor."));

    private static CatalogRecord Hub(string id, params Contributor[] contributors) => new()
    {
        Title = "Voina i mir", Subtitle = "roman", Publisher = "Eksmo", Place = "Moskva", YearPublished = 2005, Languages = ["rus"],
        Identifiers = [new Identifier(IdentifierType.Local, id)], Contributors = [.. contributors],
    };

    private static readonly Contributor Lev = new("Tolstoi, Lev, 1828-1910", [ContributorRoles.Author]);
    private static readonly Contributor Ivan = new("Ivanov, Ivan", ["editor"]);

    private static RdfGraph Graph(CatalogRecord hub, MarcRecord marc) => Crosswalk.FromCatalog(hub, SchemaOrgMarcFacts.Read(marc), NullDiagnostics.Instance);

    private static List<RdfTerm> Objects(RdfGraph g, RdfTerm subject, string property) =>
        [.. g.Triples.Where(t => t.Subject == subject && t.Predicate.Value == S + property).Select(t => t.Object)];

    [Fact]
    public void An_agent_with_an_authority_has_the_same_iri_in_every_record_and_links_to_it()
    {
        var a = Graph(Hub("X1", Lev, Ivan), Marc("X1", Tolstoy, Editor));
        var b = Graph(Hub("X2", Ivan, Lev), Marc("X2", Editor, Tolstoy700));
        var agent = new Iri("https://catalog.example.org/agent/id.loc.gov/authorities/names/n79021164");
        Assert.Equal([agent], Objects(a, new Iri(Page + "#work"), "author"));
        Assert.Contains(agent, Objects(b, new Iri("https://catalog.example.org/record/X2#edition"), "author"));
        Assert.Equal([new Iri("http://id.loc.gov/authorities/names/n79021164"), new Iri("http://viaf.org/viaf/27066848")], Objects(a, agent, "sameAs"));
        Assert.Contains(new Iri(Page + "#agent-ivanov-ivan"), Objects(a, new Iri(Page + "#edition"), "editor"));   // no authority: under the page
    }

    [Fact]
    public void Original_scripts_are_alternate_names_tagged_with_language_and_script()
    {
        var g = Graph(Hub("X1", Lev), Marc("X1", Tolstoy));
        var cyrl = new Literal("Война и мир", language: "ru-Cyrl");
        Assert.Equal([cyrl], Objects(g, new Iri(Page + "#work"), "alternateName"));
        Assert.Equal([cyrl], Objects(g, new Iri(Page + "#edition"), "alternateName"));
        Assert.Equal([new Literal("Voina i mir", language: "ru-Latn")], Objects(g, new Iri(Page + "#edition"), "name"));
        Assert.Equal([new Literal("Эксмо", language: "ru-Cyrl")], Objects(g, new Iri(Page + "#publisher"), "alternateName"));
        var name = Assert.IsType<Literal>(Assert.Single(Objects(g, new Iri("https://catalog.example.org/agent/id.loc.gov/authorities/names/n79021164"), "alternateName")));
        Assert.StartsWith("Толстой, Лев", name.Lexical, StringComparison.Ordinal);
        Assert.Equal("ru-cyrl", name.Language);
    }

    [Fact]
    public void The_graph_reads_back_as_the_hub_record()
    {
        var hub = Hub("X1", Lev, Ivan);
        var back = Crosswalk.ToCatalog(Graph(hub, Marc("X1", Tolstoy, Editor)), NullDiagnostics.Instance);
        Assert.Equal(hub.Contributors.ToArray(), back.Contributors.ToArray());
        Assert.Equal((hub.Title, hub.Subtitle, hub.Publisher), (back.Title, back.Subtitle, back.Publisher));
    }

    [Fact]
    public void Facts_that_do_not_line_up_with_the_hub_contributors_are_not_used()
    {
        var g = Graph(Hub("X1", Lev, Ivan), Marc("X1", Tolstoy));
        Assert.DoesNotContain(g.Triples, t => t.Predicate.Value == S + "sameAs" && t.Subject is Iri i && i.Value.Contains("agent", StringComparison.Ordinal));
        Assert.Contains(g.Triples, t => t.Subject == new Iri(Page + "#agent-tolstoi-lev-1828-1910"));
    }
}
