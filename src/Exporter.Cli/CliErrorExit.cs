using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// What a command says and exits with when the library refuses it with an <see cref="ExporterException"/>: a usage
/// error (a code <c>CLI...</c>) exits 2, followed by the command's help hint where it gives one; any other exits 3.
/// </summary>
internal static class CliErrorExit
{
    /// <summary>The line for stderr and the exit code of <paramref name="ex"/> in a run whose --on-error is <paramref name="policy"/>.</summary>
    public static (string Line, int ExitCode) Of(ExporterException ex, ErrorPolicy policy, string? helpHint)
    {
        var usage = ex.Diagnostic.Code.StartsWith("CLI", StringComparison.Ordinal);
        var line = CliDiagnosticText.Of(ex.Diagnostic, policy);
        return (usage && helpHint is not null ? $"{line}; {helpHint}" : line, usage ? ExitCodes.Usage : ExitCodes.Failed);
    }

    /// <summary>Writes the line of <paramref name="ex"/> to stderr and returns its exit code.</summary>
    public static int Report(ExporterException ex, ErrorPolicy policy, string? helpHint)
    {
        var (line, exitCode) = Of(ex, policy, helpHint);
        Console.Error.WriteLine(line);
        return exitCode;
    }
}
