using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Mrk;

/// <summary>
/// Writes MarcEdit MarcBreaker text (.mrk), UTF-8 without BOM, LF line ends: <c>=LDR  ...</c>, <c>=001  ...</c>,
/// <c>=245  10$aTitle$bRest</c>, a blank line after each record. Blanks in the leader, control fields and
/// indicators are <c>\</c>; <c>$ { } \</c> are written <c>{dollar} {lcub} {rcub} {bsol}</c> and control characters
/// <c>{U+XXXX}</c>, so any string reads back unchanged. The stream is not disposed.
/// </summary>
public sealed class MrkWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly StringBuilder _sb = new(4096);

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public MrkWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
    }

    /// <summary>Number of records written so far.</summary>
    public long Count { get; private set; }

    /// <summary>One record as .mrk text (with its trailing blank line).</summary>
    public static string Format(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sb = new StringBuilder(2048);
        Append(sb, record);
        return sb.ToString();
    }

    /// <summary>Writes one record.</summary>
    public void Write(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _sb.Clear();
        Append(_sb, record);
        foreach (var chunk in _sb.GetChunks()) _writer.Write(chunk.Span);
        Count++;
    }

    /// <summary>Flushes (the format has no envelope).</summary>
    public void Complete() => _writer.Flush();

    /// <summary>Flushes; the stream stays open.</summary>
    public void Dispose() => _writer.Dispose();

    private static void Append(StringBuilder sb, MarcRecord record)
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
