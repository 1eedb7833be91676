namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// Corpus files that yaz-marcdump and MARC4J read cleanly and alike, where our default (strict) reading differs on
/// purpose. Each is documented in docs/formats/marc.md; permissive reading must match the peers for all of them.
/// </summary>
internal static class MarcDeliberateDifferences
{
    public static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["pymarc/regression45.dat"] = "11 of 12 records have a stray byte ('\\') between the indicators and the first subfield "
            + "delimiter of a 752; yaz and MARC4J drop it silently, strict reading rejects the record (MARC0124), "
            + "permissive reading drops it with a warning.",
    };
}
