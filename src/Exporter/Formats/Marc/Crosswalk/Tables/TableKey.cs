using Exporter.Formats.Common.Text;
using System.Text;

namespace Exporter.Formats.Marc.Crosswalk.Tables;

/// <summary>
/// How table keys and looked-up values are compared: NFC, brackets and question marks removed, white space folded,
/// trailing ISBD punctuation (". , : ; / =") removed, case ignored (the dictionaries use OrdinalIgnoreCase).
/// </summary>
internal static class TableKey
{
    private const string Trailing = " .,:;/=";

    public static string Of(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in UnicodeNormalizer.ToNfc(s))
        {
            if (ch is '[' or ']' or '?') continue;
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }

        var end = sb.Length;
        while (end > 0 && Trailing.Contains(sb[end - 1], StringComparison.Ordinal)) end--;
        return sb.ToString(0, end);
    }
}
