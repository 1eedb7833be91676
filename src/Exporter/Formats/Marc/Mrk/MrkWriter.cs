using System.Buffers;
using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Mrk;

/// <summary>
/// Writes MarcEdit MarcBreaker text (.mrk), UTF-8 without BOM, LF line ends: <c>=LDR  ...</c>, <c>=001  ...</c>,
/// <c>=245  10$aTitle$bRest</c>, a blank line after each record. Blanks in the leader, control fields and
/// indicators are <c>\</c>; <c>$ { } \</c> are written <c>{dollar} {lcub} {rcub} {bsol}</c> and control characters
/// <c>{U+XXXX}</c>, so any string reads back unchanged. The stream is not disposed. A thin shell over the one .mrk
/// write path, <see cref="MrkRecordFormatter"/>, which the pipeline's <see cref="MrkEncoder"/> uses too.
/// </summary>
public sealed class MrkWriter : IDisposable
{
    private readonly Stream _output;
    private readonly MrkRecordFormatter _formatter = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public MrkWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    /// <summary>Number of records written so far.</summary>
    public long Count { get; private set; }

    /// <summary>One record as .mrk text (with its trailing blank line).</summary>
    public static string Format(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sb = new StringBuilder(2048);
        MrkRecordFormatter.Append(sb, record);
        return sb.ToString();
    }

    /// <summary>Writes one record.</summary>
    public void Write(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _buffer.ResetWrittenCount();
        _formatter.Write(record, _buffer);
        _output.Write(_buffer.WrittenSpan);
        Count++;
    }

    /// <summary>Flushes (the format has no envelope).</summary>
    public void Complete() => _output.Flush();

    /// <summary>Flushes; the stream stays open.</summary>
    public void Dispose() => _output.Flush();
}
