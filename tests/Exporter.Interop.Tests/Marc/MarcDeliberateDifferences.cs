namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// Corpus files that yaz-marcdump and MARC4J read cleanly and alike, where our default reading (that of
/// <c>exporter convert</c>) differs on purpose. Each is documented in docs/formats/marc.md and docs/formats/marc8.md.
/// </summary>
internal static class MarcDeliberateDifferences
{
    public static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["ruby-marc/escaped_character_reference.marc8.marc"] = "a MARC-8 numeric character reference (&#xFFFD;) is a character per LoC's "
            + "lossless conversion rule; we decode it, yaz and MARC4J leave the eight characters as text.",
        ["traject/escaped_character_reference.marc8.marc"] = "the same record as ruby-marc's copy: NCR decoded by us, left as text by the peers.",
    };

    /// <summary>
    /// Files yaz-marcdump reads without complaint whose UTF-8 records cannot round-trip byte for byte, because their
    /// bytes hold something the MARC 21 model cannot carry. Strict reading (validate, --strict) rejects these records;
    /// the default reading repairs them with a warning. Documented in docs/formats/marc.md.
    /// </summary>
    public static readonly Dictionary<string, string> NotRoundTripped = new(StringComparer.Ordinal)
    {
        ["pymarc/regression45.dat"] = "a stray byte between the indicators and the first subfield delimiter (MARC0124)",
        ["yaz/marc0.marc"] = "a two-byte UTF-8 character (U+00E1) as second indicator: indicators are one byte (MARC0120)",
        ["yaz/marc5.marc"] = "a 250 with no subfield delimiter at all: its text sits where a subfield should start (MARC0124)",
    };
}
