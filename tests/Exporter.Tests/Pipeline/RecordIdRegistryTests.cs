using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Exporter.Diagnostics;
using Exporter.Pipeline;

using Exporter.Tests.Support;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// Repeated record ids (issue #15, "IRIs never collide silently"): the pipeline registers ids in input order and a
/// record whose id an earlier one had gets IRIs with the suffix <c>-h</c> + 8 hex digits of a SHA-256 of its bytes
/// (then <c>-2</c>... for byte-identical copies), with warning PIPE0006; the same bytes whatever the threads.
/// </summary>
public class RecordIdRegistryTests
{
    /// <summary>A fixed clock: BIBFRAME admin metadata carries the time of writing, and runs compared byte for byte must not straddle a second.</summary>
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private static string Mrk(string id, string title) =>
        $"=LDR  00000nam\\\\2200000\\a\\4500\n=001  {id}\n=008  990101s1999\\\\\\\\xxu\\\\\\\\\\\\\\\\\\\\\\000\\0\\eng\\d\n=245  10$a{title}\n\n";

    /// <summary>Ids A, B, A (another record), A (byte-identical to the one before), C, B (another record).</summary>
    private static readonly string Input = Mrk("A", "First") + Mrk("B", "Second") + Mrk("A", "Third") + Mrk("A", "Third") + Mrk("C", "Fifth") + Mrk("B", "Sixth");

    private static (string Output, RecordingObserver Observer) Run(string format, int threads, int batch)
    {
        var registry = FormatRegistry.CreateDefault();
        var reader = registry.Get("mrk").CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(Input)), new ReadOptions());
        var output = new MemoryStream();
        var observer = new RecordingObserver();
        var summary = new Converter(new ConversionOptions { Threads = threads, BatchSize = batch }, observer)
            .Run([new ConversionInput("in.mrk", reader)], [new ConversionTarget(format, registry.Get(format).CreateEncoder(new WriteOptions { Clock = Clock }), output)]);
        Assert.Equal((6L, 6L, 0L), (summary.Read, summary.Written, summary.Rejected));
        return (Encoding.UTF8.GetString(output.ToArray()), observer);
    }

    /// <summary>The suffix the rule gives record <paramref name="index"/>: a hash of its bytes as framed.</summary>
    private static string HashOf(int index)
    {
        var reader = FormatRegistry.CreateDefault().Get("mrk").CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(Input)), new ReadOptions());
        var raw = reader.Frame().ElementAt(index).Raw;
        return "h" + Convert.ToHexStringLower(SHA256.HashData(raw.Span).AsSpan(0, 4));
    }

    [Fact]
    public void Bibframe_repeats_get_a_hash_suffix_and_byte_identical_copies_a_count()
    {
        var (output, _) = Run("bibframe", 1, 256);
        var works = MintedIris.Work().Matches(output).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["A", "B", "A-" + HashOf(2), "A-" + HashOf(2) + "-2", "C", "B-" + HashOf(5)], works);
        Assert.NotEqual(HashOf(2), HashOf(5));
    }

    [Fact]
    public void Every_further_byte_identical_copy_counts_on()
    {
        var copy = Mrk("A", "Same");
        var registry = FormatRegistry.CreateDefault();
        var input = Encoding.UTF8.GetBytes(copy + copy + copy + copy + copy);
        var reader = registry.Get("mrk").CreateReader(new MemoryStream(input), new ReadOptions());
        var raw = registry.Get("mrk").CreateReader(new MemoryStream(input), new ReadOptions()).Frame().ElementAt(1).Raw;
        var output = new MemoryStream();
        new Converter(new ConversionOptions { Threads = 2, BatchSize = 2 }, new RecordingObserver())
            .Run([new ConversionInput("in.mrk", reader)], [new ConversionTarget("bibframe", registry.Get("bibframe").CreateEncoder(new WriteOptions { Clock = Clock }), output)]);
        var hash = "A-h" + Convert.ToHexStringLower(SHA256.HashData(raw.Span).AsSpan(0, 4));
        var works = MintedIris.Work().Matches(Encoding.UTF8.GetString(output.ToArray())).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["A", hash, hash + "-2", hash + "-3", hash + "-4"], works);
    }

    [Fact]
    public void Each_repeat_is_a_warning_naming_the_record_and_the_first_one()
    {
        var (_, observer) = Run("bibframe", 1, 256);
        var warnings = observer.Diagnostics.Where(d => d.Code == PipelineDiagnosticCodes.RepeatedRecordId).ToList();
        Assert.Equal([2L, 3L, 5L], warnings.Select(d => d.RecordIndex ?? -1));
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        var third = warnings[0];
        Assert.Equal(("A", "in.mrk"), (third.RecordId, third.Source));
        Assert.Equal(Input.IndexOf(Mrk("A", "Third"), StringComparison.Ordinal), third.ByteOffset);
        Assert.Equal($"record id 'A' is also the id of record 1: this record's linked-data IRIs get the suffix '-{HashOf(2)}' so that the two never collide", third.Message);
        Assert.Contains("id of record 2:", warnings[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bibframe")]
    [InlineData("jsonld")]
    [InlineData("turtle")]
    public void Threads_and_batches_do_not_change_the_bytes(string format)
    {
        var single = Run(format, 1, 256).Output;
        Assert.Equal(single, Run(format, 2, 1).Output);
        Assert.Equal(single, Run(format, 4, 2).Output);
    }

    [Fact]
    public void Schema_org_record_iris_follow_the_same_rule()
    {
        var (output, observer) = Run("ntriples", 2, 1);
        var editions = MintedIris.Edition().Matches(output).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["A", "B", "A-" + HashOf(2), "A-" + HashOf(2) + "-2", "C", "B-" + HashOf(5)], editions);
        Assert.Equal(3, observer.Diagnostics.Count(d => d.Code == PipelineDiagnosticCodes.RepeatedRecordId));
    }

    [Fact]
    public void Formats_that_mint_no_iris_are_not_told_and_not_changed()
    {
        var (output, observer) = Run("marcxml", 2, 1);
        Assert.DoesNotContain(observer.Diagnostics, d => d.Code == PipelineDiagnosticCodes.RepeatedRecordId);
        Assert.Equal(3, Regex.Count(output, "<controlfield tag=\"001\">A</controlfield>"));
    }
}
