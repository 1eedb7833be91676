using Exporter.Formats.Common.Text;
using System.Buffers;
using System.Text;

namespace Exporter.Formats.Marc.Marc8;

/// <summary>MARC-8 to Unicode (NFC), with the tables generated from LoC's codetables.xml (tools/marc8-gen).</summary>
public static class Marc8Decoder
{
    private const int StackLimit = 256;
    private static readonly SearchValues<byte> NotPlainAscii = SearchValues.Create(
        [0x1B, .. Enumerable.Range(0x7F, 0x81).Select(b => (byte)b)]);

    /// <summary>
    /// Decodes the MARC-8 bytes of one field's data (escape state starts at G0=Basic Latin, G1=ANSEL for each call),
    /// reorders combining marks (MARC-8 puts them before the base letter), turns NCRs (&amp;#xXXXX;) into characters,
    /// and returns NFC. Problems (unknown code, cut escape) are appended to <paramref name="problems"/>; never throws.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> data, List<Marc8Problem>? problems = null)
    {
        if (data.IsEmpty) return string.Empty;
        if (!data.ContainsAny(NotPlainAscii) && data.IndexOf("&#"u8) < 0) return Encoding.ASCII.GetString(data);

        char[]? rented = null;
        var buffer = data.Length <= StackLimit
            ? stackalloc char[StackLimit * 2]
            : (rented = ArrayPool<char>.Shared.Rent(data.Length * 2));
        try
        {
            var output = buffer[..data.Length];
            var pending = buffer.Slice(data.Length, data.Length);
            var length = new Marc8DecoderEngine(data, output, pending, problems).Run();
            return UnicodeNormalizer.ToNfc(output[..length]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
