using System.Text;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>Writes and reads hub records through the registered linked-data formats.</summary>
internal static class LinkedDataSupport
{
    public static readonly string[] FormatNames = ["jsonld", "turtle", "ntriples"];

    public static readonly FormatRegistry Registry = FormatRegistry.CreateDefault();

    public static TheoryData<string> Formats() => [.. FormatNames];

    public static string Write(string format, IEnumerable<CatalogRecord> records, WriteOptions? options = null) =>
        RecordFactory.Write(Registry.Get(format), records, options);

    public static IReadOnlyList<ReadResult> Read(string format, string text, ReadOptions? options = null) => Read(format, Encoding.UTF8.GetBytes(text), options);

    public static IReadOnlyList<ReadResult> Read(string format, byte[] bytes, ReadOptions? options = null)
    {
        using var reader = Registry.Get(format).CreateReader(new MemoryStream(bytes), options ?? new ReadOptions());
        return reader.ReadResults().ToList();
    }

    public static List<CatalogRecord> ReadAll(string format, string text)
    {
        var results = Read(format, text);
        foreach (var r in results)
        {
            Assert.False(r.IsRejected, string.Join("; ", r.Diagnostics.Select(d => d.Code + " " + d.Message)));
        }

        return [.. results.Select(r => r.GetCatalog(Exporter.Diagnostics.NullDiagnostics.Instance))];
    }
}
