using Exporter.Cli;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Tests.Cli;

public class CliDiagnosticTextTests
{
    [Theory]
    [InlineData(DiagnosticHintKind.Limit, ErrorPolicy.Fail, "record size limit")]
    [InlineData(DiagnosticHintKind.Limit, ErrorPolicy.Skip, "record size limit")]
    [InlineData(DiagnosticHintKind.GoOnPastBadRecords, ErrorPolicy.Fail, "use --on-error skip to go on")]
    [InlineData(DiagnosticHintKind.GoOnPastBadRecords, ErrorPolicy.Skip, null)]
    [InlineData(DiagnosticHintKind.SupplyOption, ErrorPolicy.Fail, null)]
    public void Hints_are_said_in_cli_terms_and_go_on_only_when_skip_was_not_given(DiagnosticHintKind kind, ErrorPolicy policy, string? expected)
    {
        var hint = new DiagnosticHint(kind, "SomeReaderOptions.Something") { Limit = "record size" };

        Assert.Equal(expected, CliDiagnosticText.Hint(hint, policy));
    }

    [Fact]
    public void A_diagnostic_without_hint_is_its_library_line()
    {
        var d = new Diagnostic("TEXT0004", Severity.Error, "no title") { RecordIndex = 11, Line = 439, Source = "bad.txt" };

        Assert.Equal(d.ToString(), CliDiagnosticText.Of(d, ErrorPolicy.Fail));
    }
}
