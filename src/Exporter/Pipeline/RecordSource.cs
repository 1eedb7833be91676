using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// One framed record, before parsing: where it is in the input and its raw bytes. Framing is sequential and cheap;
/// parsing (<see cref="ICatalogReader.Parse"/>) may run on any thread. Readers that parse while framing (XML, RDF)
/// attach what they framed, typed, with <see cref="WithFramed{T}"/> and find it again with <see cref="TryGetFramed{T}"/>.
/// </summary>
public sealed record RecordSource(long Index, long ByteOffset, ReadOnlyMemory<byte> Raw)
{
    /// <summary>1-based line where the record starts, for text formats.</summary>
    public int? Line { get; init; }

    /// <summary>The input's name (path or "-").</summary>
    public string? SourceName { get; init; }

    /// <summary>What the reader attached while framing (<see cref="WithFramed{T}"/>), copied by <c>with</c>.</summary>
    private FrameContent? _framed;

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
    /// A copy carrying <paramref name="framed"/>: what a reader that frames and parses in one pass (XML, RDF) read
    /// while framing, for its own <see cref="ICatalogReader.Parse"/>.
    /// </summary>
    public RecordSource WithFramed<T>(T framed)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(framed);
        return this with { _framed = new TypedFrameContent<T>(framed) };
    }

    /// <summary>A copy without what <see cref="WithFramed{T}"/> attached (a record cut by damage is not parsed).</summary>
    internal RecordSource WithoutFramed() => this with { _framed = null };

    /// <summary>What was attached with <see cref="WithFramed{T}"/>, when it is a <typeparamref name="T"/>; false otherwise.</summary>
    public bool TryGetFramed<T>([NotNullWhen(true)] out T? framed)
        where T : class
    {
        framed = null;
        return _framed is not null && _framed.TryGet(out framed);
    }

    /// <summary>
    /// When <see cref="Raw"/> was gathered from several places of the input (a JSON-LD record whose node objects do not
    /// lie next to each other): each part, in order, <see cref="ByteOffset"/> being the first's start. Empty when
    /// <see cref="Raw"/> is the input's bytes from <see cref="ByteOffset"/> on.
    /// </summary>
    internal ImmutableArray<ByteSpan> Parts { get; init; } = [];
}
