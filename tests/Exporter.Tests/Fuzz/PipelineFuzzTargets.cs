using Exporter.Formats.CatalogText;
using Exporter.Formats.Json;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Fuzz;

/// <summary>The pipeline readers (ICatalogReader): catalog text and record JSON.</summary>
public static class PipelineFuzzTargets
{
    /// <summary>Small limits so the limit paths are fuzzed too.</summary>
    public static readonly ReadOptions Options = new() { MaxRecordBytes = 6000, MaxNesting = 64 };

    /// <summary>CatalogTextReader: framed records all accounted for, strict and permissive.</summary>
    public static FuzzTarget CatalogText { get; } = new("text", ".txt", TextSeeds, input => RunPipeline(new CatalogTextFormat(), input))
    {
        Tokens = [.. CatalogTextSyntax.Labels.Select(l => l + ":\u00a0 ").Concat(["\f\n", "\f", "\n", "\r\n", "\u00a0", "Insert T_X.html here\n", "Table of Contents\n", "Subject Headings\n", "[Reviewed by ", "Abstract:\u00a0 ", "\t", "  "]).Select(FuzzSeeds.Utf8)],
    };

    /// <summary>RecordJsonReader: framed lines all accounted for, nesting limit honoured.</summary>
    public static FuzzTarget RecordJson { get; } = new("json", ".jsonl", JsonSeeds, input => RunPipeline(new RecordJsonFormat(), input))
    {
        Tokens = JsonTokens(["\"title\":", "\"contributors\":[", "\"identifiers\":[{", "\"catalogNumber\":"]),
        Nesting = ("[", "]"),
        ExtraMutations = [JsonValueMutation.Mutate, JsonValueMutation.Mutate, JsonValueMutation.Mutate],
    };

    /// <summary>Runs a format's reader in both strictness modes and checks the accounting.</summary>
    public static void RunPipeline(IRecordFormat format, byte[] input)
    {
        long? framed = null;
        foreach (var strictness in new[] { Strictness.Strict, Strictness.Permissive })
        {
            // permissive reads through a trickle: framing must not depend on how the bytes arrive
            Stream stream = strictness == Strictness.Strict ? new MemoryStream(input, writable: false) : TrickleStream.Over(input);
            using var reader = format.CreateReader(stream, Options with { Strictness = strictness });
            var counts = FuzzChecks.Pipeline(reader, input.Length, Options.MaxRecordBytes);
            FuzzInvariantException.Check(framed is null || framed == counts.Framed, $"framed {framed} records from memory but {counts.Framed} from a trickle");
            framed = counts.Framed;
        }
    }

    /// <summary>JSON syntax fragments plus <paramref name="own"/>.</summary>
    internal static IReadOnlyList<byte[]> JsonTokens(IEnumerable<string> own) =>
    [
        .. own.Concat(["{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\uD800", "\\u0000", "null", "true", "1e999999", "-0", "0.0000000000000000000000001", "123456789012345678901234567890", "\n", "\r\n", "/*", "//", "\uFEFF", "{\"a\":1,\"a\":2}"])
            .Select(FuzzSeeds.Utf8),
    ];

    private static IReadOnlyList<byte[]> TextSeeds() =>
        [FuzzSeeds.FirstTextRecords(Path.Combine(TestEnvironment.Examples, "catalog.txt"), 2), File.ReadAllBytes(Path.Combine(TestEnvironment.Examples, "CX7118.txt"))];

    private static IReadOnlyList<byte[]> JsonSeeds() =>
        [FuzzSeeds.Utf8(RecordFactory.Write(new RecordJsonFormat(), FuzzSeeds.Records.Take(2))), FuzzSeeds.Utf8(RecordFactory.Write(new RecordJsonFormat(), FuzzSeeds.Records.Skip(2)))];
}
