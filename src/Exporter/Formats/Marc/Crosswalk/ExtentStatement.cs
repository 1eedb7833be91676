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
        var rest = text;
        var code = 'a';
        foreach (var (separator, next) in new[] { (" : ", 'b'), (" ; ", 'c'), (" + ", 'e') })
        {
            var at = rest.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            subs.Add(new Subfield(code, isbd ? rest[..at] + separator.TrimEnd() : rest[..at]));
            rest = rest[(at + separator.Length)..];
            code = next;
        }

        subs.Add(new Subfield(code, rest));
        return [.. subs];
    }

    /// <summary>
    /// The statement of a 300's $a $b $c $e, joined with " : ", " ; " and " + ", each mark added only where the
    /// subfield before does not already end with it (older records leave some out). Without ISBD punctuation
    /// (leader/18) only a mark after a space counts and nothing is trimmed, so that <see cref="Split"/> and this are
    /// inverses.
    /// </summary>
    public static string Join(DataField f, bool isbd)
    {
        string? text = null;
        foreach (var s in f.Subfields)
        {
            if (s.Code is not ('a' or 'b' or 'c' or 'e')) continue;
            if (text is null)
            {
                text = s.Value;
                continue;
            }

            var mark = s.Code switch { 'b' => ':', 'c' => ';', 'e' => '+', _ => ' ' };
            var bare = isbd ? text.TrimEnd() : text;
            var value = isbd ? s.Value.TrimStart() : s.Value;
            var marked = mark == ' ' || (isbd ? bare.EndsWith(mark) : bare.EndsWith(" " + mark, StringComparison.Ordinal));
            text = marked ? bare + " " + value : bare + " " + mark + " " + value;
        }

        return text ?? "";
    }
}
