using System.Text;
using Exporter.Diagnostics;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// "Nothing lost": a syntax error in the middle of an input never drops the rest. Every line- or record-framed
/// format goes on at the next record; the damaged record is rejected with its raw bytes and its place, counts
/// reconcile, and the framed records' byte spans leave no record out. Turtle and JSON-LD stop with the unread rest.
/// </summary>
public class DamagedInputTests
{
    /// <summary>The catalog example in every readable format: 11 records.</summary>
    private const int Records = 11;

    public static TheoryData<string, string, string, string> Damages => new()
    {
        // format, example file, text to damage in record 3 (its first occurrence after the record's start), replacement
        { "ntriples", "catalog.nt", "<https://catalog.example.org/record/CX1003#edition> <https://schema.org/name>", "@@garbage <https://schema.org/name>" },
        { "json", "catalog.jsonl", "{\"title\":", "{{\"title\":" },
        { "mrk", "catalog.mrk", "=245  ", "garbage line\n=245  " },
        { "marcxml", "catalog.marc.xml", "</subfield>", "" },
        { "dc", "catalog.dc.xml", "</dc:title>", "" },
        { "dcterms", "catalog.dcterms.xml", "</dcterms:title>", "" },
        { "text", "catalog.txt", "Language:", "Language: \u00ff" },
        { "marc21", "catalog.mrc", "00000", "0x000" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Damage_in_record_3_rejects_it_alone_with_its_raw_bytes_and_every_later_record_is_read(string format, string file, string find, string replace)
    {
        var input = Damage(format, file, find, replace);
        var (sources, results) = ReadAll(format, input);

        Assert.Equal(Records, sources.Count);
        var rejected = Assert.Single(results, r => r.IsRejected);
        Assert.Equal(2, rejected.Index); // record 3
        Assert.Contains(rejected.Diagnostics, d => d.Severity == Severity.Error && (d.Line is not null || d.ByteOffset is not null));
        Assert.Equal(Records - 1, results.Count(r => !r.IsRejected));

        // the reject keeps its raw input bytes, exactly where they are in the input
        var source = rejected.Source;
        Assert.True(source.Raw.Length > 0);
        Assert.Equal(input.AsSpan((int)source.ByteOffset, source.Raw.Length).ToArray(), source.Raw.ToArray());
        AssertSpansCover(format, input, sources);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public void The_cli_counts_reconcile_and_rejects_hold_the_raw_bytes(string threads)
    {
        using var dir = new TempDir();
        foreach (var (format, file, find, replace) in Damages.Select(row => ((string)row[0], (string)row[1], (string)row[2], (string)row[3])))
        {
            var input = Damage(format, file, find, replace);
            var path = dir.File("bad." + format);
            File.WriteAllBytes(path, input);
            var r = ExporterCli.Run("convert", path, "--strict", "--from", format, "--to", "json", "-o", dir.File(format + ".jsonl"), "--on-error", "skip",
                "--threads", threads, "--rejects", dir.File(format + ".rejects"));
            Assert.True(r.ExitCode == 1, format + ": " + r.StdErr);
            Assert.True(r.StdErr.Contains("read 11, written 10, rejected 1", StringComparison.Ordinal), format + ": " + r.StdErr);
            Assert.Equal(10, File.ReadAllLines(dir.File(format + ".jsonl")).Length);
            var (sources, _) = ReadAll(format, input);
            var raw = sources[2].Raw.ToArray();
            var kept = File.ReadAllBytes(dir.File(format + ".rejects"));
            Assert.True(kept.AsSpan().StartsWith(raw), format + ": the rejects file does not start with the record's raw bytes");
        }
    }

    [Fact]
    public void Turtle_damaged_in_record_1_stops_with_the_unread_rest_from_its_offset()
    {
        var input = Damage("turtle", "catalog.ttl", "schema:name", "@@garbage");
        var (sources, results) = ReadAll("turtle", input);
        var last = sources[^1];
        Assert.True(last.StopsReading && last.Unreadable);
        Assert.Equal(input.AsSpan((int)last.ByteOffset).ToArray(), last.Raw.ToArray()); // every byte from there on is kept
        var error = Assert.Single(results[^1].Diagnostics);
        Assert.Equal("RDF0001", error.Code);
        Assert.Equal(last.ByteOffset, error.ByteOffset);
        Assert.All(sources.SkipLast(1), s => Assert.Equal(input.AsSpan((int)s.ByteOffset, s.Raw.Length).ToArray(), s.Raw.ToArray()));
    }

    [Fact]
    public void JsonLd_with_a_syntax_error_stops_with_the_whole_document_unread()
    {
        var input = Damage("jsonld", "catalog.jsonld", "\"name\":", "\"name\"");
        var (sources, results) = ReadAll("jsonld", input);
        var only = Assert.Single(sources);
        Assert.True(only.StopsReading);
        Assert.Equal(0, only.ByteOffset);
        Assert.Equal(input, only.Raw.ToArray());
        Assert.True(results[0].IsRejected);
    }

    [Theory]
    [InlineData("turtle", "catalog.ttl", "schema:name", "@@garbage")]
    [InlineData("jsonld", "catalog.jsonld", "\"name\":", "\"name\"")]
    public void A_stop_is_never_a_completed_run_even_when_skipping(string format, string file, string find, string replace)
    {
        var input = Damage(format, file, find, replace);
        var reader = FormatRegistry.CreateDefault().Get(format).CreateReader(new MemoryStream(input), new ReadOptions { SourceName = "in" });
        var rejected = new List<RecordSource>();
        var summary = new Converter(new ConversionOptions { OnError = ErrorPolicy.Skip, Threads = 2 }, new Collect(rejected))
            .Run([new ConversionInput("in", reader)], [new ConversionTarget("json", FormatRegistry.CreateDefault().Get("json").CreateEncoder(new WriteOptions()), new MemoryStream())]);
        Assert.True(summary.StoppedReading);
        Assert.False(summary.Succeeded);
        Assert.Equal(PipelineDiagnosticCodes.InputStopped, summary.StoppedBy!.Code);
        Assert.Equal(summary.Read, summary.Written + summary.Rejected);
        Assert.True(rejected[^1].StopsReading);
    }

    [Fact]
    public void Zeros_read_as_iso_2709_stop_with_an_error_instead_of_reading_nothing()
    {
        var (sources, results) = ReadAll("marc21", new byte[300_000]);
        var stop = Assert.Single(sources);
        Assert.True(stop.StopsReading);
        Assert.Equal(0, stop.ByteOffset);
        Assert.Equal("MARC0107", Assert.Single(results[0].Diagnostics).Code);
    }

    [Fact]
    public void An_empty_input_is_a_warning_not_an_error()
    {
        var reader = FormatRegistry.CreateDefault().Get("marc21").CreateReader(new MemoryStream(), new ReadOptions());
        var notes = new List<Diagnostic>();
        var summary = new Converter(new ConversionOptions { Threads = 1 }, new Collect([], notes))
            .Run([new ConversionInput("empty.mrc", reader)], []);
        Assert.True(summary.Succeeded);
        Assert.Equal(1, summary.Warnings);
        Assert.Equal(PipelineDiagnosticCodes.NoRecords, Assert.Single(notes).Code);
    }

    /// <summary>The example file with the first <paramref name="find"/> after record 3's start replaced.</summary>
    internal static byte[] Damage(string format, string file, string find, string replace)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestEnvironment.Examples, "out", file));
        var (sources, _) = ReadAll(format, bytes);
        var from = format is "turtle" or "jsonld" ? (int)sources[0].ByteOffset : (int)sources[2].ByteOffset;
        var text = Encoding.UTF8.GetBytes(find);
        var at = bytes.AsSpan(from).IndexOf(text);
        Assert.True(at >= 0, $"{find} not found in record 3 of {file}");
        return [.. bytes.AsSpan(0, from + at), .. (format == "text" ? Encoding.Latin1.GetBytes(replace) : Encoding.UTF8.GetBytes(replace)), .. bytes.AsSpan(from + at + text.Length)];
    }

