using Exporter.Formats.CatalogText;
using Exporter.Formats.Json;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Support;

/// <summary>Reads and writes hub records for tests.</summary>
public static class RecordFactory
{
    /// <summary>Every record of a catalog-text file.</summary>
    public static IReadOnlyList<CatalogRecord> ReadText(string path)
    {
        using var reader = new CatalogTextFormat().CreateReader(File.OpenRead(path), new ReadOptions());
        return reader.ReadAll().ToList();
    }

    /// <summary>Every record of catalog text given as a string.</summary>
    public static IReadOnlyList<ReadResult> ParseText(string text, ReadOptions? options = null)
    {
        using var reader = new CatalogTextFormat().CreateReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), options ?? new ReadOptions());
        return reader.ReadResults().ToList();
    }

    /// <summary>Every record of record JSON given as a string.</summary>
    public static IReadOnlyList<ReadResult> ParseJson(string text)
    {
        using var reader = new RecordJsonFormat().CreateReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ReadOptions());
        return reader.ReadResults().ToList();
    }

    /// <summary>Writes records with a format's encoder and returns the text.</summary>
    public static string Write(IRecordFormat format, IEnumerable<CatalogRecord> records, WriteOptions? options = null)
    {
        var ms = new MemoryStream();
        using (var w = new CatalogRecordWriter(ms, format.CreateEncoder(options ?? new WriteOptions()), leaveOpen: true))
        {
            foreach (var r in records) w.Write(r);
            w.Complete();
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Every example record: CX7118 and examples/catalog.txt.</summary>
    public static IReadOnlyList<CatalogRecord> Examples() =>
        [.. ReadText(Path.Combine(TestEnvironment.Examples, "CX7118.txt")), .. ReadText(Path.Combine(TestEnvironment.Examples, "catalog.txt"))];

    /// <summary>0..n-1 over <see cref="Examples"/>, for [MemberData].</summary>
    public static TheoryData<int> ExampleIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Examples().Count; i++) data.Add(i);
        return data;
    }
}
