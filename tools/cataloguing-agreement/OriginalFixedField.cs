namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// Whether an original record's 008 positions are coded at all and coded as MARC 21 defines them (MARC 21
/// Bibliographic, 008 All Materials: https://www.loc.gov/marc/bibliographic/bd008a.html). A position that is not coded
/// (fill character <c>|</c>: "no attempt to code") or not valid (<c>c####9999</c>, <c>s1968^^^^</c>, <c>r1957</c> with no Date 2,
/// <c>n</c> with blank dates) is no target a page could be held to: such a check is
/// <see cref="CheckOutcome.OriginalNotValid"/>, listed in the report and not counted.
/// </summary>
public static class OriginalFixedField
{
    private const string DateTypes = "bcdeikmnpqrstu";
    private static readonly System.Buffers.SearchValues<char> DateChars = System.Buffers.SearchValues.Create("0123456789u");
    private static readonly System.Buffers.SearchValues<char> MonthDayChars = System.Buffers.SearchValues.Create("0123456789u ");

    /// <summary>
    /// 008/06-14: a defined type of date; Date 1 and Date 2 of digits and <c>u</c>; Date 2 blank for <c>s</c>, both
    /// blank for <c>b</c>, both <c>uuuu</c> for <c>n</c>, month and day (digits, <c>u</c> or blank) for <c>e</c>.
    /// </summary>
    public static bool DatesValid(string nine)
    {
        if (nine.Length != 9 || nine.Contains('|', StringComparison.Ordinal) || !DateTypes.Contains(nine[0], StringComparison.Ordinal)) return false;
        var d1 = nine.AsSpan(1, 4);
        var d2 = nine.AsSpan(5, 4);
        return nine[0] switch
        {
            'b' => d1.IsWhiteSpace() && d2.IsWhiteSpace(),
            'n' => d1.SequenceEqual("uuuu") && d2.SequenceEqual("uuuu"),
            's' => Date(d1) && d2.SequenceEqual("    "),
            'e' => Date(d1) && !d2.ContainsAnyExcept(MonthDayChars),
            _ => Date(d1) && Date(d2),
        };
    }

    private static readonly Lazy<HashSet<string>> Countries = new(() => File.ReadLines(Path.Combine(RepositoryRoot.Find(), "tools", "cataloguing-agreement", "hand", "countries.txt"))
        .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Trim().PadRight(3)).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// 008/15-17: a current code of the MARC Code List for Countries (<c>hand/countries.txt</c>), left-justified. An obsolete
    /// code (<c>uk</c>, <c>us</c>, <c>hk</c>) or one that is not in the list (ISO's <c>hr</c>) is not valid.
    /// </summary>
    public static bool PlaceValid(string three) => three.Length == 3 && Countries.Value.Contains(three);

    /// <summary>
    /// 008/15-17 <c>xx</c> ("no place, unknown, or undetermined") in a record whose own 260/264 $a names a place (not
    /// <c>[S.l.]</c> or RDA's "[Place of publication not identified]") contradicts that record: no page stating the place
    /// could be held to it.
    /// </summary>
    public static bool PlaceConsistent(string three, IEnumerable<string> statedPlaces) =>
        three != "xx " || !statedPlaces.Any(p => p.Any(char.IsLetter) && !UnknownPlace(p));

    private static bool UnknownPlace(string place) =>
        place.Contains("s.l", StringComparison.OrdinalIgnoreCase) || place.Contains("not identified", StringComparison.OrdinalIgnoreCase)
        || place.Contains("sine loco", StringComparison.OrdinalIgnoreCase) || place.Contains("unknown", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Indicators MARC 21 defines (https://www.loc.gov/marc/bibliographic/bd245.html, bd100.html, bd110.html, bd111.html):
    /// 245 ind1 <c>0</c>/<c>1</c> and ind2 <c>0</c>-<c>9</c>; 100 ind1 <c>0</c>/<c>1</c>/<c>3</c> (<c>2</c>, multiple surname, is obsolete since 1996);
    /// 110 and 111 ind1 <c>0</c>/<c>1</c>/<c>2</c>. A blank or obsolete value is not valid.
    /// </summary>
    public static bool IndicatorValid(string tag, int which, char value) => (tag, which) switch
    {
        ("245", 1) => value is '0' or '1',
        ("245", 2) => char.IsAsciiDigit(value),
        ("100", 1) => value is '0' or '1' or '3',
        ("110", 1) or ("111", 1) => value is '0' or '1' or '2',
        _ => true,
    };

    /// <summary>008/35-37: a code of the MARC Code List for Languages has three lower-case letters.</summary>
    public static bool LanguageValid(string three) => three.Length == 3 && three.All(char.IsAsciiLetterLower);

    private static bool Date(ReadOnlySpan<char> d) => d.Length == 4 && !d.ContainsAnyExcept(DateChars);
}
