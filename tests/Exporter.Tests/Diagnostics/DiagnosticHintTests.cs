using Exporter.Diagnostics;

namespace Exporter.Tests.Diagnostics;

/// <summary>The library says a hint in its own terms (its option names); a front end can put its own words instead.</summary>
public class DiagnosticHintTests
{
    private static readonly Diagnostic Deep = new("JSON0002", Severity.Error, "invalid JSON: nested deeper than 128 levels")
    {
        RecordIndex = 1,
        Hints = [DiagnosticHint.LimitOf("nesting depth", "ReadOptions.MaxNesting")],
    };

    [Fact]
    public void ToString_gives_the_library_option_after_the_message()
    {
        Assert.Equal("error JSON0002 record 2: invalid JSON: nested deeper than 128 levels (ReadOptions.MaxNesting)", Deep.ToString());
    }

    [Fact]
    public void A_front_end_puts_its_own_hint_or_none()
    {
        Assert.Equal("error JSON0002 record 2: invalid JSON: nested deeper than 128 levels (nesting depth limit)", Deep.ToString("nesting depth limit"));
        Assert.Equal("error JSON0002 record 2: invalid JSON: nested deeper than 128 levels", Deep.ToString(null));
    }

    [Theory]
    [InlineData(DiagnosticHintKind.Limit, "MrkReaderOptions.MaxRecordChars")]
    [InlineData(DiagnosticHintKind.GoOnPastBadRecords, "set JsonLdReaderOptions.OnInvalidRecord = Skip to go on")]
    [InlineData(DiagnosticHintKind.SupplyOption, "or supply it in TurtleReaderOptions.BaseIri")]
    public void Each_kind_reads_as_a_remedy_in_library_terms(DiagnosticHintKind kind, string expected)
    {
        var option = kind switch
        {
            DiagnosticHintKind.Limit => "MrkReaderOptions.MaxRecordChars",
            DiagnosticHintKind.GoOnPastBadRecords => "JsonLdReaderOptions.OnInvalidRecord = Skip",
            _ => "TurtleReaderOptions.BaseIri",
        };

        Assert.Equal(expected, new DiagnosticHint(kind, option).ToString());
    }
}
