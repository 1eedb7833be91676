using System.Text.RegularExpressions;
using Exporter.Formats.BookFeed;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Model;
using Exporter.Tests.Formats.Rdf.SchemaOrg;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;
using static Exporter.Tests.Formats.BookFeed.BookFeedTesting;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>
/// The feed of the example catalog, checked field by field against the required properties of Google's Book Actions
/// data feed specification (https://developers.google.com/search/docs/appearance/structured-data/book, last updated
/// 2025-12-10, "Structured data type definitions": DataFeed, Book (Work), Book (Edition), Person or Organization
/// (author), PropertyValue (identifier), BorrowAction (potentialAction) with its target and lender), and against
/// schema.org 30.0: every term a schema.org term, used in its domain.
/// </summary>
public partial class BookFeedSpecTests
{
    // The spec's required properties per entity, as its tables list them (checked against the page, 2025-12-10).
    private static readonly string[] FeedRequired = ["@context", "@type", "dataFeedElement", "dateModified"];
    private static readonly string[] WorkRequired = ["@context", "@id", "@type", "name", "url", "workExample"];

    // The Work's author is required, or in its place "other contributors as defined in schema.org/Book".
    private static readonly string[] Contributors = ["editor", "translator", "illustrator", "contributor"];
    private static readonly string[] AuthorRequired = ["@type", "name"];
    private static readonly string[] EditionRequired = ["@id", "@type", "bookFormat", "inLanguage", "isbn", "potentialAction"];
    private static readonly string[] IdentifierRequired = ["@type", "propertyID", "value"];
    private static readonly string[] BorrowActionRequired = ["@type", "lender", "target"];
    private static readonly string[] EntryPointRequired = ["@type", "actionPlatform", "urlTemplate"];
    private static readonly string[] LenderRequired = ["@id", "@type"];

    // The values the spec allows.
    private static readonly string[] BookFormats = ["https://schema.org/AudiobookFormat", "https://schema.org/EBook", "https://schema.org/Hardcover", "https://schema.org/Paperback"];
    private static readonly string[] Platforms = ["https://schema.org/DesktopWebPlatform", "https://schema.org/AndroidPlatform", "https://schema.org/IOSPlatform"];
    private static readonly string[] IdentifierTypes = ["OCLC_NUMBER", "LCCN", "JP_E-CODE"];

    // The properties the spec lists for each entity (required and recommended); the feed writes no other, except the
    // Work's dateModified and the lender's name and url (schema.org terms the spec does not list, kept for readers).
    private static readonly string[] WorkListed = [.. WorkRequired, "author", .. Contributors, "sameAs", "dateModified"];
    private static readonly string[] EditionListed = [.. EditionRequired, "author", "bookEdition", "datePublished", "identifier", "name", "sameAs", "url"];

    private static List<CatalogRecord> Catalog() =>
        [.. RecordFactory.ReadText(Path.Combine(TestEnvironment.RepoRoot, "examples", "catalog.txt")), .. RecordFactory.ReadText(Path.Combine(TestEnvironment.RepoRoot, "examples", "CX7118.txt"))];

    private static JObject Feed() => Write(Catalog(), Library with { DefaultBookFormat = "Paperback", BorrowUrlTemplate = "https://opac.example.org/record/{id}" }).Feed;

