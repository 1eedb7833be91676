using System.Collections.Frozen;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>MARC (ISO 639-2/B) language codes to BCP 47 tags as schema.org asks ("eng" -> "en"), and back.</summary>
internal static class LanguageCodes
{
    private static readonly FrozenDictionary<string, string> ToBcp = new Dictionary<string, string>
    {
        ["eng"] = "en", ["fre"] = "fr", ["ger"] = "de", ["spa"] = "es", ["ita"] = "it", ["por"] = "pt", ["rus"] = "ru",
        ["chi"] = "zh", ["jpn"] = "ja", ["kor"] = "ko", ["ara"] = "ar", ["heb"] = "he", ["gre"] = "el", ["lat"] = "la",
        ["dut"] = "nl", ["swe"] = "sv", ["nor"] = "no", ["dan"] = "da", ["fin"] = "fi", ["pol"] = "pl", ["cze"] = "cs",
        ["hun"] = "hu", ["tur"] = "tr", ["per"] = "fa", ["hin"] = "hi", ["ukr"] = "uk", ["yid"] = "yi", ["wel"] = "cy",
        ["gle"] = "ga", ["cat"] = "ca", ["vie"] = "vi", ["tha"] = "th", ["urd"] = "ur", ["ben"] = "bn", ["swa"] = "sw",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> FromBcp = ToBcp.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);

    /// <summary>The BCP 47 tag for a MARC code; codes without a two-letter equivalent are kept as they are.</summary>
    public static string Bcp47(string marc) => ToBcp.GetValueOrDefault(marc, marc);

    /// <summary>The MARC code for a BCP 47 tag ("en", "en-GB" -> "eng"); unknown tags are kept lower-cased.</summary>
    public static string Marc(string bcp)
    {
        var primary = bcp.Split('-')[0].ToLowerInvariant();
        return FromBcp.GetValueOrDefault(primary, ToBcp.ContainsKey(bcp) ? bcp : bcp);
    }
}
