using System.Text;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>The records of a multi-record JSON-LD document keep their own bytes of the document (nothing lost).</summary>
public class JsonLdRecordSpansTests
{
    private static List<RecordSource> Frame(byte[] input)
    {
        using var reader = FormatRegistry.CreateDefault().Get("jsonld").CreateReader(new MemoryStream(input), new ReadOptions { SourceName = "in" });
        return [.. reader.Frame()];
    }

    [Fact]
    public void Each_record_of_our_jsonld_is_its_node_objects_bytes_and_only_the_envelope_lies_outside()
    {
        var input = File.ReadAllBytes(Path.Combine(TestEnvironment.Examples, "out", "catalog.jsonld"));
        var sources = Frame(input);

        Assert.Equal(11, sources.Count);
        long at = 0;
        var outside = new StringBuilder();
        foreach (var s in sources)
        {
            Assert.Equal(input.AsSpan((int)s.ByteOffset, s.Raw.Length).ToArray(), s.Raw.ToArray()); // the input's bytes, where they are
            Assert.Equal((byte)'{', s.Raw.Span[0]);
            Assert.Equal((byte)'}', s.Raw.Span[^1]);
            Assert.True(s.ByteOffset >= at, $"record {s.Index + 1} overlaps the one before");
            Assert.Contains($"record/CX{1001 + s.Index}#edition", Encoding.UTF8.GetString(s.Raw.Span), StringComparison.Ordinal);
            Assert.NotNull(s.Line);
            outside.Append(Encoding.UTF8.GetString(input, (int)at, (int)(s.ByteOffset - at))).Append('|');
            at = s.ByteOffset + s.Raw.Length;
        }

        outside.Append(Encoding.UTF8.GetString(input, (int)at, input.Length - (int)at));
        var envelope = outside.ToString();
        var head = envelope[..envelope.IndexOf('|', StringComparison.Ordinal)];
        Assert.EndsWith("\"@graph\": [", head.TrimEnd(), StringComparison.Ordinal);
        Assert.True(envelope[head.Length..].All(c => c is '|' or ',' or ' ' or '\n' or '\r' or ']' or '}'), "only separators and the closing envelope lie between and after the records");
    }

    [Fact]
    public void A_record_whose_nodes_lie_apart_keeps_each_part_and_says_where()
    {
        const string work1 = """{ "@id": "https://x.example/record/1#work", "@type": "Book", "name": "One" }""";
        const string work2 = """{ "@id": "https://x.example/record/2#work", "@type": "Book", "name": "Two" }""";
        const string ed1 = """{ "@id": "https://x.example/record/1#edition", "@type": "Book", "name": "One", "exampleOfWork": { "@id": "https://x.example/record/1#work" } }""";
        const string ed2 = """{ "@id": "https://x.example/record/2#edition", "@type": "Book", "name": "Two", "exampleOfWork": { "@id": "https://x.example/record/2#work" } }""";
        var text = $"{{ \"@context\": {{ \"@vocab\": \"https://schema.org/\" }},\n  \"@graph\": [\n    {work1},\n    {work2},\n    {ed1},\n    {ed2}\n  ]\n}}\n";
        var input = Encoding.UTF8.GetBytes(text);

        var sources = Frame(input);

        Assert.Equal(2, sources.Count);
        var first = sources[0];
        Assert.Equal(Encoding.UTF8.GetBytes(work1 + ed1), first.Raw.ToArray()); // each node's bytes, as they are
        Assert.Equal(Encoding.UTF8.GetByteCount(text[..text.IndexOf(work1, StringComparison.Ordinal)]), first.ByteOffset);
        Assert.Equal(
            [new ByteSpan(first.ByteOffset, work1.Length), new ByteSpan(text.IndexOf(ed1, StringComparison.Ordinal), ed1.Length)],
            first.Parts.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(work2 + ed2), sources[1].Raw.ToArray());
    }

    [Fact]
    public void A_document_of_one_record_is_kept_whole()
    {
        var input = Encoding.UTF8.GetBytes("""{ "@context": { "@vocab": "https://schema.org/" }, "@id": "https://x.example/record/1#edition", "@type": "Book", "name": "One" }""");
        var only = Assert.Single(Frame(input));
        Assert.Equal(input, only.Raw.ToArray());
        Assert.Equal(0, only.ByteOffset);
    }
}
