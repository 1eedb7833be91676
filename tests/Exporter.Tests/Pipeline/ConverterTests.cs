using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Formats.Json;
using Exporter.Pipeline;

using Exporter.Tests.Support;

namespace Exporter.Tests.Pipeline;

public class ConverterTests
{
    private static string Jsonl(int good, params int[] badAt)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < good + badAt.Length; i++)
        {
            sb.Append(badAt.Contains(i) ? "{\"title\":" : $"{{\"title\":\"record {i}\"}}").Append('\n');
        }

        return sb.ToString();
    }

    private static (ConversionSummary Summary, string Output, RecordingObserver Observer) Run(string input, ErrorPolicy policy, int threads = 2, int batch = 7)
    {
        var observer = new RecordingObserver();
        var output = new MemoryStream();
        var reader = new RecordJsonFormat().CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(input)), new ReadOptions());
        var summary = new Converter(new ConversionOptions { OnError = policy, Threads = threads, BatchSize = batch }, observer)
            .Run([new ConversionInput("in.jsonl", reader)], [new ConversionTarget("json", new RecordJsonEncoder(), output)]);
        return (summary, Encoding.UTF8.GetString(output.ToArray()), observer);
    }

    [Fact]
    public void Skip_goes_on_and_counts_reconcile()
    {
        var (summary, output, observer) = Run(Jsonl(20, 3, 11, 21), ErrorPolicy.Skip);
        Assert.Equal((23L, 20L, 3L), (summary.Read, summary.Written, summary.Rejected));
        Assert.Equal(summary.Read, summary.Written + summary.Rejected);
        Assert.Equal(20, output.Count(c => c == '\n'));
        Assert.Equal([3L, 11L, 21L], observer.Rejected.Select(r => r.Index));
        Assert.All(observer.Rejected, r => Assert.Equal("{\"title\":", Encoding.UTF8.GetString(r.Raw.Span)));
        Assert.Null(summary.StoppedBy);
    }

    [Fact]
    public void Fail_stops_at_the_first_bad_record_and_says_where()
    {
        var (summary, _, observer) = Run(Jsonl(20, 5), ErrorPolicy.Fail);
        Assert.NotNull(summary.StoppedBy);
        Assert.Equal("JSON0002", summary.StoppedBy!.Code);
        Assert.Equal(5, summary.StoppedBy.RecordIndex);
        Assert.Equal(6, summary.StoppedBy.Line);
        Assert.Single(observer.Rejected);
        Assert.Equal(summary.Read, summary.Written + summary.Rejected);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(2, 256)]
    [InlineData(8, 5)]
    public void Output_order_does_not_depend_on_threads_or_batch_size(int threads, int batch)
    {
        var input = Jsonl(300, 17, 200);
        var single = Run(input, ErrorPolicy.Skip, 1, 1).Output;
        Assert.Equal(single, Run(input, ErrorPolicy.Skip, threads, batch).Output);
    }

    [Fact]
    public void Empty_input_still_gives_the_envelope_and_zero_counts()
    {
        var (summary, output, _) = Run("", ErrorPolicy.Fail);
        Assert.Equal((0L, 0L, 0L), (summary.Read, summary.Written, summary.Rejected));
        Assert.Equal("", output);
    }

    [Fact]
    public void A_record_an_encoder_refuses_is_written_to_no_target()
    {
        var observer = new RecordingObserver();
        var a = new MemoryStream();
        var b = new MemoryStream();
        var reader = new RecordJsonFormat().CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(Jsonl(3))), new ReadOptions());
        var summary = new Converter(new ConversionOptions { OnError = ErrorPolicy.Skip }, observer).Run(
            [new ConversionInput("x", reader)],
            [new ConversionTarget("json", new RecordJsonEncoder(), a), new ConversionTarget("picky", new RefusingEncoder("record 1"), b)]);
        Assert.Equal((3L, 2L, 1L), (summary.Read, summary.Written, summary.Rejected));
        Assert.Equal(2, Encoding.UTF8.GetString(a.ToArray()).Count(c => c == '\n'));
        Assert.Equal("[record 0][record 2]", Encoding.UTF8.GetString(b.ToArray()));
        Assert.Contains("[picky]", observer.RejectedDiagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_text_records_keep_their_source_lines_in_diagnostics()
    {
        var observer = new RecordingObserver();
        var text = File.ReadAllText(Path.Combine(Support.TestEnvironment.Examples, "CX7118.txt"));
        var reader = new CatalogTextFormat().CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadOptions { SourceName = "CX7118.txt" });
        new Converter(new ConversionOptions(), observer).Run([new ConversionInput("CX7118.txt", reader)], []);
        var d = Assert.Single(observer.Diagnostics);
        Assert.Equal(("TEXT0101", 69, "CX7118", "CX7118.txt"), (d.Code, d.Line ?? 0, d.RecordId, d.Source));
    }

    private sealed class RefusingEncoder(string refusedTitle) : IRecordEncoder
    {
        public void WriteHeader(System.Buffers.IBufferWriter<byte> output)
        {
        }

        public void Encode(ReadResult record, long ordinal, System.Buffers.IBufferWriter<byte> output, IDiagnostics diagnostics)
        {
            var title = record.GetCatalog(diagnostics).Title;
            output.WriteUtf8("[" + title + "]");
            if (title == refusedTitle) throw new RecordWriteException(new Diagnostic("TEST0001", Severity.Error, "too big"));
        }

        public void WriteSeparator(System.Buffers.IBufferWriter<byte> output)
        {
        }

        public void WriteFooter(System.Buffers.IBufferWriter<byte> output)
        {
        }
    }
}
