using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>Turns format-specific command-line options into the library's typed option records.</summary>
internal static class FormatOptionMapper
{
    /// <summary>
    /// The system clock, or a fixed one when SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention)
    /// is set, so that generated timestamps (MARC 005, OAI responseDate) are reproducible.
    /// </summary>
    public static TimeProvider Clock()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch)) return TimeProvider.System;
        if (!long.TryParse(epoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            throw new ExporterException(new Diagnostic("CLI0014", Severity.Error, $"SOURCE_DATE_EPOCH must be a number of seconds, not '{epoch}'"));
        return new FixedClock(DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    public static ReadOptions Read(ReadOptions options, string? marcEncoding)
    {
        if (marcEncoding is null) return options;
        if (marcEncoding is not ("leader" or "auto" or "utf8" or "marc8"))
            throw new ExporterException(new Diagnostic("CLI0011", Severity.Error, $"--marc-encoding must be leader, auto, utf8 or marc8, not '{marcEncoding}'"));
        return options;
    }

    public static WriteOptions Write(WriteOptions options, string? baseUri)
    {
        options = options with { Clock = Clock() };
        if (baseUri is null) return options;
        if (!Uri.TryCreate(baseUri, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new ExporterException(new Diagnostic("CLI0012", Severity.Error, $"--base-uri must be an absolute http(s) URI, not '{baseUri}'"));
        if (!uri.AbsoluteUri.EndsWith('/')) uri = new Uri(uri.AbsoluteUri + "/");
        return options with { BaseUri = uri };
    }
}