    [Fact]
    public void Every_entity_has_the_properties_the_spec_requires_with_values_it_allows()
    {
        var feed = Feed();
        Has(feed, FeedRequired, "DataFeed");
        Assert.Equal("DataFeed", (string?)feed["@type"]);
        var works = ((JArray)feed["dataFeedElement"]!).Cast<JObject>().ToList();
        Assert.NotEmpty(works);
        foreach (var work in works)
        {
            Has(work, WorkRequired, "Work");
            Assert.Equal(("https://schema.org", "Book"), ((string?)work["@context"], (string?)work["@type"]));
            Assert.True(Uri.IsWellFormedUriString((string)work["url"]!, UriKind.Absolute));
            var credits = new[] { "author" }.Concat(Contributors).Where(p => work[p] is not null).ToList();
            Assert.True(credits.Count > 0, "Work lacks the required author (or other contributors in its place): " + work);
            Assert.True(work["author"] is null || credits.Count == 1, "other contributors are only written in the author's place: " + work);
            foreach (var credit in credits)
            {
                Assert.NotEmpty(work[credit]!);
                Assert.All(work[credit]!, a => Has((JObject)a, AuthorRequired, credit));
                Assert.All(work[credit]!, a => Assert.Contains((string?)a["@type"], new[] { "Person", "Organization" }));
            }

            Assert.All(work.Properties(), p => Assert.Contains(p.Name, WorkListed));
            var editions = ((JArray)work["workExample"]!).Cast<JObject>().ToList();
            Assert.NotEmpty(editions); // "each Work must have at least one workExample"
            foreach (var edition in editions)
            {
                Has(edition, EditionRequired, "Edition");
                Assert.All(edition.Properties(), p => Assert.Contains(p.Name, EditionListed));
                Assert.NotEqual((string?)work["name"], (string?)edition["name"]); // "only use this when the title ... is different"
                Assert.Matches(@"^\d{4}(-\d{2}-\d{2})?$", (string?)edition["datePublished"] ?? "2000"); // YYYY-MM-DD or YYYY
                foreach (var id in edition["identifier"] ?? new JArray())
                {
                    Has((JObject)id, IdentifierRequired, "identifier");
                    Assert.Equal("PropertyValue", (string?)id["@type"]);
                    Assert.Contains((string?)id["propertyID"], IdentifierTypes);
                    Assert.Matches("^[0-9]", (string)id["value"]!); // "remove all non-numeric prefixes"
                }

                Assert.Contains((string?)edition["bookFormat"], BookFormats);
                Assert.Matches(TwoLetters(), (string)edition["inLanguage"]!); // ISO 639-1 alpha-2
                var isbn = (string)edition["isbn"]!;
                Assert.Equal(isbn, Isbn13.From(isbn)); // ISBN-13, check digit right
                var action = (JObject)edition["potentialAction"]!;
                Has(action, BorrowActionRequired, "BorrowAction");
                Assert.Equal("BorrowAction", (string?)action["@type"]);
                Has((JObject)action["target"]!, EntryPointRequired, "EntryPoint");
                Assert.All(action["target"]!["actionPlatform"]!, p => Assert.Contains((string?)p, Platforms));
                Has((JObject)action["lender"]!, LenderRequired, "lender");
                Assert.Equal("LibrarySystem", (string?)action["lender"]!["@type"]);
                Assert.True(Uri.IsWellFormedUriString((string)action["lender"]!["@id"]!, UriKind.Absolute)); // lender.@id: URL
            }
        }

        // a Book feed holds Book entities only: the spec keeps LibrarySystem (and its Library members) in a separate feed
        Assert.All(works, w => Assert.Equal("Book", (string?)w["@type"]));

        // works of several records keep distinct @ids, as the spec asks of split works
        Assert.Equal(works.Count, works.Select(w => (string?)w["@id"]).Distinct().Count());
    }

    [Fact]
    public void An_edited_volume_of_the_example_catalog_is_carried_with_its_editor_in_the_author_place()
    {
        var work = ((JArray)Feed()["dataFeedElement"]!).Cast<JObject>().Single(w => ((string)w["@id"]!).EndsWith("/CX1002#work", StringComparison.Ordinal));

        Assert.Equal("The Portable Marx", (string?)work["name"]);
        Assert.Null(work["author"]);
        var editor = (JObject)Assert.Single(work["editor"]!);
        Assert.Equal(("Person", "Kamenka, Eugene"), ((string?)editor["@type"], (string?)editor["name"]));
        Assert.Equal("9780140150964", (string?)Assert.Single(work["workExample"]!)["isbn"]);
    }

    [Fact]
    public void Every_term_is_a_schema_org_30_term_used_in_its_domain()
    {
        const string S = "https://schema.org/";
        var vocab = new SchemaOrgVocabulary(TestEnvironment.TestData("reference", "schemaorg", "schemaorg-current-https.jsonld"));
        var graph = JsonLdReader.Parse(Feed().ToString());
        var types = graph.Triples.Where(t => t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal))
            .GroupBy(t => t.Subject).ToDictionary(x => x.Key, x => x.Select(t => ((Iri)t.Object).Value.Replace(S, "", StringComparison.Ordinal)).ToList());
        Assert.Contains(types.Values.SelectMany(v => v), c => c == "LibrarySystem");
        foreach (var cls in types.Values.SelectMany(v => v)) Assert.True(vocab.IsClass(cls), "not a schema.org class: " + cls);
        var predicates = graph.Triples.Where(t => !t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal)).ToList();
        Assert.All(predicates, t => Assert.StartsWith(S, t.Predicate.Value, StringComparison.Ordinal));
        foreach (var t in predicates)
        {
            var p = t.Predicate.Value[S.Length..];
            Assert.True(vocab.IsProperty(p), "not a schema.org property: " + p);
            Assert.True(types.TryGetValue(t.Subject, out var subjectTypes), $"subject of {p} has no type");
            Assert.True(vocab.InDomain(p, subjectTypes!), $"{p} used on {string.Join("/", subjectTypes!)}, outside its domain");
        }
    }

    private static void Has(JObject node, string[] required, string entity)
    {
        foreach (var p in required) Assert.True(node[p] is { } v && v.Type != JTokenType.Null && !(v is JArray { Count: 0 }) && (string?)(v as JValue) != "", $"{entity} lacks the required {p}: {node}");
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex TwoLetters();
}
