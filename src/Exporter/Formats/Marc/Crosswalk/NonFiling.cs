namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// The 245 second indicator: how many characters of an initial article to skip in filing (LC Appendix E, with the
/// exceptions MARC::Lint knows), by the language of the record.
/// </summary>
internal static class NonFiling
{
    private static readonly Dictionary<string, string[]> Articles = new()
    {
        ["eng"] = ["the ", "a ", "an "],
        ["fre"] = ["le ", "la ", "les ", "l'", "un ", "une "],
        ["ger"] = ["der ", "die ", "das ", "ein ", "eine ", "dem ", "den ", "einem ", "einen ", "einer ", "eines "],
        ["spa"] = ["el ", "la ", "los ", "las ", "un ", "una ", "lo "],
        ["ita"] = ["il ", "lo ", "la ", "i ", "gli ", "gl'", "le ", "l'", "un ", "uno ", "una ", "un'"],
        ["por"] = ["o ", "a ", "os ", "as ", "um ", "uma "],
    };

    private static readonly string[] Exceptions =
    [
        "A & ", "A-", "A+", "A is ", "A isn't ", "A l'", "A la ", "A posteriori", "A priori", "A to ", "El Nino", "El Salvador",
        "L is ", "L-", "La Salle", "Las Vegas", "Lo cual", "Lo mein", "Lo que", "Los Alamos", "Los Angeles",
    ];

    public static char Indicator(string title, string? language)
    {
        if (!Articles.TryGetValue(language ?? "eng", out var articles)) return '0';
        foreach (var ex in Exceptions)
        {
            if (title.StartsWith(ex, StringComparison.Ordinal)) return '0';
        }

        var lead = 0;
        while (lead < title.Length && title[lead] is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018') lead++;
        foreach (var a in articles)
        {
            if (title.Length > lead + a.Length && title.AsSpan(lead).StartsWith(a, StringComparison.OrdinalIgnoreCase))
            {
                var n = lead + a.Length;
                return n <= 9 ? (char)('0' + n) : '0';
            }
        }

        return '0';
    }
}