    private static (List<RecordSource> Sources, List<ReadResult> Results) ReadAll(string format, byte[] input)
    {
        using var reader = FormatRegistry.CreateDefault().Get(format).CreateReader(new MemoryStream(input), new ReadOptions { SourceName = "in" });
        var sources = reader.Frame().ToList();
        return (sources, sources.Select(reader.Parse).ToList());
    }

    /// <summary>Framed spans do not overlap, and what lies between them holds no record (only separators, blanks, envelope).</summary>
    private static void AssertSpansCover(string format, byte[] input, List<RecordSource> sources)
    {
        long at = 0;
        var gaps = new StringBuilder();
        foreach (var s in sources.OrderBy(s => s.ByteOffset))
        {
            Assert.True(s.ByteOffset >= at, $"{format}: record {s.Index + 1} overlaps the one before");
            gaps.Append(Encoding.UTF8.GetString(input, (int)at, (int)(s.ByteOffset - at))).Append('|');
            at = s.ByteOffset + s.Raw.Length;
        }

        gaps.Append(Encoding.UTF8.GetString(input, (int)at, input.Length - (int)at));
        var gap = gaps.ToString();
        switch (format)
        {
            case "marcxml" or "dc" or "dcterms":
                Assert.DoesNotContain("<record", gap, StringComparison.Ordinal);
                Assert.DoesNotContain("dc>", gap, StringComparison.Ordinal);
                break;
            default:
                Assert.True(gap.All(c => c is '|' or '\n' or '\r' or '\f' or ' '), $"{format}: bytes outside every record: {gap.Trim()}");
                break;
        }
    }

    private sealed class Collect(List<RecordSource> rejected, List<Diagnostic>? notes = null) : IConversionObserver
    {
        public void OnDiagnostic(Diagnostic diagnostic) => notes?.Add(diagnostic);

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics) => rejected.Add(source);

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
