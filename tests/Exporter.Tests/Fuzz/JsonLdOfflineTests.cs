using System.Diagnostics;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.JsonLd;

namespace Exporter.Tests.Fuzz;

/// <summary>The JSON-LD reader never fetches a context: other URLs than schema.org fail at once with JSONLD0003.</summary>
public sealed class JsonLdOfflineTests
{
    [Theory]
    [InlineData("http://10.255.255.1/context.jsonld")]      // unroutable: a fetch would hang until a timeout
    [InlineData("https://example.invalid/ctx")]              // unresolvable
    [InlineData("file:///etc/passwd")]                       // a local file is a remote context too
    public void A_remote_context_is_a_clear_error_without_any_fetch(string url)
    {
        var json = "{\"@context\": \"" + url + "\", \"@id\": \"http://x/1\", \"name\": \"n\"}";
        var bag = new DiagnosticBag();
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<RecordFormatException>(() => JsonLdReader.Parse(json, diagnostics: bag));
        watch.Stop();

        Assert.Equal(JsonLdDiagnosticCodes.RemoteContext, ex.Diagnostic.Code);
        Assert.Contains(url, ex.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("or supply it in JsonLdReaderOptions.ContextDocuments", ex.Diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Equal((1, "@context"), (ex.Diagnostic.Line, ex.Diagnostic.Field));
        Assert.Single(bag.Items);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}: was something fetched?");
    }

    [Theory]
    [InlineData("https://schema.org/")]
    [InlineData("http://schema.org")]
    public void The_schema_org_context_is_built_in(string url)
    {
        var graph = JsonLdReader.Parse("{\"@context\": \"" + url + "\", \"@id\": \"http://x/1\", \"name\": \"n\"}");
        Assert.Equal("https://schema.org/name", Assert.Single(graph.Triples).Predicate.Value);
    }

    [Fact]
    public void The_library_has_no_network_code_path()
    {
        // the reader cannot fetch what the assembly cannot reach: no HTTP, socket or WebRequest assembly is referenced
        var referenced = typeof(JsonLdReader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("System.Xml.ReaderWriter", referenced.Concat(["System.Private.Xml"]));
        Assert.DoesNotContain(referenced, n => n.StartsWith("System.Net.", StringComparison.Ordinal));
    }
}
