using System.Buffers;
using Exporter.Formats.Common;
using Exporter.Model;

namespace Exporter.Formats.Json;

/// <summary>
/// Writes one hub record as one line of JSON (<see cref="RecordJsonUtf8Writer"/>: the UTF-8 of
/// <see cref="RecordJsonSerializer"/>, a lone surrogate as U+FFFD, then LF) into an <see cref="IBufferWriter{T}"/>.
/// JSON Lines has no envelope. Keeps its byte buffer between records, so an instance is used by one thread at a time
/// (one per worker encoder).
/// </summary>
internal sealed class RecordJsonLineFormatter
{
    private readonly JsonUtf8Writer _json = new();

    /// <summary>Writes <paramref name="record"/> and its line end.</summary>
    public void Write(CatalogRecord record, IBufferWriter<byte> output)
    {
        _json.Clear();
        RecordJsonUtf8Writer.Write(record, _json);
        _json.Raw("\n"u8);
        output.Write(_json.Written);
    }
}
