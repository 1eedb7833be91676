using System.Text;

namespace Exporter.Tools.BibframeAgreement;

/// <summary>
/// Values as compared: NFC, lower case, brackets, parentheses and quotes removed, white space folded, and ISBD
/// punctuation (<c>. , : ; / =</c>) trimmed at both ends. Language tags are not compared.
/// </summary>
public static class FactText
{
    public static string Normalize(string value)
    {
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var ch in value.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (ch is '[' or ']' or '(' or ')' or '"' or '{' or '}') continue;
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }

        return sb.ToString().Trim(' ', '.', ',', ':', ';', '/', '=');
    }

    /// <summary>An identifier value: normalized, spaces and hyphens removed.</summary>
    public static string Identifier(string value) => Normalize(value).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    /// <summary>The first four-digit year of a date, else the normalized date.</summary>
    public static string Year(string value)
    {
        for (var i = 0; i + 4 <= value.Length; i++)
        {
            if (value.AsSpan(i, 4).ContainsAnyExceptInRange('0', '9')) continue;
            if ((i == 0 || !char.IsAsciiDigit(value[i - 1])) && (i + 4 == value.Length || !char.IsAsciiDigit(value[i + 4]))) return value.Substring(i, 4);
        }

        return Normalize(value);
    }

    /// <summary>The last segment of an IRI (after '/' or '#').</summary>
    public static string LocalName(string iri) => iri[(iri.LastIndexOfAny(['/', '#']) + 1)..];
}
