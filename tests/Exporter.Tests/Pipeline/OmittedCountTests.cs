using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.BookFeed;
using Exporter.Formats.Json;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Formats.BookFeed;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// Records a target leaves out (<see cref="IRecordEncoder.Carries"/>) are counted as omitted, so that read = written
/// + omitted + rejected; with several targets the others still get them; the summary line names omitted only when some were.
/// </summary>
public class OmittedCountTests
{
    private static string Input(int records, params int[] withoutIsbn)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < records; i++)
        {
            var r = BookFeedTesting.Book() with { Title = $"record {i}", Identifiers = withoutIsbn.Contains(i) ? [new(IdentifierType.Local, $"N{i}")] : [new(IdentifierType.Local, $"N{i}"), new(IdentifierType.Isbn, "0691020515", "pbk.")] };
            sb.Append(RecordJsonSerializer.Serialize(r)).Append('\n');
        }

        sb.Append("{\"title\":\n"); // one record rejected on reading
        return sb.ToString();
    }

    private static (ConversionSummary Summary, string Json, JObject Feed, List<Diagnostic> Notes) Run(string input, int threads)
    {
        var notes = new List<Diagnostic>();
        var json = new MemoryStream();
        var feed = new MemoryStream();
        var reader = new RecordJsonFormat().CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(input)), new ReadOptions());
        var summary = new Converter(new ConversionOptions { OnError = ErrorPolicy.Skip, Threads = threads, BatchSize = 3 }, new Notes(notes)).Run(
            [new ConversionInput("in.jsonl", reader)],
            [new ConversionTarget("json", new RecordJsonEncoder(), json), new ConversionTarget("bookfeed", new BookFeedFormat().CreateEncoder(BookFeedTesting.Options()), feed)]);
        return (summary, Encoding.UTF8.GetString(json.ToArray()), BookFeedTesting.Json(Encoding.UTF8.GetString(feed.ToArray())), notes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Omitted_records_are_counted_and_still_written_to_the_other_targets(int threads)
    {
        var (summary, json, feed, notes) = Run(Input(10, 0, 4, 5, 9), threads);

        Assert.Equal((11L, 6L, 4L, 1L), (summary.Read, summary.Written, summary.Omitted, summary.Rejected));
        Assert.Equal(summary.Read, summary.Written + summary.Omitted + summary.Rejected + summary.Discarded);
        Assert.Equal(10, json.Count(c => c == '\n'));
        Assert.Equal(["record 1", "record 2", "record 3", "record 6", "record 7", "record 8"], feed["dataFeedElement"]!.Select(e => (string)e["name"]!).Select(n => n.Split(':')[0]));
        Assert.Equal([0L, 4L, 5L, 9L], notes.Where(n => n.Code == "FEED0001").Select(n => n.RecordIndex ?? -1));
        Assert.Equal("read 11, written 6, omitted 4, rejected 1", summary.ToString());
    }

    [Fact]
    public void A_run_that_omits_nothing_says_so_as_before() =>
        Assert.Equal("read 3, written 2, rejected 1", new ConversionSummary(3, 2, 1, 0).ToString());

    [Fact]
    public void A_feed_of_only_omitted_records_is_an_empty_valid_document()
    {
        var (summary, _, feed, _) = Run(Input(2, 0, 1), threads: 1);

        Assert.Equal((0L, 2L), (summary.Written, summary.Omitted));
        Assert.Empty((JArray)feed["dataFeedElement"]!);
    }

    private sealed class Notes(List<Diagnostic> notes) : IConversionObserver
    {
        public void OnDiagnostic(Diagnostic diagnostic) => notes.Add(diagnostic);

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
