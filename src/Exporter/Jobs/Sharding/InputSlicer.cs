using Exporter.Pipeline;

namespace Exporter.Jobs.Sharding;

/// <summary>
/// Finds where one input is cut: <see cref="Boundary"/> of a byte offset is where the first record the sequential read
/// starts at or after it begins (settled before its filler, <see cref="InputSlicing.Settle"/>). It frames with the
/// format's own reader from a place the format offers (<see cref="InputSlicing.SyncPoint"/>) some way before the
/// offset (<see cref="Lookback"/>), and drops the first record framed there, which may be a record's tail; from then on
/// the reader frames as the sequential read does. Only the lookback and the records up to the cut are read.
/// </summary>
internal sealed class InputSlicer(IRecordFormat format, InputSlicing slicing, string path, ReadOptions read, long lookback = InputSlicer.DefaultLookback)
{
    /// <summary>How far before an offset framing starts: far enough for a damaged record's aftermath to settle.</summary>
    public const long DefaultLookback = 1 << 20;

    /// <summary>How far before an offset framing starts.</summary>
    public long Lookback => lookback;

    /// <summary>The input's length.</summary>
    public long Length { get; } = new FileInfo(path).Length;

    /// <summary>The envelope a slice is read in, or null when the input cannot be cut.</summary>
    public SliceEnvelope? Envelope()
    {
        using var file = Open();
        return slicing.Envelope(file);
    }

    /// <summary>Where the slice holding <paramref name="offset"/>'s record boundary begins (0 and the length map to themselves).</summary>
    public long Boundary(long offset, SliceEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (offset <= 0) return 0;
        if (offset >= Length) return Length;
        using var file = Open();
        var from = slicing.SyncPoint(file, Math.Max(0, offset - lookback));
        if (from >= Length) return Length;
        var shift = from - (from == 0 ? 0 : envelope.Prologue.Length);
        var dropFirst = from > 0;
        using var reader = format.CreateReader(new SliceStream(Open(), from, Length, from == 0 ? SliceEnvelope.None : envelope), read with { SourceName = path });
        foreach (var source in reader.Frame())
        {
            // A reader that stops: no cut after it (the rest goes to the slice before, read as the sequential read reads it).
            if (source.StopsReading) return Length;
            if (dropFirst)
            {
                dropFirst = false;
                continue;
            }

            var at = source.ByteOffset + shift;
            if (at >= offset) return slicing.Settle(file, at);
        }

        return Length;
    }

    private FileStream Open() => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
}
