using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// A corporate name heading as written on the page ("United States. Department of the Interior") split into $a and
/// its subordinate units $b at each ". " (MARC 21 Bibliographic X10 $b "Subordinate unit"; the units are separated by
/// periods in the heading, RDA 11.2.2.14 and LC-PCC PS 11.2.2.14), and its first indicator (row: contributors /
/// subjects, corporate names): 1 when $a is a jurisdiction (a place Tables/places.tsv lists as a whole), else 2
/// (name in direct order), and 2 for a name that merely starts with a place ("Boston Symphony Orchestra"). The inverse of <see cref="NameFields.Name"/>, which joins $b with ". ".
/// </summary>
internal static class CorporateNameParts
{
    /// <summary>Words that end in a period without ending a unit ("Dept. of Agriculture", "Smith &amp; Co. Ltd").</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dept", "Co", "Corp", "Inc", "Ltd", "Bros", "St", "Ste", "Mt", "Ft", "Univ", "Assn", "Assoc", "Natl", "Nat", "Govt",
        "Inst", "Soc", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "Rev", "Bd", "Comm", "Div", "Dist", "Ave", "No", "Vol",
    };

    public static List<Subfield> Split(string name)
    {
        var subs = new List<Subfield>();
        var start = 0;
        for (var i = name.IndexOf(". ", StringComparison.Ordinal); i > 0; i = name.IndexOf(". ", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 >= name.Length || !char.IsUpper(name[i + 2]) || EndsWithAbbreviation(name.AsSpan(start, i - start))) continue;
            subs.Add(new Subfield(subs.Count == 0 ? 'a' : 'b', name[start..i]));
            start = i + 2;
        }

        subs.Add(new Subfield(subs.Count == 0 ? 'a' : 'b', name[start..]));
        return subs;
    }

    /// <summary>1 for a jurisdiction ("Pennsylvania", "Massachusetts. Department of Public Welfare"), else 2.</summary>
    public static char Indicator1(List<Subfield> parts) =>
        WithoutQualifier(parts[0].Value).IndexOfAny([',', '.']) < 0 && IsWholePlace(parts[0].Value) ? '1' : '2';

    /// <summary>The name before a final parenthetical qualifier ("Boston (Mass.)" is "Boston").</summary>
    private static string WithoutQualifier(string name) =>
        name.EndsWith(')') && name.IndexOf(" (", StringComparison.Ordinal) is var open and > 0 ? name[..open] : name;

    /// <summary>
    /// The gazetteer lists the whole name, or the name is a place with a qualifier the gazetteer lists ("Cleveland
    /// (Ohio)", the form of a jurisdiction's name with its larger place, RDA 16.2.2.4). The name before the qualifier is
    /// then one word or itself listed ("Boston (Mass.)", "New York (N.Y.)"): a name of several words qualified by a
    /// place is a body's name with the place it is associated with (RDA 11.3.1.3: "Labour Party (Great Britain)",
    /// "Kunstsammlung Nordrhein-Westfalen (Germany)"), 2.
    /// </summary>
    private static bool IsWholePlace(string name)
    {
        if (Tables.PlaceCodes.IsListed(name) || FormerJurisdictions.Contains(name)) return true;
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        if (bracket <= 0 || !name.EndsWith(')') || !Tables.PlaceCodes.IsListed(name[(bracket + 2)..^1])) return false;
        var place = name[..bracket];
        return !NamesABody(place) && (place.IndexOf(' ', StringComparison.Ordinal) < 0 || Tables.PlaceCodes.IsListed(place));
    }

    /// <summary>
    /// Jurisdictions of the MARC Code List for Countries whose codes are discontinued (ur, yu, cs, ge, ...): no
    /// longer places of publication, still the names government bodies are entered under ("Soviet Union. Glavnoe
    /// arkhivnoe upravlenie", 110 1_).
    /// </summary>
    private static readonly HashSet<string> FormerJurisdictions = new(StringComparer.Ordinal)
    {
        "Soviet Union", "Yugoslavia", "Czechoslovakia", "Germany (East)", "Germany (West)", "Serbia and Montenegro",
        "Prussia (Kingdom)", "Austria-Hungary", "Ottoman Empire", "Netherlands Antilles", "Rhodesia", "Zaire",
    };

    /// <summary>Words of a body's name, not of a place ("Aeronautical Research Council (Great Britain)" is no jurisdiction).</summary>
    private static bool NamesABody(string name) =>
        name.Split(' ').Any(w => w is "Council" or "Committee" or "Commission" or "Association" or "Society" or "University" or "Institute"
            or "Department" or "Office" or "Board" or "Company" or "Laboratory" or "Library" or "Museum" or "Party" or "Church" or "College"
            or "School" or "Bank" or "Agency" or "Bureau" or "Center" or "Centre" or "Foundation" or "Corporation" or "Project" or "Trust"
            or "Service" or "Survey" or "Administration" or "Army" or "Navy" or "Court" or "Parliament" or "Congress" or "Ministry");

    /// <summary>An initial ("U.S", "J") or a listed abbreviation before the period.</summary>
    private static bool EndsWithAbbreviation(ReadOnlySpan<char> unit)
    {
        if (unit.EndsWith(")")) return false;                                                   // "Boston (Mass.). Advisory Committee on Housing"
        var space = unit.LastIndexOfAny(' ', '.');
        var word = unit[(space + 1)..];
        return word.Length <= 1 || Abbreviations.Contains(word.ToString()) || (space >= 0 && unit[space] == '.');
    }
}
