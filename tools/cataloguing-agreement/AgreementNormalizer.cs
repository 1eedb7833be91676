using System.Text;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// How values are made comparable (issue #13: "ignoring trailing ISBD punctuation"): Unicode NFC, runs of white
/// space as one space, and trailing ISBD punctuation (". , : ; / = +" and spaces) removed. Case, inner punctuation and
/// brackets are kept: "[London]" and "London" differ, as they do to a cataloguer.
/// </summary>
public static class AgreementNormalizer
{
    private const string TrailingIsbd = " .,:;/=+";

    /// <summary>The value as compared.</summary>
    public static string Value(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in Exporter.Formats.Common.Text.UnicodeNormalizer.ToNfc(s))
        {
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
        while (end > 0 && TrailingIsbd.Contains(sb[end - 1], StringComparison.Ordinal)) end--;
        return sb.ToString(0, end);
    }

    /// <summary>
    /// Long text (505, 520) as compared: letters and digits only, lower case, one space between words, so that how
    /// a note was split into fields and punctuated does not count, only what it says.
    /// </summary>
    public static string Text(IEnumerable<string> parts)
    {
        var sb = new StringBuilder();
        var gap = false;
        foreach (var part in parts)
        {
            foreach (var ch in Exporter.Formats.Common.Text.UnicodeNormalizer.ToNfc(part))
            {
                if (char.IsLetterOrDigit(ch))
                {
                    if (gap && sb.Length > 0) sb.Append(' ');
                    gap = false;
                    sb.Append(char.ToLowerInvariant(ch));
                }
                else gap = true;
            }

            gap = true;
        }

        return sb.ToString();
    }

    /// <summary>An ISBN or LCCN as compared: without hyphens and spaces, trailing punctuation removed.</summary>
    public static string Number(string? s) => Value(s).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>A key for matching fields whatever their coding: letters and digits of the given values, lower case.</summary>
    public static string MatchKey(IEnumerable<string> values) => Text(values).Replace(" ", "", StringComparison.Ordinal);
}
