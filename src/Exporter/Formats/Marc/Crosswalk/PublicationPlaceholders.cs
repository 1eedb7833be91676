namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>RDA's bracketed statements for an unknown place, publisher or date in 264 (read back as "not given").</summary>
internal static class PublicationPlaceholders
{
    public const string Place = "[Place of publication not identified]";
    public const string Publisher = "[publisher not identified]";
    public const string Date = "[date of publication not identified]";

    public static string? Value(string? s) => s is null || (s.StartsWith('[') && s.Contains("not identified", StringComparison.OrdinalIgnoreCase)) ? null : s;
}
