using System.Collections.Immutable;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// One framed record, before parsing: where it is in the input and its raw bytes. Framing is sequential and cheap;
/// parsing (<see cref="ICatalogReader.Parse"/>) may run on any thread. Readers that parse while framing (XML) put the
/// parsed object in <see cref="Preparsed"/>.
/// </summary>
public sealed record RecordSource(long Index, long ByteOffset, ReadOnlyMemory<byte> Raw)
{
    /// <summary>1-based line where the record starts, for text formats.</summary>
    public int? Line { get; init; }

    /// <summary>The input's name (path or "-").</summary>
    public string? SourceName { get; init; }

    /// <summary>An already parsed native object, for readers that frame and parse in one pass.</summary>
    public object? Preparsed { get; init; }

    /// <summary>Diagnostics found while framing (e.g. a truncated record).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when framing already knows the record cannot be read.</summary>
    public bool Unreadable { get; init; }

    /// <summary>
    /// True when the reader could not go on past this point (a Turtle or JSON-LD syntax error, input that is not the
    /// format at all): this unreadable source holds the unread remainder of the input from <see cref="ByteOffset"/>
    /// (kept with the rejects), it is the input's last, and the run stops whatever the error policy.
    /// </summary>
    public bool StopsReading { get; init; }

    /// <summary>
    /// When <see cref="Raw"/> was gathered from several places of the input (a JSON-LD record whose node objects do not
    /// lie next to each other): each part, in order, <see cref="ByteOffset"/> being the first's start. Empty when
    /// <see cref="Raw"/> is the input's bytes from <see cref="ByteOffset"/> on.
    /// </summary>
    internal ImmutableArray<ByteSpan> Parts { get; init; } = [];
}
