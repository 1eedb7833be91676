using Exporter.Formats.Common.Text;
using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// The resolvable IRI of an identifier, written as the edition's <c>sameAs</c>: OCLC numbers as
/// <c>https://worldcat.org/oclc/N</c>, LCCNs normalized as LoC says (<see cref="LccnNormalizer"/>: blanks out, anything
/// after '/' dropped, a hyphenated serial padded to six digits) as <c>https://lccn.loc.gov/N</c>, DOIs as <c>https://doi.org/10...</c>.
/// A value that is not a well-formed number of its kind gets no link.
/// </summary>
internal static class IdentifierLinks
{
    public static string? SameAs(Identifier id) => id.Type switch
    {
        IdentifierType.Oclc => Oclc(id.Value) is string n ? "https://worldcat.org/oclc/" + n : null,
        IdentifierType.Lccn => LccnNormalizer.Normalize(id.Value) is string n ? "https://lccn.loc.gov/" + n : null,
        IdentifierType.Doi => Doi(id.Value) is string d ? "https://doi.org/" + d : null,
        _ => null,
    };

    /// <summary>The OCLC number's digits, without an <c>ocm</c>/<c>ocn</c>/<c>on</c> prefix or leading zeros.</summary>
    public static string? Oclc(string value)
    {
        var v = value.Trim();
        foreach (var prefix in (string[])["(OCoLC)", "ocm", "ocn", "on"])
        {
            if (v.StartsWith(prefix, StringComparison.Ordinal)) v = v[prefix.Length..].Trim();
        }

        v = v.TrimStart('0');
        return v.Length is > 0 and <= 12 && v.All(char.IsAsciiDigit) ? v : null;
    }

    /// <summary>The DOI ("10." prefix, a '/', a suffix), without a <c>doi:</c> or resolver prefix; null when not one.</summary>
    public static string? Doi(string value)
    {
        var v = value.Trim();
        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
        {
            if (v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) v = v[prefix.Length..];
        }

        var slash = v.IndexOf('/', StringComparison.Ordinal);
        if (!v.StartsWith("10.", StringComparison.Ordinal) || slash < 4 || slash == v.Length - 1 || v.Any(char.IsWhiteSpace)) return null;
        return string.Concat(v[..(slash + 1)], Uri.EscapeDataString(v[(slash + 1)..]).Replace("%2F", "/", StringComparison.Ordinal));
    }
}
