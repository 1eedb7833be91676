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

    /// <summary>008/15-17: a code of the MARC Code List for Countries has two or three lower-case letters, left-justified.</summary>
    public static bool PlaceValid(string three) =>
        three.Length == 3 && char.IsAsciiLetterLower(three[0]) && char.IsAsciiLetterLower(three[1]) && (three[2] == ' ' || char.IsAsciiLetterLower(three[2]));

    /// <summary>008/35-37: a code of the MARC Code List for Languages has three lower-case letters.</summary>
    public static bool LanguageValid(string three) => three.Length == 3 && three.All(char.IsAsciiLetterLower);

    private static bool Date(ReadOnlySpan<char> d) => d.Length == 4 && !d.ContainsAnyExcept(DateChars);
}
