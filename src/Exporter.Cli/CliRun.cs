using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>What a command's run converts with (the formats the command line was built from) and how it speaks on
/// stderr: how much, its closing line, and where to find its help.</summary>
/// <param name="Formats">The registry the command's options came from; the job runs with it.</param>
/// <param name="Verbosity">Which diagnostics are printed.</param>
/// <param name="SummaryText">The closing line ("read N, written N, rejected N" for convert).</param>
/// <param name="HelpHint">"see 'exporter convert --help'", appended to usage errors.</param>
internal sealed record CliRun(FormatRegistry Formats, Verbosity Verbosity, Func<ConversionSummary, string> SummaryText, string HelpHint);
