using System.Text;
using Exporter.Formats.Common.Text;
using Exporter.Model;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Identifiers as DC values (mapping table row "identifier"): ISBN, ISSN, LCCN, OCLC and DOI as URIs
/// (<c>urn:isbn:</c>, <c>urn:issn:</c>, <c>info:lccn/</c>, <c>info:oclcnum/</c>, <c>https://doi.org/</c>), web
/// addresses as they are, the local number as plain text plus the catalog URL <c>{base}record/{number}</c>.
/// </summary>
internal static class DcIdentifiers
{
    private static readonly (IdentifierType Type, string Prefix)[] Prefixes =
    [
        (IdentifierType.Isbn, "urn:isbn:"), (IdentifierType.Issn, "urn:issn:"), (IdentifierType.Lccn, "info:lccn/"),
        (IdentifierType.Oclc, "info:oclcnum/"), (IdentifierType.Doi, "https://doi.org/"), (IdentifierType.Doi, "http://dx.doi.org/"),
    ];

    /// <summary>The URI of a standard identifier, or null for local numbers and web addresses.</summary>
    public static string? UriOf(Identifier id) => id.Type switch
    {
        IdentifierType.Isbn => "urn:isbn:" + Escape(IsbnOnly(id.Value)),
        IdentifierType.Issn => "urn:issn:" + Escape(id.Value),
        IdentifierType.Lccn => "info:lccn/" + Escape(Lccn(id.Value)),
        IdentifierType.Oclc => "info:oclcnum/" + Escape(id.Value),
        IdentifierType.Doi => "https://doi.org/" + Escape(id.Value),
        _ => null,
    };

    /// <summary>
    /// The LCCN in LoC's normalized form (<see cref="LccnNormalizer"/>: "n78-890351" -> "n78890351", "  85-2 " ->
    /// "85000002"); a value that is not an LCCN is kept as far as the normalization goes, so that every LCCN of the
    /// record is written.
    /// </summary>
    private static string Lccn(string value)
    {
        LccnNormalizer.TryNormalize(value, out var normalized);
        return normalized;
    }

    /// <summary>
    /// The ISBN without what follows it ("0751363839 (pbk.)" -> "0751363839"; hyphens and spaces inside the number
    /// removed), so that no qualifier is percent-encoded into the URN.
    /// </summary>
    public static string IsbnOnly(string value)
    {
        var v = value.Trim();
        var end = v.IndexOfAny(['(', ':', ';', '[']);
        if (end > 0) v = v[..end];
        v = v.Trim().Replace("-", "", StringComparison.Ordinal);
        var space = v.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && v[..space].Length is 10 or 13) v = v[..space];
        return v.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>True for a system number prefixed by another agency's code in parentheses, as MARC 035 holds them: "(OCoLC)123".</summary>
    public static bool IsOtherAgencys(string value) => value.StartsWith('(') && value.IndexOf(')', StringComparison.Ordinal) > 1;

    /// <summary>The catalog URL of a local number.</summary>
    public static string CatalogUrl(Uri baseUri, string number) => CatalogPrefix(baseUri) + Escape(number);

    /// <summary><c>{base}record/</c>.</summary>
    public static string CatalogPrefix(Uri baseUri)
    {
        var b = baseUri.AbsoluteUri;
        return (b.EndsWith('/') ? b : b + "/") + "record/";
    }

    /// <summary>
    /// Reads a dc:identifier value: a known URI prefix gives its type (ISBN hyphens and spaces removed); any other
    /// <c>scheme://</c> value is a web address; anything else is a local number.
    /// </summary>
    public static Identifier Parse(string value)
    {
        foreach (var (type, prefix) in Prefixes)
        {
            if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = Uri.UnescapeDataString(value[prefix.Length..]);
            if (type == IdentifierType.Isbn) rest = rest.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            return new Identifier(type, rest);
        }

        return new Identifier(IsWebAddress(value) ? IdentifierType.Url : IdentifierType.Local, value);
    }

    /// <summary>True for a web address or a <c>urn:</c> / <c>info:</c> URI (a relation that names no series).</summary>
    public static bool IsUri(string value) =>
        IsWebAddress(value) || value.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("info:", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for <c>scheme://...</c>.</summary>
    public static bool IsWebAddress(string value)
    {
        var colon = value.IndexOf("://", StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(value[0])) return false;
        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        }

        return true;
    }

    /// <summary>Percent-encodes (UTF-8) what may not stand in a URI path; keeps <c>/ : @</c> and the sub-delimiters.</summary>
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".Contains(c, StringComparison.Ordinal))
            {
                sb.Append(c);
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
            var n = Encoding.UTF8.GetBytes(value.AsSpan(i, width), bytes);
            for (var k = 0; k < n; k++) sb.Append('%').Append(bytes[k].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            i += width - 1;
        }

        return sb.ToString();
    }
}
