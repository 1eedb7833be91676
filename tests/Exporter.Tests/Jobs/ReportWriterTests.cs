using Exporter.Diagnostics;
using Exporter.Jobs;
using Exporter.Pipeline;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Jobs;

public class ReportWriterTests
{
    [Fact]
    public void Records_are_numbered_from_1_as_on_stderr()
    {
        using var text = new StringWriter();
        var report = new ReportWriter(text);
        var error = new Diagnostic("TEXT0004", Severity.Error, "no title") { RecordIndex = 0, Source = "in.txt", Line = 3 };
        var warning = new Diagnostic("TEXT0101", Severity.Warning, "residue") { RecordIndex = 4, Source = "in.txt" };

        report.Rejected(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty) { SourceName = "in.txt", Line = 3 }, [error]);
        report.Diagnostic(warning);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
        Assert.Equal(1L, (long)lines[0]["index"]!);
        Assert.Equal(5L, (long)lines[1]["index"]!);
        Assert.Contains(" record 1 ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(" record 5", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reject_gathered_from_several_places_lists_each_part()
    {
        using var text = new StringWriter();
        var error = new Diagnostic("MARC0101", Severity.Error, "too long") { RecordIndex = 0 };
        var source = new RecordSource(0, 10, new byte[30]) { Parts = [new ByteSpan(10, 12), new ByteSpan(50, 18)] };

        new ReportWriter(text).Rejected(source, [error]);
        new ReportWriter(text).Rejected(new RecordSource(1, 70, new byte[5]), [error]);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
        Assert.Equal((10L, 30L), ((long)lines[0]["start"]!, (long)lines[0]["length"]!));
        Assert.Equal([(10L, 12L), (50L, 18L)], lines[0]["parts"]!.Select(p => ((long)p["start"]!, (long)p["length"]!)));
        Assert.Null(lines[1]["parts"]); // one stretch of the input: start and length say it all
    }
}
