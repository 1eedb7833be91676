using Exporter.Cli;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Tests.Cli;

public class CliErrorExitTests
{
    [Fact]
    public void A_usage_error_exits_2_with_the_help_hint()
    {
        var ex = new ExporterException(new Diagnostic("CLI0009", Severity.Error, "no input files of a known format were found"));
        Assert.Equal(("error CLI0009: no input files of a known format were found; see 'exporter convert --help'", ExitCodes.Usage),
            CliErrorExit.Of(ex, ErrorPolicy.Fail, "see 'exporter convert --help'"));
        Assert.Equal(("error CLI0009: no input files of a known format were found", ExitCodes.Usage), CliErrorExit.Of(ex, ErrorPolicy.Fail, helpHint: null));
    }

    [Fact]
    public void Any_other_error_exits_3_without_the_help_hint_and_with_hints_in_cli_terms()
    {
        var d = new Diagnostic("MERGE0003", Severity.Error, "the shards do not fit together") { Source = "a.report", Hints = [new DiagnosticHint(DiagnosticHintKind.GoOnPastBadRecords, "ConversionOptions.OnError")] };
        var ex = new ExporterException(d);
        Assert.Equal((d.ToString("use --on-error skip to go on"), ExitCodes.Failed), CliErrorExit.Of(ex, ErrorPolicy.Fail, "see 'exporter merge --help'"));
        Assert.Equal((d.ToString(null), ExitCodes.Failed), CliErrorExit.Of(ex, ErrorPolicy.Skip, "see 'exporter merge --help'"));
    }
}
