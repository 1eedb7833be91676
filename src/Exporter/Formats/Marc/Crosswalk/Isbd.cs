namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// ISBD punctuation: what the crosswalk adds at the end of subfields on export (in ISBD mode) and strips on import
/// (when leader/18 says punctuation is present).
/// </summary>
internal static class Isbd
{
    private static readonly string[] Separators = [" :", " /", " ;", " =", ",", "."];

    /// <summary>Ends <paramref name="s"/> with a period unless it already ends with terminal punctuation.</summary>
    public static string Period(string s) => s.EndsWith('.') ? s : s + ".";

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
