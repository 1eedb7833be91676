using Exporter.Formats.BookFeed;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Tests.Formats.Rdf.SchemaOrg;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;
using static Exporter.Tests.Formats.BookFeed.LibraryFeedTesting;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>
/// The Library feed checked field by field against the required properties of Google's Book Actions specification
/// (https://developers.google.com/search/docs/appearance/structured-data/book, "Library feed": LibrarySystem and
/// Library (member), as recorded in docs/mappings/bookfeed.md), and against schema.org 30.0.
/// </summary>
public class LibraryFeedSpecTests
{
    // The spec's required properties per entity.
    private static readonly string[] FeedRequired = ["@context", "@type", "dataFeedElement", "dateModified"];
    private static readonly string[] SystemRequired = ["@context", "@id", "@type", "additionalProperty", "member", "name", "url"];
    private static readonly string[] MemberRequired = ["@id", "@type", "location", "name"];
    private static readonly string[] AddressParts = ["streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"];

    // The values the spec allows for the librarytype PropertyValue.
    private static readonly string[] Types = ["public", "academic", "corporate", "government", "school", "special"];

    [Fact]
    public void Every_entity_has_the_properties_the_spec_requires_with_values_it_allows()
    {
        var feed = Feed(Example());
        Has(feed, FeedRequired, "DataFeed");
        Assert.Equal("DataFeed", (string?)feed["@type"]);
        var elements = ((JArray)feed["dataFeedElement"]!).Cast<JObject>().ToList();
        Assert.All(elements, e => Assert.Equal("LibrarySystem", (string?)e["@type"])); // a Library feed holds LibrarySystems only
        foreach (var system in elements)
        {
            Has(system, SystemRequired, "LibrarySystem");
            Assert.Equal("https://schema.org", (string?)system["@context"]);
            Assert.True(Uri.IsWellFormedUriString((string)system["@id"]!, UriKind.Absolute));
            Assert.Equal((string?)system["@id"], (string?)BookFeedLender()["@id"]); // the book feed's lender.@id "references" this system
            var property = (JObject)system["additionalProperty"]!;
            Assert.Equal(("PropertyValue", "librarytype"), ((string?)property["@type"], (string?)property["name"]));
            Assert.Contains((string?)property["value"], Types);
            var members = ((JArray)system["member"]!).Cast<JObject>().ToList();
            Assert.NotEmpty(members); // "every LibrarySystem entity requires at least one Library (member) entity"
            foreach (var member in members)
            {
                Has(member, MemberRequired, "Library");
                Assert.Equal("Library", (string?)member["@type"]);
                var location = (JObject)member["location"]!;
                Assert.Equal("PostalAddress", (string?)location["@type"]);
                Assert.Contains(location.Properties(), p => AddressParts.Contains(p.Name));
                Assert.All(location.Properties(), p => Assert.Contains(p.Name, AddressParts.Append("@type")));
                Assert.Matches("^[A-Z]{2}$", (string?)location["addressCountry"] ?? "US"); // ISO 3166-1 alpha-2
            }

            Assert.Equal(members.Count, members.Select(m => (string?)m["@id"]).Distinct().Count());
        }
    }

    [Fact]
    public void Every_term_is_a_schema_org_30_term_used_in_its_domain_but_the_additional_property_google_requires()
    {
        const string S = "https://schema.org/";
        var vocab = new SchemaOrgVocabulary(TestEnvironment.TestData("reference", "schemaorg", "schemaorg-current-https.jsonld"));
        var graph = JsonLdReader.Parse(Text(Example()));
        var types = graph.Triples.Where(t => t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal))
            .GroupBy(t => t.Subject).ToDictionary(x => x.Key, x => x.Select(t => ((Iri)t.Object).Value.Replace(S, "", StringComparison.Ordinal)).ToList());
        Assert.Equal(["DataFeed", "Library", "LibrarySystem", "PostalAddress", "PropertyValue"], types.Values.SelectMany(v => v).Distinct().Order(StringComparer.Ordinal));
        foreach (var cls in types.Values.SelectMany(v => v)) Assert.True(vocab.IsClass(cls), "not a schema.org class: " + cls);
        foreach (var t in graph.Triples.Where(t => !t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal)))
        {
            var p = t.Predicate.Value[S.Length..];
            Assert.True(vocab.IsProperty(p), "not a schema.org property: " + p);
            var subjectTypes = types[t.Subject];

            // Google requires additionalProperty on the LibrarySystem, an Organization, which schema.org 30.0 does not
            // list in its domain (Place, Product, Offer...): the one term used outside its domain, as the spec asks.
            if (p == "additionalProperty") Assert.Equal(["LibrarySystem"], subjectTypes);
            else Assert.True(vocab.InDomain(p, subjectTypes), $"{p} used on {string.Join("/", subjectTypes)}, outside its domain");
        }
    }

    private static JObject BookFeedLender() =>
        (JObject)BookFeedTesting.Edition(BookFeedTesting.Book())["potentialAction"]!["lender"]!;

    private static void Has(JObject node, string[] required, string entity)
    {
        foreach (var p in required) Assert.True(node[p] is { } v && v.Type != JTokenType.Null && !(v is JArray { Count: 0 }) && (string?)(v as JValue) != "", $"{entity} lacks the required {p}: {node}");
    }
}
