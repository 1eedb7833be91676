using System.Text.RegularExpressions;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// A personal name heading as written on the page ("Darwin, Charles, 1809-1882", "Smith, J. R. (John Robert)",
/// "Geddes, Patrick, Sir, 1854-1932", "Napoleon I, Emperor of the French, 1769-1821") split into the subfields of
/// MARC 21 Bibliographic X00 (row: Author / Subjects, personal names): $a name, $b numeration (a Roman numeral after
/// a forename, RDA 9.2.2.18), $c titles and other words (RDA 9.4 terms of rank, honour or office, 9.6 other
/// designations; a parenthetical that is no fuller form), $q fuller form (RDA 9.5: a parenthetical that expands the
/// forename), $d dates (RDA 9.3, with AACR2 "b." "d." "fl." "cent." and RDA "approximately", "active", "born",
/// "died"). The inverse of <see cref="NameFields.Name"/>, which joins $b, $q and a parenthetical $c with a space and
/// $c, $d with ", ".
/// </summary>
internal static partial class PersonalNameParts
{
    private const string Year = @"(?:(?:ca\.|approximately) )?\d{3,4}\??(?: or \d{1,4}\??)?";

    private const string Dates =
        Year + "-(?:" + Year + ")?" +                                                       // 1775-1817, 1940-, 1340-approximately 1410, 1952 or 3-
        "|-" + Year +                                                                       // -1631
        "|(?:b\\.|d\\.|fl\\.|born|died|active|flourished) " + Year + "(?:-\\d{2,4}\\??)?" +   // b. 1900, active 1629-1658
        "|\\d{1,2}(?:st|nd|rd|th) cent\\.?(?:-\\d{1,2}(?:st|nd|rd|th) cent\\.?)?";             // 13th cent

