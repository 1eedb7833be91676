using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Marc;

/// <summary>Writes and reads records through a registered format, bytes in between.</summary>
internal static class MarcFormatRunner
{
    /// <summary>The MarcRecord a MARC reader read (<see cref="ReadResult.TryGetSource{TRecord}"/>), or null.</summary>
    public static Exporter.Formats.Marc.Model.MarcRecord? Marc(this ReadResult result) =>
        result.TryGetSource<Exporter.Formats.Marc.Model.MarcRecord>(out var marc) ? marc : null;

    public static readonly FixedClock Clock = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public static IRecordFormat Format(string name) => FormatRegistry.CreateDefault().Get(name);

    public static WriteOptions Write(MarcWriteOptions? marc = null) =>
        new() { Clock = Clock, Formats = FormatOptionBag.Empty.With(marc ?? new MarcWriteOptions()) };

    public static byte[] Encode(string format, IEnumerable<CatalogRecord> records, WriteOptions? options = null)
    {
        var ms = new MemoryStream();
        using (var w = new CatalogRecordWriter(ms, Format(format).CreateEncoder(options ?? Write()), leaveOpen: true))
        {
            foreach (var r in records) w.Write(r);
            w.Complete();
        }

        return ms.ToArray();
    }

    /// <summary>Writes the results (pass-through for MARC natives) with the format's encoder.</summary>
    public static byte[] EncodeResults(string format, IEnumerable<ReadResult> results, WriteOptions? options = null)
    {
        var encoder = Format(format).CreateEncoder(options ?? Write());
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        encoder.WriteHeader(buffer);
        long n = 0;
        foreach (var r in results)
        {
            if (n > 0) encoder.WriteSeparator(buffer);
            encoder.Encode(r, n++, buffer, NullDiagnostics.Instance);
        }

        encoder.WriteFooter(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static IReadOnlyList<ReadResult> Read(string format, byte[] bytes, ReadOptions? options = null)
    {
        using var reader = Format(format).CreateReader(new MemoryStream(bytes), options ?? new ReadOptions());
        return reader.ReadResults().ToList();
    }

    public static IReadOnlyList<CatalogRecord> ReadHub(string format, byte[] bytes, ReadOptions? options = null)
    {
        using var reader = Format(format).CreateReader(new MemoryStream(bytes), options ?? new ReadOptions());
        return reader.ReadAll().ToList();
    }
}
