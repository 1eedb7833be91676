using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>The write options every format honours: --base-uri and the clock (SOURCE_DATE_EPOCH). Format options are
/// the formats' own (<see cref="FormatOptionBinder"/>).</summary>
internal static class CommonWriteOptions
{
    /// <summary>
    /// The time the run started, or SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) when set,
    /// so that generated timestamps (MARC 005 of records without a last change, OAI responseDate and datestamps) are
    /// one for the whole run, and reproducible with SOURCE_DATE_EPOCH.
    /// </summary>
    public static TimeProvider Clock()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch)) return new FixedClock(TimeProvider.System.GetUtcNow());
        if (!long.TryParse(epoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            throw new ExporterException(new Diagnostic("CLI0014", Severity.Error, $"SOURCE_DATE_EPOCH must be a number of seconds, not '{epoch}'"));
        return new FixedClock(DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>Write options with the clock and <paramref name="baseUri"/> (--base-uri; null: the default).</summary>
    public static WriteOptions Of(string? baseUri)
    {
        var options = new WriteOptions { Clock = Clock() };
        if (baseUri is null) return options;
        if (!Uri.TryCreate(baseUri, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new ExporterException(new Diagnostic("CLI0012", Severity.Error, $"--base-uri must be an absolute http(s) URI, not '{baseUri}'"));
        if (!uri.AbsoluteUri.EndsWith('/')) uri = new Uri(uri.AbsoluteUri + "/");
        return options with { BaseUri = uri };
    }
}
