using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// 300 as ISBD's physical description area (docs/mappings/marc21.md, row "Pages/Extent -> 300"): the extent
/// statement is split, keeping the library's wording, at the first " : " (other physical details, $b), the first
/// " ; " after it (dimensions, $c) and a " + " after that (accompanying material, $e). Reading joins the subfields
/// back with the same separators, so a statement survives MARC -> page -> MARC.
/// </summary>
internal static class ExtentStatement
{
    /// <summary>The subfields of one 300 for <paramref name="text"/>; ISBD keeps each separator at the end of the subfield before it.</summary>
    public static Subfield[] Split(string text, bool isbd)
    {
        var subs = new List<Subfield>();
        var rest = text.Trim();
        var code = 'a';
        foreach (var (separator, next) in new[] { (" : ", 'b'), (" ; ", 'c'), (" + ", 'e') })
        {
            var at = rest.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            subs.Add(new Subfield(code, isbd ? rest[..at] + separator.TrimEnd() : rest[..at]));
            rest = rest[(at + separator.Length)..].TrimStart();
            code = next;
        }

        subs.Add(new Subfield(code, rest));
        return [.. subs];
    }

    /// <summary>
    /// The statement of a 300's $a $b $c $e, joined with " : ", " ; " and " + " where the field does not already end
    /// a subfield with that mark (records with minimal punctuation have none).
    /// </summary>
    public static string Join(DataField f)
    {
        var text = "";
        foreach (var s in f.Subfields)
        {
            var value = s.Value.Trim();
            if (s.Code is not ('a' or 'b' or 'c' or 'e') || value.Length == 0) continue;
            if (text.Length == 0)
            {
                text = value;
                continue;
            }

            var mark = s.Code switch { 'b' => ':', 'c' => ';', 'e' => '+', _ => ' ' };
            text = mark == ' ' || text.EndsWith(mark) ? text + " " + value : text + " " + mark + " " + value;
        }

        return text;
    }
}
