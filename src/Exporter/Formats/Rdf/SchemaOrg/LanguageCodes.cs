using System.Collections.Frozen;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// MARC (ISO 639-2/B) language codes to BCP 47 tags as schema.org asks: the ISO 639-1 two-letter code where one
/// exists ("eng" -> "en", "ger" and "deu" -> "de"), else the three-letter code, which BCP 47 takes as it is ("haw").
/// And back, to the MARC (bibliographic) code.
/// </summary>
internal static class LanguageCodes
{
    private static readonly FrozenDictionary<string, string> ToBcp =
        Iso6391Table.Bibliographic.Concat(Iso6391Table.Terminologic).ToFrozenDictionary(r => r.Alpha3, r => r.Alpha2, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> FromBcp =
        Iso6391Table.Bibliographic.ToFrozenDictionary(r => r.Alpha2, r => r.Alpha3, StringComparer.Ordinal);

    /// <summary>The BCP 47 tag for a MARC code; codes without a two-letter equivalent are kept as they are.</summary>
    public static string Bcp47(string marc) => ToBcp.GetValueOrDefault(marc, marc);

    /// <summary>The MARC code for a BCP 47 tag ("en", "en-GB" -> "eng"); unknown tags are kept as they are.</summary>
    public static string Marc(string bcp)
    {
        var primary = bcp.Split('-')[0].ToLowerInvariant();
        return FromBcp.GetValueOrDefault(primary, bcp);
    }
}
