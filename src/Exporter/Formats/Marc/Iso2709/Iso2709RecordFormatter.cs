using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Marc8;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>
/// Writes one ISO 2709 record into an <see cref="IBufferWriter{T}"/>: data first, then leader and directory computed
/// from byte counts. ISO 2709 has no envelope. Keeps the fields' bytes in a buffer of its own between records, so an
/// instance is used by one thread at a time (one per stream writer or worker encoder). A record that cannot be
/// written throws <see cref="RecordWriteException"/> before anything reaches the output.
/// </summary>
internal sealed class Iso2709RecordFormatter(Iso2709WriterOptions options)
{
    private const int MaxField = 9_999;
    private const int MaxRecord = 99_999;
    private readonly ArrayBufferWriter<byte> _data = new(1 << 14); // the fields' bytes, before the directory is known

    private bool Marc8 => options.Encoding == Iso2709OutputEncoding.Marc8;

    /// <summary>Writes <paramref name="record"/>; diagnostics name it as record <paramref name="index"/>.</summary>
    public void Write(MarcRecord record, long index, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        var id = record.ControlValue("001");
        var fields = record.AllFields;
        var data = _data;
        data.ResetWrittenCount();
        Span<int> lengths = fields.Length <= 512 ? stackalloc int[fields.Length] : new int[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var before = data.WrittenCount;
            WriteField(fields[i], data, index, id);
            lengths[i] = data.WrittenCount - before;
            if (lengths[i] > MaxField)
            {
                throw Fail(MarcDiagnosticCodes.FieldTooLong, $"field is {lengths[i]} bytes, ISO 2709 allows 9,999", index, id, fields[i].Tag);
            }
        }

        var baseAddress = 24 + (12 * fields.Length) + 1;
        var total = baseAddress + data.WrittenCount + 1;
        if (total > MaxRecord)
        {
            throw Fail(MarcDiagnosticCodes.RecordTooLong, $"record is {total} bytes, ISO 2709 allows 99,999 (MARCXML has no limit)", index, id, null);
        }

        var leader = record.Leader.WithCharacterCodingScheme(Marc8 ? ' ' : 'a').WithLengths(total, baseAddress);
        var span = output.GetSpan(total)[..total];
        for (var i = 0; i < 24; i++) span[i] = (byte)leader.Value[i];
        StructuralLeaderPositions(span);
        var dir = span[24..];
        var offset = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var entry = dir.Slice(i * 12, 12);
            var tag = fields[i].Tag;
            for (var k = 0; k < 3; k++) entry[k] = (byte)tag[k];
            Digits(entry.Slice(3, 4), lengths[i]);
            Digits(entry.Slice(7, 5), offset);
            offset += lengths[i];
        }

        span[baseAddress - 1] = Iso2709Bytes.FieldTerminator;
        data.WrittenSpan.CopyTo(span[baseAddress..]);
        span[total - 1] = Iso2709Bytes.RecordTerminator;
        output.Advance(total);
    }

    /// <summary>
    /// Leader/10-11 and 20-23 describe the layout this writer produces (2 indicators, 2-byte subfield codes, 4-digit
    /// lengths, 5-digit starts, no implementation-defined part): they are always written "22" and "4500", whatever the
    /// model holds, so readers that honour them (yaz) parse the directory right. The pipeline's encoders repair these
    /// positions before the writer, with a warning (MARC0305).
    /// </summary>
    private static void StructuralLeaderPositions(Span<byte> leader)
    {
        leader[10] = (byte)'2';
        leader[11] = (byte)'2';
        leader[20] = (byte)'4';
        leader[21] = (byte)'5';
        leader[22] = (byte)'0';
        leader[23] = (byte)'0';
    }

    private void WriteField(MarcField field, ArrayBufferWriter<byte> data, long index, string? id)
    {
        var tag = field.Tag;
        foreach (var c in tag)
        {
            if (c is < ' ' or > '~') throw Fail(MarcDiagnosticCodes.UnwritableCharacter, $"tag character U+{(int)c:X4} is not printable ASCII", index, id, tag);
        }

        if (field is ControlField control)
        {
            WriteValue(control.Value, data, index, id, tag, null, allowDelimiter: true);
        }
        else if (field is DataField df)
        {
            WriteAscii(df.Indicator1, data, index, id, tag, "indicator");
            WriteAscii(df.Indicator2, data, index, id, tag, "indicator");
            foreach (var sf in df.Subfields)
            {
                Put(data, Iso2709Bytes.SubfieldDelimiter);
                var code = sf.Code.ToString();
                if (Marc8 || sf.Code < 0x80) WriteAscii(sf.Code, data, index, id, tag, "subfield code");
                else WriteValue(code, data, index, id, tag, code, allowDelimiter: false);
                WriteValue(sf.Value, data, index, id, tag, code, allowDelimiter: false);
            }
        }

        Put(data, Iso2709Bytes.FieldTerminator);
    }

    private void WriteValue(string value, ArrayBufferWriter<byte> data, long index, string? id, string tag, string? code, bool allowDelimiter)
    {
        var bad = allowDelimiter ? value.AsSpan().IndexOfAny('\u001D', '\u001E') : value.AsSpan().IndexOfAny('\u001D', '\u001E', '\u001F');
        if (bad >= 0)
        {
            throw Fail(MarcDiagnosticCodes.UnwritableCharacter,
                $"value holds U+{(int)value[bad]:X4}, an ISO 2709 delimiter or terminator", index, id, tag, code);
        }

        if (Marc8 && (!Ascii.IsValid(value) || value.Contains('\u001B') || value.Contains("&#x", StringComparison.Ordinal)))
        {
            var bytes = Marc8Encoder.Encode(value);
            data.Write(bytes);
            return;
        }

        var n = Encoding.UTF8.GetMaxByteCount(value.Length);
        var written = Encoding.UTF8.GetBytes(value, data.GetSpan(n));
        data.Advance(written);
    }

    private static void WriteAscii(char c, ArrayBufferWriter<byte> data, long index, string? id, string tag, string what)
    {
        if (c is < ' ' or > '~') throw Fail(MarcDiagnosticCodes.UnwritableCharacter, $"{what} U+{(int)c:X4} is not printable ASCII", index, id, tag);
        Put(data, (byte)c);
    }

    private static void Put(ArrayBufferWriter<byte> data, byte b)
    {
        data.GetSpan(1)[0] = b;
        data.Advance(1);
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static RecordWriteException Fail(string code, string message, long index, string? id, string? tag, string? subfield = null) =>
        new(new Diagnostic(code, Severity.Error, message) { RecordIndex = index, RecordId = id, Field = tag, Subfield = subfield });
}
