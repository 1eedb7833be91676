using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// A diagnostic as one line for people running the CLI: its <see cref="DiagnosticHint"/> in the CLI's terms instead
/// of the library's option names ("--on-error skip", "the nesting depth limit").
/// </summary>
internal static class CliDiagnosticText
{
    /// <summary>The line for <paramref name="diagnostic"/> in a run whose --on-error is <paramref name="policy"/>.</summary>
    public static string Of(Diagnostic diagnostic, ErrorPolicy policy)
    {
        var hints = diagnostic.Hints.IsDefaultOrEmpty ? [] : diagnostic.Hints.Select(h => Hint(h, policy)).OfType<string>().ToList();
        return diagnostic.ToString(hints.Count == 0 ? null : string.Join("; ", hints));
    }

    /// <summary>The hint in the CLI's terms, or null when the CLI has nothing to offer: going on past bad records is
    /// offered only when --on-error skip was not given; a limit is named by what it limits (the CLI has no option to
    /// raise it); a missing value the library can be given (a base IRI, a JSON-LD context) has no CLI option, and the
    /// message already says what to add to the input.</summary>
    internal static string? Hint(DiagnosticHint hint, ErrorPolicy policy) => hint.Kind switch
    {
        DiagnosticHintKind.Limit => $"{hint.Limit ?? "a"} limit",
        DiagnosticHintKind.GoOnPastBadRecords when policy == ErrorPolicy.Fail => "use --on-error skip to go on",
        _ => null,
    };
}
