namespace Exporter.Formats.Marc.Marc8;

/// <summary>MARC-8 to Unicode (NFC). API fixed; implementation pending (tables generated from LoC codetables.xml).</summary>
public static class Marc8Decoder
{
    /// <summary>
    /// Decodes the MARC-8 bytes of one field's data (escape state starts at G0=Basic Latin, G1=ANSEL for each call),
    /// reorders combining marks (MARC-8 puts them before the base letter), turns NCRs (&amp;#xXXXX;) into characters,
    /// and returns NFC. Problems (unknown code, cut escape) are appended to <paramref name="problems"/>; never throws.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> data, List<Marc8Problem>? problems = null) =>
        throw new NotImplementedException("MARC-8 decoding is not implemented yet");
}
