using System.Collections.Frozen;
using System.Text;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// The language tag of a transcribed text (title, subtitle, contents, original title) when the record says it (row:
/// language-tagged literals): the record has exactly one language, and it is a language (not <c>und</c>, <c>mul</c>,
/// <c>zxx</c>, <c>mis</c>). The tag is its BCP 47 code ("fre" -> <c>fr</c>), plus the script the text is written in
/// when that is not the language's usual one (a romanized Russian title: <c>ru-latn</c>). A text whose letters are of
/// several scripts, or of none, takes the language alone. Tags are lower case, as RDF compares them.
/// </summary>
internal static class LiteralLanguages
{
    // The usual script of languages not usually written in Latin letters (IANA Suppress-Script, and the common
    // script where the registry names none); every other language is taken to be written in Latin letters.
    private static readonly FrozenDictionary<string, string> UsualScript = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["rus"] = "cyrl", ["ukr"] = "cyrl", ["bel"] = "cyrl", ["bul"] = "cyrl", ["mac"] = "cyrl", ["kaz"] = "cyrl", ["kir"] = "cyrl",
        ["tgk"] = "cyrl", ["mon"] = "cyrl", ["srp"] = "cyrl", ["gre"] = "grek", ["grc"] = "grek", ["ara"] = "arab", ["per"] = "arab",
        ["urd"] = "arab", ["pus"] = "arab", ["heb"] = "hebr", ["yid"] = "hebr", ["chi"] = "hani", ["jpn"] = "jpan", ["kor"] = "kore",
        ["hin"] = "deva", ["mar"] = "deva", ["nep"] = "deva", ["san"] = "deva", ["ben"] = "beng", ["tam"] = "taml", ["tel"] = "telu",
        ["tha"] = "thai", ["arm"] = "armn", ["geo"] = "geor", ["amh"] = "ethi", ["khm"] = "khmr", ["lao"] = "laoo", ["bur"] = "mymr",
        ["guj"] = "gujr", ["pan"] = "guru", ["kan"] = "knda", ["mal"] = "mlym", ["sin"] = "sinh", ["tib"] = "tibt",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotALanguage = new[] { "und", "mul", "zxx", "mis", "   ", "|||" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The record's one language (MARC code), or null when it has none, several, or a code that is not a language.</summary>
    public static string? RecordLanguage(IReadOnlyList<string> languages) =>
        languages.Count == 1 && languages[0].Length == 3 && languages[0].All(char.IsAsciiLetterLower) && !NotALanguage.Contains(languages[0]) ? languages[0] : null;

    /// <summary>The tag for <paramref name="text"/> in <paramref name="language"/> (a MARC code), or null without a language.</summary>
    public static string? Tag(string text, string? language)
    {
        if (language is null) return null;
        var bcp = LanguageCodes.Bcp47(language);
        var script = ScriptOf(text);
        var usual = UsualScript.GetValueOrDefault(language, "latn");
        return script is null || script == usual || (usual == "jpan" && script == "hani") ? bcp : bcp + "-" + script;
    }

    /// <summary>The script of the text's letters (ISO 15924, lower case), or null for none or several.</summary>
    public static string? ScriptOf(string text)
    {
        var span = text.AsSpan();
        if (!span.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return span.ContainsAnyInRange('A', 'Z') || span.ContainsAnyInRange('a', 'z') ? "latn" : null;   // ASCII: its only letters are Latin
        }

        string? first = null;
        string? second = null;
        var more = false;
        foreach (var r in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(r)) continue;
            if (Script(r.Value) is not string s) return null;
            if (first is null) first = s;
            else if (s == first) continue;
            else if (second is null) second = s;
            else if (s != second) more = true;
        }

        if (first is null || more) return null;
        if (second is null) return first == "kana" ? "jpan" : first;
        if (first != "hani" && second != "hani") return null;
        var other = first == "hani" ? second : first;
        return other == "kana" ? "jpan" : other == "kore" ? "kore" : null;   // kanji with kana, hanja with hangul
    }

    private static string? Script(int c) => c switch
    {
        < 0x0250 => "latn",
        >= 0x1E00 and < 0x1F00 => "latn",
        >= 0x0370 and < 0x0400 => "grek",
        >= 0x1F00 and < 0x2000 => "grek",
        >= 0x0400 and < 0x0530 => "cyrl",
        >= 0x0530 and < 0x0590 => "armn",
        >= 0x0590 and < 0x0600 => "hebr",
        >= 0x0600 and < 0x0700 => "arab",
        >= 0x0900 and < 0x0980 => "deva",
        >= 0x0980 and < 0x0A00 => "beng",
        >= 0x0A00 and < 0x0A80 => "guru",
        >= 0x0A80 and < 0x0B00 => "gujr",
        >= 0x0B80 and < 0x0C00 => "taml",
        >= 0x0C00 and < 0x0C80 => "telu",
        >= 0x0C80 and < 0x0D00 => "knda",
        >= 0x0D00 and < 0x0D80 => "mlym",
        >= 0x0D80 and < 0x0E00 => "sinh",
        >= 0x0E00 and < 0x0E80 => "thai",
        >= 0x0E80 and < 0x0F00 => "laoo",
        >= 0x0F00 and < 0x1000 => "tibt",
        >= 0x1000 and < 0x10A0 => "mymr",
        >= 0x10A0 and < 0x1100 => "geor",
        >= 0x1200 and < 0x1380 => "ethi",
        >= 0x1780 and < 0x1800 => "khmr",
        >= 0x1100 and < 0x1200 => "kore",
        >= 0xAC00 and < 0xD7B0 => "kore",
        >= 0x3040 and < 0x3100 => "kana",
        >= 0x31F0 and < 0x3200 => "kana",
        >= 0x3400 and < 0xA000 => "hani",
        >= 0xF900 and < 0xFB00 => "hani",
        >= 0x20000 and < 0x32000 => "hani",
        _ => null,
    };
}
