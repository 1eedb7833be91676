using System.Buffers;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// Turns records into a format's bytes. The envelope (header, separators, footer) is the encoder's; records are
/// encoded one at a time into a buffer, so a record that cannot be written leaves nothing behind, and records may
/// be encoded on several threads (<see cref="Encode"/> must not touch shared mutable state) and committed in order.
/// </summary>
public interface IRecordEncoder
{
    /// <summary>Bytes before the first record (XML declaration and root, prefixes...). Written even for no records.</summary>
    void WriteHeader(IBufferWriter<byte> output);

    /// <summary>
    /// Encodes one record. <paramref name="ordinal"/> is its 0-based position among the records of this output, for
    /// labels that must stay unique in one document. Throws <see cref="RecordWriteException"/> when the record cannot
    /// be written in this format; nothing may then have been written to <paramref name="output"/> that matters, as the
    /// caller discards the buffer.
    /// </summary>
    void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics);

    /// <summary>
    /// Whether this format can carry <paramref name="record"/> at all. False leaves the record out of this output on
    /// purpose (a book feed entry without an ISBN): <see cref="Encode"/> is not called, the record is counted as
    /// omitted (<see cref="ConversionSummary.Omitted"/>), and the encoder reports why as a warning with a stable code
    /// to <paramref name="diagnostics"/>. Default: true, every record is carried.
    /// </summary>
    bool Carries(ReadResult record, IDiagnostics diagnostics) => true;

    /// <summary>
    /// True when this encoder mints IRIs from the record's identifier (linked data under a base URI): the pipeline
    /// then registers every record's <see cref="ReadResult.RecordId"/> in input order and marks a record whose id an
    /// earlier record of the run had (<see cref="ReadResult.Repeat"/>, with a warning), so that the encoder tells
    /// their IRIs apart. Default: false.
    /// </summary>
    bool MintsIrisFromRecordId => false;

    /// <summary>Bytes between two records (e.g. "," in a JSON array); nothing for most formats.</summary>
    void WriteSeparator(IBufferWriter<byte> output);

    /// <summary>Bytes after the last record (closing tags).</summary>
    void WriteFooter(IBufferWriter<byte> output);

    /// <summary>
    /// Bytes before a committed record, knowing how many records this output already holds (e.g. an envelope that
    /// opens only when a first record comes). Default: <see cref="WriteSeparator"/> before every record but the first.
    /// </summary>
    void WriteBefore(IBufferWriter<byte> output, long written)
    {
        if (written > 0) WriteSeparator(output);
    }

    /// <summary>Bytes after the last record, knowing how many were written. Default: <see cref="WriteFooter(IBufferWriter{byte})"/>.</summary>
    void WriteFooter(IBufferWriter<byte> output, long written) => WriteFooter(output);

    /// <summary>
    /// An encoder for one worker: the pipeline calls this once per set of records encoded at the same time, and uses
    /// each copy on one thread at a time, so a copy may keep scratch state (buffers, builders) in its own fields
    /// instead of thread-statics. It shares this encoder's configuration and writes the same bytes. Envelope methods
    /// are only called on the original. Default: this encoder, for encoders without scratch state.
    /// </summary>
    IRecordEncoder ForWorker() => this;
}
