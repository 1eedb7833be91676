using Exporter.Pipeline;

namespace Exporter.Formats.Common;

/// <summary>
/// Slicing of a line-based format (JSON Lines, .mrk, catalog text, N-Triples): a reader may start at a line start (for
/// N-Triples, one whose statement opens a record, <see cref="LineSlicing(Func{ReadOnlyMemory{byte}, bool})"/>); the
/// slicer drops the first record it frames there, which may be the tail of a record, and cuts at the next.
/// </summary>
internal class LineSlicing : InputSlicing
{
    /// <summary>Any line start.</summary>
    public static readonly LineSlicing Instance = new(null);

    private readonly Func<ReadOnlyMemory<byte>, bool>? _startsRecord;

    /// <summary>Line starts whose line (without its end) <paramref name="startsRecord"/> holds for; any when null.</summary>
    protected LineSlicing(Func<ReadOnlyMemory<byte>, bool>? startsRecord) => _startsRecord = startsRecord;

    /// <inheritdoc />
    public override long SyncPoint(Stream input, long from)
    {
        if (from <= 0) return 0;
        var at = After(input, from - 1, b => b == (byte)'\n');
        if (_startsRecord is null || at >= input.Length) return at;
        input.Position = at;
        foreach (var line in new ByteLineReader(input).Lines())
        {
            if (_startsRecord(line.Bytes)) return at + line.Offset;
        }

        return input.Length;
    }
}
