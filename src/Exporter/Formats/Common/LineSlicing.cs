using Exporter.Pipeline;

namespace Exporter.Formats.Common;

/// <summary>Slicing of a line-based format (JSON Lines, N-Triples, .mrk, catalog text): a reader may start at any line
/// start; the slicer drops the first record it frames there, which may be the tail of a record, and cuts at the next.</summary>
internal sealed class LineSlicing : InputSlicing
{
    /// <summary>The one instance.</summary>
    public static readonly LineSlicing Instance = new();

    private LineSlicing()
    {
    }

    /// <inheritdoc />
    public override long SyncPoint(Stream input, long from) => from <= 0 ? 0 : After(input, from - 1, b => b == (byte)'\n');
}
