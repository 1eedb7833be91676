using System.Buffers;
using System.Text;
using Exporter.Formats.Common;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Mrk;

/// <summary>
/// Writes one record as MarcEdit MarcBreaker text (.mrk) into an <see cref="IBufferWriter{T}"/>, UTF-8 without BOM
/// (a lone surrogate as U+FFFD), LF line ends: <c>=LDR  ...</c>, <c>=001  ...</c>, <c>=245  10$aTitle$bRest</c>, a
/// blank line after the record. The format has no envelope. Keeps its text buffer and encoder between records, so an
/// instance is used by one thread at a time (one per stream writer or worker encoder).
/// </summary>
internal sealed class MrkRecordFormatter
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private readonly Encoder _utf8 = Utf8.GetEncoder();
    private StringBuilder _text = new(4096);

    /// <summary>Writes <paramref name="record"/> with its trailing blank line.</summary>
    public void Write(MarcRecord record, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(record);
        _text.Clear();
        Append(_text, record);
        StringBuilderUtf8.Write(_text, output, Utf8, _utf8);
        if (_text.Capacity > 1 << 20) _text = new StringBuilder(4096);
    }

    /// <summary>Appends the record's text (with its trailing blank line) to <paramref name="sb"/>.</summary>
    public static void Append(StringBuilder sb, MarcRecord record)
    {
        sb.Append("=LDR  ");
        MrkEscaping.Append(sb, record.Leader.Value, MrkEscaping.BlankStyle.Backslash);
        sb.Append('\n');
        foreach (var field in record.AllFields)
        {
            sb.Append('=');
            MrkEscaping.Append(sb, field.Tag, MrkEscaping.BlankStyle.Backslash);
            sb.Append("  ");
            if (field is ControlField c)
            {
                MrkEscaping.Append(sb, c.Value, MrkEscaping.BlankStyle.Backslash);
            }
            else if (field is DataField d)
            {
                Span<char> ind = [d.Indicator1, d.Indicator2];
                MrkEscaping.Append(sb, ind, MrkEscaping.BlankStyle.Backslash);
                foreach (var s in d.Subfields)
                {
                    sb.Append('$');
                    Span<char> code = [s.Code];
                    MrkEscaping.Append(sb, code, MrkEscaping.BlankStyle.Backslash);
                    MrkEscaping.Append(sb, s.Value, MrkEscaping.BlankStyle.Literal);
                }
            }

            sb.Append('\n');
        }

        sb.Append('\n');
    }
}
