using System.Buffers;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>
/// Writes ISO 2709 records. Lengths and base address are counted in bytes here, never taken from the model; the
/// directory follows the model's field order. A record that cannot be written (field over 9,999 bytes, record
/// over 99,999, a structural character inside a value) throws <see cref="Exporter.Diagnostics.RecordWriteException"/>
/// and nothing of it reaches the stream. The stream is not disposed. A thin shell over the one ISO 2709 write path,
/// <see cref="Iso2709RecordFormatter"/>, which the pipeline's <see cref="Marc21Encoder"/> uses too.
/// </summary>
public sealed class Iso2709Writer
{
    private readonly Stream _output;
    private readonly Iso2709RecordFormatter _formatter;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private long _index;

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public Iso2709Writer(Stream output, Iso2709WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _formatter = new Iso2709RecordFormatter(options ?? Iso2709WriterOptions.Default);
    }

    /// <summary>Number of records written so far.</summary>
    public long Count => _index;

    /// <summary>Encodes one record to its bytes (thread-safe; for parallel batches).</summary>
    public static byte[] Encode(MarcRecord record, Iso2709WriterOptions? options = null, long recordIndex = 0)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        new Iso2709RecordFormatter(options ?? Iso2709WriterOptions.Default).Write(record, recordIndex, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Encodes one record into <paramref name="output"/> (thread-safe); nothing is written when it throws.</summary>
    public static void Encode(MarcRecord record, IBufferWriter<byte> output, Iso2709WriterOptions? options = null, long recordIndex = 0) =>
        new Iso2709RecordFormatter(options ?? Iso2709WriterOptions.Default).Write(record, recordIndex, output);

    /// <summary>Writes one record, whole or not at all.</summary>
    public void Write(MarcRecord record)
    {
        _buffer.ResetWrittenCount();
        _formatter.Write(record, _index, _buffer);
        _output.Write(_buffer.WrittenSpan);
        _index++;
    }

    /// <summary>Flushes the stream (ISO 2709 has no envelope).</summary>
    public void Complete() => _output.Flush();
}
