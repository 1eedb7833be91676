using Exporter.Pipeline;
using Exporter.Tests.Fuzz;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats;

/// <summary>A leading UTF-8 byte order mark (MarcEdit and Windows editors write one) is skipped by every reader and
/// looked past by sniffing, even when the stream hands the BOM out one byte at a time.</summary>
public class ByteOrderMarkTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static TheoryData<string, string> Examples() => new()
    {
        { "text", "catalog.txt" },
        { "json", "catalog.jsonl" },
        { "mrk", "catalog.mrk" },
        { "marcxml", "catalog.marc.xml" },
        { "dc", "catalog.dc.xml" },
        { "dcterms", "catalog.dcterms.xml" },
        { "jsonld", "catalog.jsonld" },
        { "turtle", "catalog.ttl" },
        { "ntriples", "catalog.nt" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_text_reader_reads_the_same_records_with_a_leading_bom(string format, string example)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestEnvironment.Examples, "out", example));
        var expected = Read(format, bytes);
        foreach (var chunk in new[] { 1, 2, 4096 })
        {
            var actual = Read(format, [.. Bom, .. bytes], chunk);
            Assert.Equal(expected.Count, actual.Count);
            Assert.All(actual, r => Assert.False(r.IsRejected, $"{format}: record {r.Index + 1} rejected with a BOM (reads of {chunk} bytes)"));
            Assert.Equal(expected.Select(r => r.GetCatalog(Exporter.Diagnostics.NullDiagnostics.Instance).Title), actual.Select(r => r.GetCatalog(Exporter.Diagnostics.NullDiagnostics.Instance).Title));
            Assert.DoesNotContain('\uFEFF', actual[0].GetCatalog(Exporter.Diagnostics.NullDiagnostics.Instance).Title);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Sniffing_looks_past_a_bom(string format, string example)
    {
        var registry = FormatRegistry.CreateDefault();
        var head = File.ReadAllBytes(Path.Combine(TestEnvironment.Examples, "out", example)).Take(8192).ToArray();
        var plain = registry.Sniff(head)?.Name;
        Assert.Equal(plain, registry.Sniff([.. Bom, .. head])?.Name);
        if (format is "text" or "json" or "mrk") Assert.Equal(format, plain);
    }

    private static List<ReadResult> Read(string format, byte[] bytes, int chunk = 1 << 20)
    {
        using var reader = FormatRegistry.CreateDefault().Get(format).CreateReader(new TrickleStream(bytes, chunk), new ReadOptions());
        return [.. reader.ReadResults()];
    }
}
