using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Json;
using Exporter.Pipeline;

namespace Exporter.Tests.Cli;

/// <summary>
/// A format that exists only in tests, with options of every kind, to show that a format's own options reach it
/// through the CLI with no CLI code: it reads JSON Lines (putting <c>--garnish</c> before every title) and writes a
/// header line naming its options, then one title per line.
/// </summary>
internal sealed class FlavouredFormat(string name = "flavoured", string extension = ".flv", IReadOnlyList<FormatOption>? options = null) : IRecordFormat
{
    /// <summary>--flavour: a choice, for writing only.</summary>
    public static readonly FormatOption Flavour = FormatOption
        .Choice("--flavour", "how the output tastes: sweet (default) or sour", "FLV0001", "sweet", "sour")
        .Writing<WriteSettings>((o, v) => o with { Flavour = v });

    /// <summary>--garnish: checked text, for reading and writing.</summary>
    public static readonly FormatOption Garnish = FormatOption
        .Text("--garnish", "HERB", "a herb put before every title read, and named in the output", "FLV0002", "a herb name in small letters", v => v.Length > 0 && v.All(char.IsAsciiLetterLower))
        .Reading<ReadSettings>((o, v) => o with { Garnish = v })
        .Writing<WriteSettings>((o, v) => o with { Garnish = v });

    /// <summary>--extra-salt: a flag, for writing only.</summary>
    public static readonly FormatOption ExtraSalt = FormatOption
        .Flag("--extra-salt", "salt the output", "FLV0003")
        .Writing<WriteSettings>((o, v) => o with { ExtraSalt = v == "true" });

    public string Name => name;

    public string Description => "test format with options of its own";

    public string MediaType => "text/plain";

    public IReadOnlyList<string> Extensions { get; } = [extension];

    public IReadOnlyList<FormatOption> Options { get; } = options ?? [Flavour, Garnish, ExtraSalt];

    public bool CanRead => true;

    public bool CanWrite => true;

    public int Sniff(ReadOnlySpan<byte> head) => 0;

    public ICatalogReader CreateReader(Stream input, ReadOptions options) =>
        new Reader(new RecordJsonFormat().CreateReader(input, options), options.Formats.Get<ReadSettings>());

    public IRecordEncoder CreateEncoder(WriteOptions options) => new Encoder(options.Formats.Get<WriteSettings>());

    /// <summary>The format's reading options.</summary>
    public sealed record ReadSettings
    {
        public string? Garnish { get; init; }
    }

    /// <summary>The format's writing options.</summary>
    public sealed record WriteSettings
    {
        public string Flavour { get; init; } = "sweet";

        public string? Garnish { get; init; }

        public bool ExtraSalt { get; init; }
    }

    private sealed class Reader(ICatalogReader json, ReadSettings settings) : ICatalogReader
    {
        public IEnumerable<RecordSource> Frame() => json.Frame();

        public ReadResult Parse(RecordSource source)
        {
            var result = json.Parse(source);
            if (result.IsRejected || settings.Garnish is null) return result;
            var record = result.GetCatalog(NullDiagnostics.Instance);
            return ReadResult.Read(source, record with { Title = settings.Garnish + " " + record.Title }, result.Diagnostics);
        }

        public void Dispose() => json.Dispose();
    }

    private sealed class Encoder(WriteSettings settings) : IRecordEncoder
    {
        public void WriteHeader(IBufferWriter<byte> output) =>
            output.Write(Encoding.UTF8.GetBytes($"flavour={settings.Flavour} garnish={settings.Garnish} salt={(settings.ExtraSalt ? "yes" : "no")}\n"));

        public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics) =>
            output.Write(Encoding.UTF8.GetBytes(record.GetCatalog(diagnostics).Title + "\n"));

        public void WriteSeparator(IBufferWriter<byte> output)
        {
        }

        public void WriteFooter(IBufferWriter<byte> output)
        {
        }
    }
}
