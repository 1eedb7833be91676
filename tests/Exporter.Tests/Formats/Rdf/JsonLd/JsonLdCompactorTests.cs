using Exporter.Formats.Rdf.JsonLd;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

/// <summary>Every compacted form must expand back to the IRI it came from, under the same context.</summary>
public sealed class JsonLdCompactorTests
{
    private static readonly string[] Stems =
    [
        "https://schema.org/", "http://schema.org/", "http://www.w3.org/2001/XMLSchema#", "http://purl.org/dc/terms/",
        "urn:isbn:", "xsd:", "schema:", "http://example.org/é/", "https://schema.org/a/", "mailto:", "id:", "tag:x,2026:",
    ];

    private static readonly string[] Tails = ["", "name", "url", "xsd", "integer", "a:b", "@x", "id", "type", "//x", "Book", "numberOfPages", "ü", "%20", "#f"];

    public static Arbitrary<string> Iris() =>
        Arb.From(from stem in Gen.Elements(Stems) from tail in Gen.Elements(Tails) select stem + tail);

    private static readonly JsonLdContext[] Contexts =
    [
        JsonLdContext.Exporter,
        JsonLdContext.SchemaOrg,
        JsonLdContext.Parse("""{"@vocab": "http://purl.org/dc/terms/", "id": "@id", "title": {"@id": "http://purl.org/dc/terms/title", "@container": "@list"}, "ex": {"@id": "http://example.org/", "@prefix": true}, "Book": "https://schema.org/Book"}"""),
    ];

    [Property(Arbitrary = [typeof(JsonLdCompactorTests)], MaxTest = 500)]
    public bool Property_keys_expand_back(string iri, byte which)
    {
        var context = Contexts[which % Contexts.Length];
        var key = new JsonLdCompactor(context).Property(iri);
        return key is null ? !JsonLdIri.IsWellFormed(iri) || Unsafe(context, iri) : JsonLdIriExpander.Expand(context, key, JsonLdExpansion.Vocab) == iri
            && context.GetTerm(key) is not { Container: JsonLdContainer.List or JsonLdContainer.Language } and not { IsReverse: true };
    }

    [Property(Arbitrary = [typeof(JsonLdCompactorTests)], MaxTest = 500)]
    public bool Type_values_expand_back(string iri, byte which)
    {
        var context = Contexts[which % Contexts.Length];
        var value = new JsonLdCompactor(context).Vocab(iri);
        return value is null ? !JsonLdIri.IsWellFormed(iri) || Unsafe(context, iri) : JsonLdIriExpander.Expand(context, value, JsonLdExpansion.VocabAndDocument) == iri;
    }

    [Property(Arbitrary = [typeof(JsonLdCompactorTests)], MaxTest = 500)]
    public bool Safe_ids_expand_back(string iri, byte which)
    {
        var context = Contexts[which % Contexts.Length];
        return !new JsonLdCompactor(context).IsSafeId(iri) || JsonLdIriExpander.Expand(context, iri, JsonLdExpansion.Document) == iri;
    }

    [Theory]
    [InlineData("xsd:local")]
    [InlineData("schema:x")]
    public void Iris_whose_scheme_is_a_prefix_cannot_be_written(string iri)
    {
        var compactor = new JsonLdCompactor(JsonLdContext.SchemaOrg);
        Assert.False(compactor.IsSafeId(iri));
        Assert.Null(compactor.Property(iri));
    }

    private static bool Unsafe(JsonLdContext context, string iri)
    {
        var colon = iri.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !iri.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal) && context.GetTerm(iri[..colon]) is { IsPrefix: true };
    }
}
