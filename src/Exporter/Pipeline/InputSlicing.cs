namespace Exporter.Pipeline;

/// <summary>
/// How a format's inputs are cut into slices for sharded runs (<c>--shard K/N</c>): where its reader may start reading
/// afresh, and what a slice needs around it to read as it reads in place. A format whose inputs cannot be cut (a JSON-LD
/// or Turtle document) declares none. The slicer only takes candidates from here: it frames from a candidate with the
/// format's own reader, so the record starts it cuts at are those of the sequential read (Jobs/Sharding/InputSlicer).
/// </summary>
internal abstract class InputSlicing
{
    /// <summary>The first place at or after <paramref name="from"/> where the format's reader may start reading afresh
    /// (the length of the input when there is none). <paramref name="input"/> is seekable; its position is left anywhere.</summary>
    public abstract long SyncPoint(Stream input, long from);

    /// <summary>What goes before and after a slice so that the reader reads it as in place (an XML root's start and end
    /// tags); null when this input cannot be cut (an XML document whose records are not the root's children).</summary>
    public virtual SliceEnvelope? Envelope(Stream input) => SliceEnvelope.None;

    /// <summary>Where a slice starting with the record at <paramref name="recordStart"/> begins: the record's start, or
    /// before the filler that the sequential reader reports with that record.</summary>
    public virtual long Settle(Stream input, long recordStart) => recordStart;

    /// <summary>The position just after the first byte at or after <paramref name="from"/> for which
    /// <paramref name="match"/> holds; the stream's length when none does.</summary>
    protected static long After(Stream input, long from, Func<byte, bool> match)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(match);
        input.Position = from;
        var buffer = new byte[1 << 16];
        var at = from;
        while (true)
        {
            var n = input.Read(buffer, 0, buffer.Length);
            if (n == 0) return input.Length;
            for (var i = 0; i < n; i++)
            {
                if (match(buffer[i])) return at + i + 1;
            }

            at += n;
        }
    }
}
