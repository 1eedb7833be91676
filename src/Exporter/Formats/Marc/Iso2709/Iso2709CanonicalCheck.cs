using Exporter.Formats.Common.Text;
using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Exporter.Formats.Marc.Marc8;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>
/// Tells, without building a record, whether a framed ISO 2709 record is canonical: one the parser reads with no
/// diagnostic and no change (UTF-8, fields packed in directory order, the leader's structural positions as the writer
/// sets them, indicators and subfield codes that need no repair; NFC only when the options ask for normalization), so that <see cref="Iso2709Writer"/> gives back exactly these bytes
/// (<see cref="Model.MarcReadResult.IsCanonicalIso2709"/>). Pass-through conversions use it to skip parsing: a
/// canonical record's bytes are copied (ISO 2709) or transcribed (MARCXML) as they are. Conservative: when it says
/// yes, the parser says canonical too (tested on the corpus and on damaged records); when unsure it says no.
/// </summary>
internal static class Iso2709CanonicalCheck
{
    private const byte Delimiter = Iso2709Bytes.SubfieldDelimiter;
    private const byte FieldEnd = Iso2709Bytes.FieldTerminator;
    private const byte RecordEnd = Iso2709Bytes.RecordTerminator;

    /// <summary>True when reading <paramref name="raw"/> with <paramref name="options"/> gives a canonical record.</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> raw, Iso2709ReaderOptions options, out string? recordId)
    {
        ArgumentNullException.ThrowIfNull(options);
        recordId = null;
        if (options.Encoding is not (Iso2709Encoding.FromLeader or Iso2709Encoding.Utf8)) return false;
        if (raw.Length < 26 || raw.Length > options.MaxRecordBytes || raw[^1] != RecordEnd) return false;
        var leader = raw[..24];
        if (!Ascii.IsValid(leader) || !HasWriterLeaderPositions(leader)) return false;
        if (!Iso2709Bytes.TryParseDigits(leader[..5], out var length) || length != raw.Length) return false;
        var dirEnd = raw[24..^1].IndexOf(FieldEnd);
        if (dirEnd < 0 || dirEnd % 12 != 0) return false;
        var baseAddress = 24 + dirEnd + 1;
        if (!Iso2709Bytes.TryParseDigits(leader[12..17], out var declaredBase) || declaredBase != baseAddress) return false;
        var directory = raw.Slice(24, dirEnd);
        var data = raw[baseAddress..^1];
        if (!IsCanonicalText(data, options.Normalization == UnicodeNormalization.Nfc)) return false;
        var cursor = 0;
        for (var i = 0; i < directory.Length; i += 12)
        {
            var entry = directory.Slice(i, 12);
            var tag = entry[..3];
            if (!IsAlphanumeric(tag[0]) || !IsAlphanumeric(tag[1]) || !IsAlphanumeric(tag[2])) return false;
            if (!Iso2709Bytes.TryParseDigits(entry.Slice(3, 4), out var fieldLength) || fieldLength < 1) return false;
            if (!Iso2709Bytes.TryParseDigits(entry.Slice(7, 5), out var start) || start != cursor || start + fieldLength > data.Length) return false;
            var field = data.Slice(start, fieldLength - 1);
            if (data[start + fieldLength - 1] != FieldEnd || field.Contains(FieldEnd)) return false;
            cursor += fieldLength;
            var control = tag[0] == (byte)'0' && tag[1] == (byte)'0' && IsDigit(tag[2]);
            if (!control && !IsCanonicalDataField(field)) return false;
            if (control && tag[2] == (byte)'1') recordId = Encoding.UTF8.GetString(field); // the last 001, as the parser keeps it
        }

        return cursor == data.Length;
    }

    /// <summary>
    /// The leader positions <see cref="Iso2709Writer"/> sets itself: 09 'a' (UTF-8), 10-11 "22", 20-23 "4500". The
    /// parser's own canonical verdict uses the same test.
    /// </summary>
    internal static bool HasWriterLeaderPositions(ReadOnlySpan<byte> leader) =>
        leader.Length >= 24 && leader[9] == (byte)'a' && leader[10] == (byte)'2' && leader[11] == (byte)'2'
        && leader[20] == (byte)'4' && leader[21] == (byte)'5' && leader[22] == (byte)'0' && leader[23] == (byte)'0';

    private static bool IsCanonicalDataField(ReadOnlySpan<byte> field)
    {
        if (field.Length < 3 || !IsIndicator(field[0]) || !IsIndicator(field[1]) || field[2] != Delimiter) return false;
        var rest = field[3..];
        while (true)
        {
            var next = rest.IndexOf(Delimiter);
            var piece = next < 0 ? rest : rest[..next];
            if (piece.IsEmpty || !(IsDigit(piece[0]) || piece[0] is >= (byte)'a' and <= (byte)'z')) return false;
            if (next < 0) return true;
            rest = rest[(next + 1)..];
        }
    }

    /// <summary>
    /// The data area as a whole: valid UTF-8, no record terminator (the writer refuses it in a value), and already NFC
    /// when <paramref name="nfc"/> (the reader normalizes). Checking the whole area is the same as checking each value:
    /// the delimiters between values are ASCII, which can neither split a valid multi-byte sequence nor change the NFC
    /// quick check of its neighbours.
    /// </summary>
    private static bool IsCanonicalText(ReadOnlySpan<byte> value, bool nfc)
    {
        if (value.Contains(RecordEnd)) return false;
        var firstHigh = value.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (firstHigh < 0) return true;
        if (!Utf8.IsValid(value)) return false;
        if (!nfc) return true;
        if (value[firstHigh..].IndexOfAnyInRange((byte)0xCC, (byte)0xFF) < 0) return true; // all below U+0300: stable
        var rented = ArrayPool<char>.Shared.Rent(value.Length);
        try
        {
            var chars = rented.AsSpan(0, Encoding.UTF8.GetChars(value, rented));
            return UnicodeNormalizer.IsNfc(chars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool IsIndicator(byte b) => b == (byte)' ' || IsDigit(b) || b is >= (byte)'a' and <= (byte)'z';

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsAlphanumeric(byte b) => IsDigit(b) || b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';
}
