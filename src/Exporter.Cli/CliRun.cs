using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>How a command's run speaks on stderr: how much, its closing line, and where to find its help.</summary>
/// <param name="Verbosity">Which diagnostics are printed.</param>
/// <param name="SummaryText">The closing line ("read N, written N, rejected N" for convert).</param>
/// <param name="HelpHint">"see 'exporter convert --help'", appended to usage errors.</param>
internal sealed record CliRun(Verbosity Verbosity, Func<ConversionSummary, string> SummaryText, string HelpHint);
