namespace Exporter.Formats.Marc.Marc8;

/// <summary>Unicode to MARC-8. API fixed; implementation pending.</summary>
public static class Marc8Encoder
{
    /// <summary>
    /// Encodes one field's data to MARC-8 (escape sequences as needed, returning to Basic Latin/ANSEL at the end),
    /// combining marks placed before their base letter; characters MARC-8 lacks become LoC lossless NCRs (&amp;#xXXXX;).
    /// </summary>
    public static byte[] Encode(string text) =>
        throw new NotImplementedException("MARC-8 encoding is not implemented yet");
}
