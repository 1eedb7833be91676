using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>The closing line on stderr, in the words of each command.</summary>
internal static class SummaryText
{
    /// <summary>"read N, written N, rejected N".</summary>
    public static string Convert(ConversionSummary s) => s.ToString();

    /// <summary>"read N, valid N, rejected N": validate writes nothing, so the records that would be written are valid.</summary>
    public static string Validate(ConversionSummary s) =>
        FormattableString.Invariant($"read {s.Read}, valid {s.Written}, rejected {s.Rejected}") + (s.Discarded > 0 ? FormattableString.Invariant($", unchecked {s.Discarded}") : "");
}
