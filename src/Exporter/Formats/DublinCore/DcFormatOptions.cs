using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The options of the Dublin Core formats (dc, dcterms), declared once: both return <see cref="All"/>, and each sets
/// <see cref="DublinCoreCrosswalkOptions"/>. What aggregators need that no MARC crosswalk gives (issue #14).
/// </summary>
internal static class DcFormatOptions
{
    /// <summary>--rights: the rights statement of records that state none (MARC 506/540).</summary>
    public static readonly FormatOption Rights = FormatOption
        .Text("--rights", "URI", "dc, dcterms: rights statement URI (e.g. Creative Commons, RightsStatements.org) for records that state none (MARC 506/540)", "CLI0050",
            "an absolute URI such as https://creativecommons.org/publicdomain/zero/1.0/", IsAbsoluteUri)
        .Writing<DublinCoreCrosswalkOptions>((o, v) => o with { Rights = new Uri(v, UriKind.Absolute) });

    /// <summary>--language: the language of text records that name none (Europeana requires one for TEXT).</summary>
    public static readonly FormatOption Language = FormatOption
        .Text("--language", "CODE", "dc, dcterms: ISO 639-2 language code for text records that name no language", "CLI0051",
            "an ISO 639-2 code of three lower-case letters (eng, fre, ger)", IsLanguageCode)
        .Writing<DublinCoreCrosswalkOptions>((o, v) => o with { DefaultLanguage = v });

    /// <summary>--include-reviews: full review texts, with their reviewer.</summary>
    public static readonly FormatOption IncludeReviews = FormatOption
        .Flag("--include-reviews", "dc, dcterms: write full review texts with their reviewer (left out by default: their rights may not allow open aggregation)", "CLI0052")
        .Writing<DublinCoreCrosswalkOptions>((o, v) => o with { IncludeReviews = v == "true" });

    /// <summary>Every Dublin Core option, in the order help lists them.</summary>
    public static IReadOnlyList<FormatOption> All { get; } = [Rights, Language, IncludeReviews];

    private static bool IsAbsoluteUri(string value) =>
        value.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out _);

    private static bool IsLanguageCode(string value) => value.Length == 3 && value.All(char.IsAsciiLetterLower);
}