    [GeneratedRegex(@"^(?:" + Dates + @")\.?$|^\((?:" + Dates + @")\)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatesPart();

    [GeneratedRegex(@"^[IVXL]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    /// <summary>
    /// First words of a term of rank, honour, office or address that follows the name as $c (RDA 9.4.1.4-9.4.1.9,
    /// 9.6; MARC 21 X00 $c examples; the $c values of the mining half: "Sir", "Mrs.", "King of England", "Dalai Lama
    /// V", "Baron", "Earl of"), compared without a final period.
    /// </summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Sir", "Dame", "Lady", "Lord", "Mrs", "Mr", "Miss", "Ms", "Dr", "Rev", "Jr", "Sr", "Saint", "Blessed", "Pope",
        "King", "Queen", "Emperor", "Empress", "Prince", "Princess", "Duke", "Duchess", "Earl", "Count", "Countess",
        "Baron", "Baroness", "Marquis", "Marquess", "Viscount", "Viscountess", "Archduke", "Grand", "Tsar", "Czar",
        "Sultan", "Shah", "Emir", "Caliph", "Khan", "Chief", "Bishop", "Archbishop", "Cardinal", "Abbot", "Abbess",
        "Rabbi", "Swami", "Sister", "Brother", "Father", "Mother", "Dalai", "Panchen", "Imam", "Ayatollah", "Maharaja",
        "Rani", "Raja", "Nawab", "Sheikh", "Shaykh", "Elector", "Margrave", "Landgrave", "Infante", "Infanta",
    };

    /// <summary>The name parts of a heading that holds no title of a work.</summary>
    public static List<Subfield> Split(string name)
    {
        var rest = name;
        string? dates = null;
        var comma = rest.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && DatesPart().IsMatch(rest[(comma + 2)..]))
        {
            dates = rest[(comma + 2)..];
            rest = rest[..comma];
        }

        string? paren = null;
        if (rest.EndsWith(')') && rest.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0 && rest.IndexOf(')', open) == rest.Length - 1)
        {
            paren = rest[(open + 1)..];
            rest = rest[..open];
        }

        var segments = rest.Split(", ");
        var firstTitle = Array.FindIndex(segments, 1, IsTitle);
        var a = firstTitle < 0 ? rest : string.Join(", ", segments[..firstTitle]);
        var c = firstTitle < 0 ? null : string.Join(", ", segments[firstTitle..]);
        if (a.Length == 0 || a != a.Trim()) return [new Subfield('a', name)];
        var subs = new List<Subfield>();
        var space = a.LastIndexOf(' ');
        if (!a.Contains(", ", StringComparison.Ordinal) && space > 0 && RomanNumeral().IsMatch(a[(space + 1)..]))
        {
            subs.Add(new Subfield('a', a[..space]));
            subs.Add(new Subfield('b', a[(space + 1)..]));
        }
        else subs.Add(new Subfield('a', a));

        if (paren is not null) subs.Add(new Subfield(IsFullerForm(a, paren) ? 'q' : 'c', paren));
        if (c is not null) subs.Add(new Subfield('c', c));
        if (dates is not null) subs.Add(new Subfield('d', dates));
        return subs;
    }

    /// <summary>
    /// A personal name followed by the title of a work ("Austen, Jane, 1775-1817. Pride and prejudice", MARC 21 600
    /// $t; a number of part $n after ", ": "Symphonies, no. 4"), split into the name's parts and $t $n; a heading with
    /// no title is <see cref="Split"/>. The title starts after the first ". " whose word before is no initial or
    /// abbreviation (so "Smith, J. R." and "Jr." stay in the name), and that follows a name with a forename or dates,
    /// or a name of one word (a name in direct order, as ancient authors are entered: "Plato. Laws", LC-PCC PS 6.2.2
    /// and MARC 21 600 $t; traject/test_data.utf8.mrc has 700 02 $a Chalāriśeṣācārya. $t Mandopakāriṇī).
    /// </summary>
    public static List<Subfield> SplitWithTitle(string heading)
    {
        var at = TitleStart(heading);
        if (at < 0) return Split(heading);
        var subs = Split(heading[..at]);
        var title = heading[(at + 2)..];
        var number = NumberOfPart().Match(title);
        if (number.Success && number.Index > 0)
        {
            subs.Add(new Subfield('t', title[..number.Index]));
            subs.Add(new Subfield('n', title[(number.Index + 2)..]));
        }
        else subs.Add(new Subfield('t', title));

        return subs;
    }

    [GeneratedRegex(@", (?:no\.|op\.|nro|Nr\.|BWV|K\.|D\.|Hob\.) ?\S.*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOfPart();

    private static int TitleStart(string heading)
    {
        for (var i = heading.IndexOf(". ", StringComparison.Ordinal); i > 0; i = heading.IndexOf(". ", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 >= heading.Length || !char.IsLetterOrDigit(heading[i + 2])) continue;
            var start = heading.LastIndexOfAny([' ', '.', '(', '-'], i - 1) + 1;
            var word = heading[start..i];
            if (word.Length < 2 || IsAbbreviation(word)) continue;
            var forenameAlone = start == 0 && char.IsUpper(heading[0]) && char.IsUpper(heading[i + 2]);        // "Plato. Laws", "Homer. Iliad": a forename heading (ind1 0) then the title
            if (!forenameAlone && !heading[..i].Contains(", ", StringComparison.Ordinal) && !DatesAtEnd(heading[..i])) continue;   // "St. Louis" stays whole: a title needs a name with a forename or dates before it
            return i;
        }

        return -1;
    }

    private static bool DatesAtEnd(string name)
    {
        var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && DatesPart().IsMatch(name[(comma + 2)..]);
    }

    private static bool IsAbbreviation(string word) => word is "Jr" or "Sr" or "St" or "ca" or "fl" or "cent" or "Mrs" or "Mr" or "Dr" or "Rev" or "Ms" or "Bp" or "Abp" or "Bt";

    private static bool IsTitle(string segment)
    {
        if (segment.Length == 0) return false;
        if (char.IsLower(segment[0]) && !segment.Any(char.IsDigit)) return true;                              // "comte", "vicomte de", "ha-Kohen", "spirit" (not "fl. 850 B.C.")
        var space = segment.IndexOf(' ');
        var first = (space < 0 ? segment : segment[..space]).TrimEnd('.');
        return TitleWords.Contains(first);
    }

    /// <summary>A parenthetical that spells out the forename ("J. R." and "(John Robert)"): same first letter.</summary>
    private static bool IsFullerForm(string a, string paren)
    {
        var comma = a.IndexOf(", ", StringComparison.Ordinal);
        var forename = comma < 0 ? a : a[(comma + 2)..];
        return paren.Length > 1 && forename.Length > 0 && char.ToUpperInvariant(forename[0]) == char.ToUpperInvariant(paren[1]) && !DatesPart().IsMatch(paren);
    }
}
