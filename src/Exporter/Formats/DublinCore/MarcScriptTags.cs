using Exporter.Formats.Rdf.SchemaOrg;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The <c>xml:lang</c> of an 880 field: the record's language (008/35-37, as BCP 47) with the script its <c>$6</c>
/// names (MARC script identification codes: <c>(3</c> Arabic, <c>(N</c> Cyrillic, <c>(S</c> Greek, <c>(2</c> Hebrew,
/// <c>$1</c> CJK, <c>(B</c> Latin). A language that cannot be written in that script (an English record with a
/// Cyrillic 880) or none is <c>und</c>; with neither a language nor a script, no tag.
/// </summary>
internal static class MarcScriptTags
{
    /// <summary>The BCP 47 tag, or null.</summary>
    /// <param name="linkage">The 880's <c>$6</c>, e.g. <c>245-01/(3/r</c>.</param>
    /// <param name="language">The record's ISO 639-2/B language (008/35-37), or null.</param>
    public static string? Tag(string? linkage, string? language)
    {
        var script = Script(linkage, language);
        var primary = language is null or "und" or "mul" or "zxx" || (language == "eng" && script is not (null or "Latn"))
            ? null
            : LanguageCodes.Bcp47(language);
        if (script is null) return primary;
        return (primary ?? "und") + "-" + script;
    }

    private static string? Script(string? linkage, string? language)
    {
        if (linkage is null) return null;
        var slash = linkage.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || linkage.Length < slash + 3) return null;
        return linkage.Substring(slash + 1, 2) switch
        {
            "(3" => "Arab",
            "(N" => "Cyrl",
            "(S" => "Grek",
            "(2" => "Hebr",
            "(B" => "Latn",
            "$1" => language switch { "jpn" => "Jpan", "kor" => "Kore", _ => "Hani" },
            _ => null,
        };
    }
}
