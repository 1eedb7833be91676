using System.Collections.Immutable;
using Exporter.Diagnostics;

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
}
