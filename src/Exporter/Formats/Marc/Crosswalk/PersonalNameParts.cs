using System.Text.RegularExpressions;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// A personal name heading as written on the page ("Darwin, Charles, 1809-1882", "Smith, J. R. (John Robert)") split
/// into $a, the fuller form $q and the dates $d (row: Author / Subjects, personal names): the inverse of
/// <see cref="NameFields.Name"/>, which joins $q with a space and $d with ", ".
/// </summary>
internal static partial class PersonalNameParts
{
    [GeneratedRegex(@"^(?<a>.+?)(?: (?<q>\([^()]+\)))?(?:, (?<d>(?:(?:ca\. )?\d{3,4}\??-(?:(?:ca\. )?\d{3,4}\??)?|(?:b|d|fl)\. (?:ca\. )?\d{3,4}\??(?:-\d{2,4})?|\d{1,2}(?:st|nd|rd|th) cent\.)\.?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    public static List<Subfield> Split(string name)
    {
        var m = Heading().Match(name);
        if (!m.Success || (!m.Groups["q"].Success && !m.Groups["d"].Success)) return [new Subfield('a', name)];
        var a = m.Groups["a"].Value;
        var joined = a + (m.Groups["q"].Success ? " " + m.Groups["q"].Value : "") + (m.Groups["d"].Success ? ", " + m.Groups["d"].Value : "");
        if (joined != name || a != a.Trim()) return [new Subfield('a', name)];   // only a split that reads back as written
        var subs = new List<Subfield> { new('a', a) };
        if (m.Groups["q"].Success) subs.Add(new Subfield('q', m.Groups["q"].Value));
        if (m.Groups["d"].Success) subs.Add(new Subfield('d', m.Groups["d"].Value));
        return subs;
    }
}
