using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>
/// One framed ISO 2709 segment: the bytes of a record (normally ending with 0x1D), where it starts, and what the
/// framer noticed (skipped filler, missing terminator, over-long segment). Parse it with <see cref="Iso2709Parser"/>,
/// on any thread.
/// </summary>
public sealed record Iso2709RawRecord(long Index, long ByteOffset, byte[] Bytes)
{
    /// <summary>Diagnostics from framing, passed on to the parse result.</summary>
    public ImmutableArray<Diagnostic> FramingDiagnostics { get; init; } = [];

    /// <summary>
    /// True when the framer stopped here (<see cref="MarcDiagnosticCodes.NotIso2709"/>): <see cref="Bytes"/> is the
    /// start of input that is not ISO 2709, this is the last segment, and it cannot be parsed.
    /// </summary>
    public bool StopsReading { get; init; }
}
