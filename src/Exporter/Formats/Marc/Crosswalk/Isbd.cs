namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// ISBD punctuation: what the crosswalk adds at the end of subfields on export (in ISBD mode) and strips on import
/// (when leader/18 says punctuation is present).
/// </summary>
internal static class Isbd
{
    private static readonly string[] Separators = [" :", " /", " ;", " =", ",", "."];

    /// <summary>
    /// Ends <paramref name="s"/> with a period unless it already ends with a mark of final punctuation: a period, question
    /// mark or exclamation mark (LC-PCC PS 1.7.1; MARC 21 Bibliographic, "Punctuation" in the field descriptions: "ends with
    /// a mark of final punctuation"), or their ideographic and full-width forms (。？！), which end CJK sentences.
    /// </summary>
    public static string Period(string s) => s.Length > 0 && ".?!\u3002\uFF1F\uFF01".Contains(s[^1], StringComparison.Ordinal) ? s : s + ".";

    /// <summary>Appends a separator such as " :" or "," (never doubled).</summary>
    public static string Before(string s, string separator) => s.EndsWith(separator, StringComparison.Ordinal) ? s : s + separator;

    /// <summary>Removes one trailing ISBD separator (" :", " /", " ;", " =", ",", ".") and spaces.</summary>
    public static string Strip(string s)
    {
        var t = s.TrimEnd();
        foreach (var sep in Separators)
        {
            if (t.EndsWith(sep, StringComparison.Ordinal))
            {
                if (sep == "." && EndsWithAbbreviation(t)) return t;
                return t[..^sep.Length].TrimEnd();
            }
        }

        return t;
    }

    private static bool EndsWithAbbreviation(string t)
    {
        var space = t.LastIndexOf(' ');
        var word = t[(space + 1)..];
        return word.Length <= 4 && word.Contains('.') && word.Length >= 2 && char.IsUpper(word[^2]) || word is "ed." or "etc." or "p." or "pbk." or "Jr." or "Sr." or "Inc." or "Co." or "Ltd.";
    }
}
