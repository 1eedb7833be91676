using System.Text;
using System.Text.RegularExpressions;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// A meeting name as written on the page, "Name (number : date : place)" (RDA 11.13.1.8, LC-PCC PS 11.13.1.8: the
/// number, date and location of a conference follow its name in parentheses, separated by " : "), split into the
/// subfields of MARC 21 Bibliographic X11 (row: contributors / subjects, meeting names): $a name, $n number (an
/// ordinal, "4th"), $d date (a year), $c place. A corporate name is a meeting name only when its last parenthetical
/// holds a year and either " : " or an ordinal, so "Jet Propulsion Laboratory (U.S.)" stays a 110. The inverse of
/// <see cref="Join"/>.
/// </summary>
internal static partial class MeetingNameParts
{
    [GeneratedRegex(@"^\d+(?:st|nd|rd|th|e|\.)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>The subfields of a meeting name, or null when <paramref name="name"/> is no meeting name.</summary>
    public static List<Subfield>? Split(string name)
    {
        if (!name.EndsWith(')')) return null;
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || name.IndexOf(')', open) != name.Length - 1) return null;
        var parts = name[(open + 2)..^1].Split(" : ");
        if (!parts.Any(p => Year().IsMatch(p)) || (parts.Length < 2 && !Ordinal().IsMatch(parts[0]))) return null;
        if (parts.Any(p => p.Length == 0)) return null;
        var subs = new List<Subfield> { new('a', name[..open]) };
        for (var i = 0; i < parts.Length; i++)
        {
            var code = Ordinal().IsMatch(parts[i]) ? 'n' : Year().IsMatch(parts[i]) ? 'd' : 'c';
            var value = (i == 0 ? "(" : "") + parts[i] + (i == parts.Length - 1 ? ")" : " :");
            subs.Add(new Subfield(code, value));
        }

        return subs;
    }

    /// <summary>
    /// The name parts of an X11 field ($a as cleaned, then $n $d $c as in the record) as one string: the parts after
    /// the name go in one parenthetical, separated by " : ", with the parentheses the record has or else added.
    /// </summary>
    public static string Join(List<Subfield> parts)
    {
        if (parts.Count == 0) return "";
        if (parts[0].Code != 'a') return string.Join(" ", parts.Select(p => p.Value.Trim()));
        var sb = new StringBuilder(parts[0].Value);
        var qualifiers = parts.Skip(1).Select(p => Qualifier(p.Value)).Where(v => v.Length > 0).ToList();
        while (sb.Length > 0 && sb[^1] is ',' or ' ') sb.Length--;
        if (qualifiers.Count > 0) sb.Append(" (").Append(string.Join(" : ", qualifiers)).Append(')');
        return sb.ToString();
    }

    /// <summary>A part without its ISBD separator and parentheses: "(2000 :" is "2000", "Monterey, Calif.)." is "Monterey, Calif.".</summary>
    private static string Qualifier(string value)
    {
        var v = value.Trim().TrimEnd(':', ' ', ',', ';');
        if (v.EndsWith(").", StringComparison.Ordinal)) v = v[..^1];
        return v.TrimStart('(').TrimEnd(')').Trim();
    }
}
