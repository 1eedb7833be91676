using System.Collections.Immutable;
using Exporter.Diagnostics;

namespace Exporter.Formats.Marc.Model;

/// <summary>
/// The outcome of reading one record: the record (null when rejected), where it was, what was noticed or repaired,
/// and, when rejected, the raw input so nothing is lost.
/// </summary>
public sealed record MarcReadResult
{
    /// <summary>0-based index of the record in its input.</summary>
    public required long Index { get; init; }

    /// <summary>Byte offset of the record in its input (ISO 2709), when known.</summary>
    public long? ByteOffset { get; init; }

    /// <summary>1-based line where the record starts (MARCXML, .mrk), when known.</summary>
    public int? Line { get; init; }

    /// <summary>The record, or null when it was rejected.</summary>
    public MarcRecord? Record { get; init; }

    /// <summary>The raw bytes of a rejected record (ISO 2709 segment or the record's text); null when read.</summary>
    public byte[]? RawBytes { get; init; }

    /// <summary>The 001 of the record when it could be found.</summary>
    public string? RecordId { get; init; }

    /// <summary>Diagnostics for this record, in the order found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>
    /// True when the raw ISO 2709 bytes are exactly what <see cref="Iso2709.Iso2709Writer"/> writes for
    /// <see cref="Record"/> in UTF-8: a clean record (no diagnostic at all), UTF-8 and NFC already, laid out as the
    /// writer lays it out. Writers may then copy the bytes instead of encoding the record again.
    /// </summary>
    public bool IsCanonicalIso2709 { get; init; }

    /// <summary>True when the record could not be read.</summary>
    public bool IsRejected => Record is null;
}
