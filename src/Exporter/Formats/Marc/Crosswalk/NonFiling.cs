namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// The 245 second indicator: how many characters of an initial article to skip in filing (MARC 21 Appendix F, with
/// the exceptions MARC::Lint knows), by the language of the record (008/35-37, the first language of the page).
/// </summary>
internal static class NonFiling
{
    private static readonly string[] English = ["the ", "a ", "an "];
    private static readonly string[] Norwegian = ["de ", "dei ", "den ", "det ", "ei ", "ein ", "eit ", "en ", "et "];

    /// <summary>
    /// The initial articles of MARC 21 Bibliographic Appendix F "Initial definite and indefinite articles"
    /// (https://www.loc.gov/marc/bibliographic/bdapndxf.html), by MARC language code; romanized forms for Arabic,
    /// Greek and Hebrew as ALA-LC romanization writes them ("al-Ḥarb", "Hē agora", "ha-Sefer").
    /// </summary>
    private static readonly Dictionary<string, string[]> Articles = new()
    {
        ["eng"] = English,
        ["fre"] = ["le ", "la ", "les ", "l'", "un ", "une "],
        ["ger"] = ["der ", "die ", "das ", "des ", "ein ", "eine ", "dem ", "den ", "einem ", "einen ", "einer ", "eines "],
        ["spa"] = ["el ", "la ", "los ", "las ", "un ", "una ", "unos ", "unas ", "lo "],
        ["ita"] = ["il ", "lo ", "la ", "i ", "gli ", "gl'", "le ", "l'", "un ", "uno ", "una ", "un'"],
        ["por"] = ["o ", "a ", "os ", "as ", "um ", "uma ", "uns ", "umas "],
        ["cat"] = ["el ", "els ", "la ", "les ", "l'", "un ", "una "],
        ["glg"] = ["o ", "a ", "os ", "as ", "un ", "unha "],
        ["rum"] = ["o ", "un "],
        ["dut"] = ["de ", "het ", "een ", "'t ", "'n "],
        ["afr"] = ["die ", "'n "],
        ["dan"] = ["de ", "den ", "det ", "en ", "et "],
        ["swe"] = ["de ", "den ", "det ", "en ", "ett "],
        ["nor"] = Norwegian,
        ["nob"] = Norwegian,
        ["nno"] = Norwegian,
        ["ice"] = ["hinn ", "hin ", "hið ", "hinir ", "hinar "],
        ["hun"] = ["a ", "az ", "egy "],
        ["wel"] = ["yr ", "y "],
        ["gle"] = ["an ", "na "],
        ["yid"] = ["der ", "di ", "dos ", "a ", "an ", "eyn ", "eyne "],
        ["ara"] = ["al-", "el-"],
        ["heb"] = ["ha-", "he-"],
        ["gre"] = ["ho ", "hē ", "to ", "hoi ", "hai ", "ta ", "henas ", "mia ", "hena "],
        ["grc"] = ["ho ", "hē ", "to ", "hoi ", "hai ", "ta "],

        // several languages or none stated: the title is read as English (a "The" before a title in several languages)
        ["mul"] = English,
        ["und"] = English,
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
