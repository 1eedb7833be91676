using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Fuzz;

/// <summary>Small valid inputs to mutate: example records, a few fixture files, and our writers' output.</summary>
public static class FuzzSeeds
{
    /// <summary>Largest seed kept (bytes): mutations of small inputs find as much and run faster.</summary>
    public const int MaxSeedBytes = 8 * 1024;

    private static readonly Lazy<IReadOnlyList<CatalogRecord>> ExampleRecords = new(() => RecordFactory.Examples().Take(4).ToList());
    private static readonly Lazy<IReadOnlyList<MarcRecord>> ExampleMarc = new(() =>
        ExampleRecords.Value.Select(r => new MarcCrosswalk(clock: new FixedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))).FromCatalog(r, NullDiagnostics.Instance)).ToList());

    /// <summary>The first few example catalog records.</summary>
    public static IReadOnlyList<CatalogRecord> Records => ExampleRecords.Value;

    /// <summary>The example records as MARC (through the crosswalk).</summary>
    public static IReadOnlyList<MarcRecord> Marc => ExampleMarc.Value;

    /// <summary>UTF-8 bytes of <paramref name="text"/>.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A fixture file's bytes, cut to whole ISO 2709 records of at most <see cref="MaxSeedBytes"/>.</summary>
    public static byte[] MarcFixture(string name)
    {
        var bytes = File.ReadAllBytes(TestEnvironment.Fixture("Marc", name));
        var end = 0;
        for (var i = 0; i < bytes.Length && i < MaxSeedBytes; i++)
        {
            if (bytes[i] == 0x1D) end = i + 1;
        }

        return end > 0 ? bytes[..end] : bytes[..Math.Min(bytes.Length, MaxSeedBytes)];
    }

    /// <summary>A fixture file's bytes (small files only).</summary>
    public static byte[] Fixture(params string[] parts) => File.ReadAllBytes(TestEnvironment.Fixture(parts));

    /// <summary>Records written in ISO 2709 by our writer, in UTF-8 and MARC-8.</summary>
    public static IEnumerable<byte[]> Iso2709Written()
    {
        yield return Iso2709Writer.Encode(Marc[0]);
        yield return [.. Iso2709Writer.Encode(Marc[1]), .. Iso2709Writer.Encode(Marc[2])];
        yield return Iso2709Writer.Encode(Marc[0], new Iso2709WriterOptions { Encoding = Iso2709OutputEncoding.Marc8 });
    }

    /// <summary>Splits text at form-feed lines and keeps the first <paramref name="count"/> records.</summary>
    public static byte[] FirstTextRecords(string path, int count)
    {
        var text = File.ReadAllText(path);
        var parts = text.Split("\f\n");
        return Utf8(string.Join("\f\n", parts.Take(count)));
    }
}
