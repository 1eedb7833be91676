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
}
