using System.Collections.Frozen;

namespace Exporter.Formats.CatalogText;

/// <summary>English language names accepted in catalog text, mapped to ISO 639-2/B codes (MARC language codes).</summary>
internal static class LanguageNames
{
    private static readonly FrozenDictionary<string, string> NameToCode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "eng", ["French"] = "fre", ["German"] = "ger", ["Spanish"] = "spa", ["Italian"] = "ita",
        ["Portuguese"] = "por", ["Russian"] = "rus", ["Chinese"] = "chi", ["Japanese"] = "jpn", ["Korean"] = "kor",
        ["Arabic"] = "ara", ["Hebrew"] = "heb", ["Greek"] = "gre", ["Latin"] = "lat", ["Dutch"] = "dut",
        ["Swedish"] = "swe", ["Norwegian"] = "nor", ["Danish"] = "dan", ["Finnish"] = "fin", ["Polish"] = "pol",
        ["Czech"] = "cze", ["Hungarian"] = "hun", ["Turkish"] = "tur", ["Persian"] = "per", ["Hindi"] = "hin",
        ["Ukrainian"] = "ukr", ["Yiddish"] = "yid", ["Welsh"] = "wel", ["Irish"] = "gle", ["Catalan"] = "cat",
        ["Vietnamese"] = "vie", ["Thai"] = "tha", ["Urdu"] = "urd", ["Bengali"] = "ben", ["Swahili"] = "swa",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The code for a name or code as written ("English" or "eng" -> "eng"), or null when not recognised.</summary>
    public static string? ToCode(string value)
    {
        var v = value.Trim();
        if (NameToCode.TryGetValue(v, out var code)) return code;
        if (v.Length == 3 && v.All(char.IsAsciiLetterLower)) return v;
        return null;
    }
}
