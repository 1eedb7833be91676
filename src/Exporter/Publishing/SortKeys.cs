using Exporter.Formats.Common.Text;
using System.Globalization;
using System.Text;
using Exporter.Formats.Marc.Marc8;

namespace Exporter.Publishing;

/// <summary>
/// Browse-list sort keys: accents and case folded (canonical decomposition, marks dropped, lower-cased
/// invariantly; the project's own normalizer, as the tool runs with invariant globalization), punctuation at the start skipped, runs of spaces and punctuation made one space. Ordinal order of
/// the keys is the list's order: no culture, so the same on every machine.
/// </summary>
internal static class SortKeys
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in UnicodeNormalizer.ToNfd(text))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
