using System.Text;
using System.Xml;
using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// Every registered format through the same checks (docs/architecture.md, "Rules that hold everywhere"): a round trip
/// keeps what its loss table says, output is the same bytes on every run and whatever the thread count, no records
/// make a valid empty document, and a bad record is reported with its place. The reading checks run for the formats
/// that declare a reader (<see cref="IRecordFormat.CanRead"/>), the writing checks for those that declare a writer.
/// </summary>
public class FormatContractTests
{
    private static readonly FormatRegistry Registry = FormatRegistry.CreateDefault();

    private static readonly WriteOptions Write = new()
    {
        Clock = new FixedClock(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero)),
        Formats = FormatOptionBag.Empty.With(new Exporter.Formats.BookFeed.BookFeedWriteOptions { LibraryName = "Example Library", LibraryUrl = "https://library.example.net/" }), // the book feed's lender
    };

    public static TheoryData<string> Writable() => [.. Registry.Formats.Where(f => f.CanWrite).Select(f => f.Name)];

    public static TheoryData<string> Readable() => [.. Registry.Formats.Where(f => f.CanRead).Select(f => f.Name)];

    public static TheoryData<string> ReadableAndWritable() => [.. Registry.Formats.Where(f => f.CanRead && f.CanWrite).Select(f => f.Name)];

    [Fact]
    public void Every_registered_format_has_a_contract()
    {
        Assert.Equal(Registry.Formats.Select(f => f.Name).Order(), FormatContract.ByFormat.Keys.Order());
        Assert.All(Registry.Formats, f => Assert.Equal(f.CanRead, FormatContract.ByFormat[f.Name].Damage is not null));
    }

    [Theory]
    [MemberData(nameof(ReadableAndWritable))]
    public void A_round_trip_keeps_what_the_loss_table_says(string name)
    {
        var format = Registry.Get(name);
        var records = RecordFactory.Examples();

        var results = ReadResults(format, Encode(format, records));

        Assert.Equal(records.Count, results.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.False(results[i].IsRejected, $"{name} record {i + 1}: " + string.Join("; ", results[i].Diagnostics));
            RecordAssert.Equal(FormatContract.ByFormat[name].Carried(records[i]), results[i].GetCatalog(NullDiagnostics.Instance));
        }
    }

    [Theory]
    [MemberData(nameof(Writable))]
    public void Writing_gives_the_same_bytes_on_every_run_and_whatever_the_thread_count(string name)
    {
        var json = Encode(Registry.Get("json"), RecordFactory.Examples());

        var once = Convert(Registry.Get("json"), json, Registry.Get(name), threads: 1);

        Assert.NotEmpty(once);
        Assert.Equal(once, Convert(Registry.Get("json"), json, Registry.Get(name), threads: 1));
        Assert.Equal(once, Convert(Registry.Get("json"), json, Registry.Get(name), threads: 4));
        Assert.Equal(once, Convert(Registry.Get("json"), json, Registry.Get(name), threads: 4));
    }

    [Theory]
    [MemberData(nameof(ReadableAndWritable))]
    public void Reading_gives_the_same_records_on_every_run_and_whatever_the_thread_count(string name)
    {
        var format = Registry.Get(name);
        var input = Encode(format, RecordFactory.Examples());

        var once = Convert(format, input, Registry.Get("json"), threads: 1);

        Assert.Equal(RecordFactory.Examples().Count, Encoding.UTF8.GetString(once).Count(c => c == '\n'));
        Assert.Equal(once, Convert(format, input, Registry.Get("json"), threads: 4));
        Assert.Equal(once, Convert(format, input, Registry.Get("json"), threads: 4));
    }

    [Theory]
    [MemberData(nameof(Writable))]
    public void No_records_make_a_valid_empty_document(string name)
    {
        var format = Registry.Get(name);

        var empty = Encode(format, []);

        if (format.MediaType.EndsWith("xml", StringComparison.Ordinal)) AssertWellFormedXml(empty);
        if (format.MediaType.EndsWith("+json", StringComparison.Ordinal)) Newtonsoft.Json.Linq.JToken.Parse(Encoding.UTF8.GetString(empty));
        if (!format.CanRead) return;
        var (summary, rejected, _) = Run(format, empty, threads: 1);
        Assert.True(summary.Succeeded, $"{name}: {summary}");
        Assert.Equal((0, 0), (summary.Read, summary.Rejected));
        Assert.Empty(rejected);
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public void An_empty_input_reads_no_records_without_an_error(string name)
    {
        var (summary, rejected, notes) = Run(Registry.Get(name), [], threads: 1);

        Assert.True(summary.Succeeded, $"{name}: {summary}");
        Assert.Equal((0, 0), (summary.Read, summary.Rejected));
        Assert.Empty(rejected);
        Assert.DoesNotContain(notes, d => d.Severity == Severity.Error);
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public void A_bad_record_is_rejected_with_a_diagnostic_that_names_its_place(string name)
    {
        var damage = FormatContract.ByFormat[name].Damage!;
        var input = DamagedInputTests.Damage(name, damage.ExampleFile, damage.Find, damage.Replace);

        var (_, rejected, _) = Run(Registry.Get(name), input, threads: 2);

        var (source, diagnostics) = Assert.Single(rejected);
        Assert.Equal(damage.RecordNumber - 1, source.Index);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            Assert.Equal(("in", source.Index), (error.Source, error.RecordIndex));
            Assert.Contains($"in record {damage.RecordNumber}", error.ToString(), StringComparison.Ordinal);
            Assert.True(error.Line is not null || error.ByteOffset is not null, $"{name}: {error} has no place");
            if (error.ByteOffset is long offset) Assert.InRange(offset, source.ByteOffset, source.ByteOffset + source.Raw.Length);
            if (error.Line is int line && source.Line is int first) Assert.True(line >= first, $"{name}: {error} is before its record (line {first})");
        }
    }

    private static byte[] Encode(IRecordFormat format, IEnumerable<CatalogRecord> records)
    {
        var ms = new MemoryStream();
        using (var w = new CatalogRecordWriter(ms, format.CreateEncoder(Write), leaveOpen: true))
        {
            foreach (var r in records) w.Write(r);
            w.Complete();
        }

        return ms.ToArray();
    }

    private static List<ReadResult> ReadResults(IRecordFormat format, byte[] bytes)
    {
        using var reader = format.CreateReader(new MemoryStream(bytes), new ReadOptions());
        return [.. reader.ReadResults()];
    }

    /// <summary>Converts with the pipeline in small batches, so that several are in flight at once.</summary>
    private static byte[] Convert(IRecordFormat from, byte[] input, IRecordFormat to, int threads)
    {
        var output = new MemoryStream();
        using var reader = from.CreateReader(new MemoryStream(input), new ReadOptions { SourceName = "in" });
        var summary = new Converter(new ConversionOptions { Threads = threads, BatchSize = 2 }, new Collector())
            .Run([new ConversionInput("in", reader)], [new ConversionTarget(to.Name, to.CreateEncoder(Write), output)]);
        Assert.True(summary.Succeeded, $"{from.Name} -> {to.Name}: {summary}");
        return output.ToArray();
    }

    private static (ConversionSummary Summary, List<(RecordSource Source, IReadOnlyList<Diagnostic> Diagnostics)> Rejected, List<Diagnostic> Notes) Run(IRecordFormat format, byte[] input, int threads)
    {
        var collector = new Collector();
        using var reader = format.CreateReader(new MemoryStream(input), new ReadOptions { SourceName = "in" });
        var summary = new Converter(new ConversionOptions { Threads = threads, BatchSize = 2, OnError = ErrorPolicy.Skip }, collector)
            .Run([new ConversionInput("in", reader)], [new ConversionTarget("json", Registry.Get("json").CreateEncoder(Write), new MemoryStream())]);
        return (summary, collector.Rejected, collector.Notes);
    }

    private static void AssertWellFormedXml(byte[] bytes)
    {
        using var xml = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.Read())
        {
        }
    }

    private sealed class Collector : IConversionObserver
    {
        public List<(RecordSource Source, IReadOnlyList<Diagnostic> Diagnostics)> Rejected { get; } = [];

        public List<Diagnostic> Notes { get; } = [];

        public void OnDiagnostic(Diagnostic diagnostic)
        {
            lock (Notes) Notes.Add(diagnostic);
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
            lock (Rejected) Rejected.Add((source, diagnostics));
        }

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
