using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

/// <summary>Agent IRIs from content, not position (issue #16, "Stable IRIs"; docs/mappings/schema-org.md, IRIs).</summary>
public class AgentIrisTests
{
    private const string Page = "https://catalog.example.org/record/B1";
    private static readonly SchemaOrgCrosswalk Crosswalk = new();

    private static RdfGraph Graph(params Contributor[] contributors) =>
        Crosswalk.FromCatalog(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "B1")], Contributors = [.. contributors] }, NullDiagnostics.Instance);

    private static HashSet<string> AgentIris(RdfGraph g) =>
        [.. g.Triples.Select(t => t.Subject).OfType<Iri>().Select(i => i.Value).Where(v => v.Contains("#agent-", StringComparison.Ordinal))];

    [Fact]
    public void Adding_a_contributor_in_front_leaves_the_other_iris()
    {
        var before = AgentIris(Graph(Contributor.Person("Serge, Victor"), Contributor.Person("Trotsky, Leon", "translator")));
        var after = AgentIris(Graph(Contributor.Person("Lenin, V. I.", "editor"), Contributor.Person("Serge, Victor"), Contributor.Person("Trotsky, Leon", "translator")));
        Assert.Equal(2, before.Count);
        Assert.Subset(after, before);
        Assert.Equal(3, after.Count);
    }

    [Fact]
    public void The_iri_is_a_slug_of_the_name()
    {
        Assert.Equal([Page + "#agent-serge-victor"], AgentIris(Graph(Contributor.Person("Serge, Victor"))));
        Assert.Equal("garcia-marquez-gabriel-1927-2014", AgentIrisSlug("García Márquez, Gabriel, 1927-2014"));
        Assert.Equal("%D1%82%D0%BE%D0%BB%D1%81%D1%82%D0%BE%D0%B9-%D0%BB%D0%B5%D0%B2", AgentIrisSlug("Толстой, Лев"));   // "й" keeps its breve
        Assert.Equal("%E0%A4%AA%E0%A5%8D%E0%A4%B0%E0%A5%87%E0%A4%AE%E0%A4%9A%E0%A4%82%E0%A4%A6", AgentIrisSlug("प्रेमचंद"));   // Devanagari vowel signs kept
    }

    [Theory]
    [InlineData("A/B #1 ?x=<y>")]
    [InlineData("\"quoted\" {braces} |pipe| \\back\\")]
    [InlineData("...")]
    [InlineData("")]
    [InlineData("\uD800 lone surrogate")]
    public void Iris_are_safe_for_every_syntax(string name)
    {
        var iri = Assert.Single(AgentIris(Graph(Contributor.Person(name))));
        var fragment = iri[(iri.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.Matches("^agent-[a-z0-9%-]+$", fragment);
        Assert.True(Uri.IsWellFormedUriString(iri, UriKind.Absolute), iri);
    }

    [Fact]
    public void The_same_name_and_roles_are_one_agent_and_different_contributors_never_share_an_iri()
    {
        Assert.Single(AgentIris(Graph(Contributor.Person("Smith, John"), Contributor.Person("Smith, John"))));
        var two = AgentIris(Graph(Contributor.Person("Smith, John"), Contributor.Person("Smith, John", "illustrator")));
        Assert.Equal(2, two.Count);
        Assert.All(two, i => Assert.StartsWith(Page + "#agent-smith-john-", i, StringComparison.Ordinal));
        Assert.Equal(2, AgentIris(Graph(Contributor.Person("Smith, John"), Contributor.Person("Smith John"))).Count);
        Assert.Equal(2, AgentIris(Graph(Contributor.Person("Smith, John"), Contributor.Organization("Smith, John"))).Count);
    }

    [Fact]
    public void Contributors_come_back_in_hub_order()
    {
        Contributor[] people = [Contributor.Person("Zeta, Z.", "editor"), Contributor.Person("Alpha, A."), Contributor.Person("Mu, M.", "narrator")];
        var back = Crosswalk.ToCatalog(Graph(people), NullDiagnostics.Instance);
        Assert.Equal(people, back.Contributors.ToArray());
    }

    [Fact]
    public void Older_output_with_numbered_agents_keeps_its_order()
    {
        var g = new RdfGraph();
        var edition = new Iri(Page + "#edition");
        var work = new Iri(Page + "#work");
        g.Add(edition, Vocab.Type, Vocab.S("Book"));
        g.Add(edition, Vocab.S("exampleOfWork"), work);
        g.Add(edition, Vocab.S("name"), new Literal("T"));
        foreach (var (n, name) in new[] { (2, "Second"), (10, "Tenth"), (1, "First") })
        {
            var agent = new Iri(Page + "#agent-" + n);
            g.Add(edition, Vocab.S("author"), agent);
            g.Add(agent, Vocab.Type, Vocab.S("Person"));
            g.Add(agent, Vocab.S("name"), new Literal(name));
        }

        Assert.Equal(["First", "Second", "Tenth"], Crosswalk.ToCatalog(g, NullDiagnostics.Instance).Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("http://id.loc.gov/authorities/names/n79021164", "https://catalog.example.org/agent/id.loc.gov/authorities/names/n79021164")]
    [InlineData("https://id.loc.gov/authorities/names/n79021164/", "https://catalog.example.org/agent/id.loc.gov/authorities/names/n79021164")]
    [InlineData("(DLC)n  79021164", "https://catalog.example.org/agent/id.loc.gov/authorities/names/n79021164")]
    [InlineData("https://www.viaf.org/viaf/27066848", "https://catalog.example.org/agent/viaf.org/viaf/27066848")]
    [InlineData("(OCoLC)fst 01234", "https://catalog.example.org/agent/OCoLC/fst01234")]
    public void An_authority_names_the_agent_under_the_base_uri(string authority, string expected) =>
        Assert.Equal(expected, Exporter.Formats.Rdf.SchemaOrg.AgentIris.AuthorityIri(new Uri("https://catalog.example.org/"), Exporter.Formats.Rdf.SchemaOrg.AgentIris.Normalize(authority)!).Value);

    [Theory]
    [InlineData("n79021164")]
    [InlineData("urn:isbn:123")]
    [InlineData("()x")]
    public void A_bare_number_or_another_scheme_is_not_an_authority(string authority) =>
        Assert.Null(Exporter.Formats.Rdf.SchemaOrg.AgentIris.Normalize(authority));

    [Fact]
    public void The_ascii_fast_path_gives_the_slugs_of_the_rule()
    {
        var names = new List<string> { "", "-", "  ", "Serge, Victor", "O'Brien, Flann, 1911-1966.", "__x__", new string('a', 80), new string('a', 63) + "--b" };
        names.AddRange(Enumerable.Range(0, 128).Select(c => "A" + (char)c + "b" + (char)c));
        var random = new Random(17);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 90)];
            for (var k = 0; k < chars.Length; k++) chars[k] = (char)(random.Next(4) == 0 ? random.Next(0, 128) : random.Next(2) == 0 ? random.Next('a', 'z' + 1) : random.Next(' ', '0'));
            names.Add(new string(chars));
        }

        foreach (var name in names) Assert.Equal(Exporter.Formats.Rdf.SchemaOrg.AgentIris.UnicodeSlug(name), AgentIrisSlug(name));
    }

    private static string AgentIrisSlug(string name) => Exporter.Formats.Rdf.SchemaOrg.AgentIris.Slug(name);
}
