using Exporter.Diagnostics;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

public sealed class JsonLdContextTests
{
    [Fact]
    public void Shipped_context_file_is_the_one_the_writer_embeds()
    {
        var file = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "schemas", "context.jsonld"));
        Assert.Equal(JsonLdContext.Exporter.ToDocumentJson(), file);
    }

    [Fact]
    public void Shipped_context_defines_vocab_prefix_and_coercions()
    {
        var c = JsonLdContext.Exporter;
        Assert.Equal("https://schema.org/", c.Vocab);
        Assert.Equal("http://www.w3.org/2001/XMLSchema#", c.GetTerm("xsd")!.Iri);
        Assert.True(c.GetTerm("xsd")!.IsPrefix);
        Assert.Equal("http://www.w3.org/2001/XMLSchema#integer", c.GetTerm("numberOfPages")!.TypeMapping);
        Assert.Equal("http://www.w3.org/2001/XMLSchema#gYear", c.GetTerm("datePublished")!.TypeMapping);
        Assert.Equal("@id", c.GetTerm("url")!.TypeMapping);
    }

    [Fact]
    public void Schema_org_stand_in_has_https_vocab_aliases_and_id_terms()
    {
        var c = JsonLdContext.SchemaOrg;
        Assert.Equal("https://schema.org/", c.Vocab);
        Assert.Equal("@id", c.GetTerm("id")!.Iri);
        Assert.Equal("@type", c.GetTerm("type")!.Iri);
        Assert.Equal("https://schema.org/sameAs", c.GetTerm("sameAs")!.Iri);
        Assert.Equal("@id", c.GetTerm("sameAs")!.TypeMapping);
        Assert.Null(c.GetTerm("datePublished"));
    }

    [Theory]
    [InlineData("""{"@context": {"p": {"@id": "ex:p", "@container": "@index"}}}""", JsonLdDiagnosticCodes.Unsupported)]
    [InlineData("""{"@context": {"p": {"@context": {}}}}""", JsonLdDiagnosticCodes.Unsupported)]
    [InlineData("""{"@context": {"p": {"@id": 5}}}""", JsonLdDiagnosticCodes.InvalidContext)]
    [InlineData("""{"@context": {"a": "b:x", "b": "a:y"}}""", JsonLdDiagnosticCodes.InvalidContext)]
    [InlineData("""{"@context": {"p": {}}}""", JsonLdDiagnosticCodes.InvalidContext)]
    [InlineData("""{"@context": "https://example.org/ctx"}""", JsonLdDiagnosticCodes.RemoteContext)]
    [InlineData("""{"@context": {"@type": "x"}}""", JsonLdDiagnosticCodes.InvalidContext)]
    [InlineData("""{"@context": [1]}""", JsonLdDiagnosticCodes.InvalidContext)]
    [InlineData("""{"@context": {"@base": "relative"}}""", JsonLdDiagnosticCodes.InvalidContext)]
    [InlineData("""{"@context": {"p": {"@id": "ex:p", "@type": "@json"}}}""", JsonLdDiagnosticCodes.Unsupported)]
    [InlineData("""{"@context": {"p": {"@id": "ex:p", "@nest": "n"}}}""", JsonLdDiagnosticCodes.Unsupported)]
    [InlineData("""{"@context": {"p": {"@id": "ex:p", "@bogus": 1}}}""", JsonLdDiagnosticCodes.InvalidContext)]
    [InlineData("""{"@context": """, JsonLdDiagnosticCodes.InvalidJson)]
    public void Invalid_or_unsupported_contexts_are_reported_with_a_code(string json, string code)
    {
        var ex = Assert.Throws<RecordFormatException>(() => JsonLdContext.Parse(json));
        Assert.Equal(code, ex.Diagnostic.Code);
    }

    [Fact]
    public void Terms_may_depend_on_each_other_in_any_order()
    {
        var c = JsonLdContext.Parse("""{"title": {"@id": "dc:title", "@language": "EN"}, "dc": "http://purl.org/dc/terms/", "list": {"@id": "dc:list", "@container": ["@list"]}}""");
        Assert.Equal("http://purl.org/dc/terms/title", c.GetTerm("title")!.Iri);
        Assert.Equal("en", c.GetTerm("title")!.Language);
        Assert.Equal(JsonLdContainer.List, c.GetTerm("list")!.Container);
    }
}
