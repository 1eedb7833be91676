using Exporter.Pipeline;

namespace Exporter.Jobs.Sharding;

/// <summary>One input of a sharded run: its slice and, once read, what this shard read of it.</summary>
internal sealed class ShardedInput(InputFile input, InputSlice slice)
{
    /// <summary>The input.</summary>
    public InputFile Input => input;

    /// <summary>Its slice.</summary>
    public InputSlice Slice => slice;

    /// <summary>A stream opened while planning (to settle a format decided by content), for a whole input's reader.</summary>
    public Stream? Opened { get; set; }

    /// <summary>The reader's counter, once reading began.</summary>
    public CountingCatalogReader? Counter { get; set; }

    /// <summary>The slice's stream, once reading began (null for a whole input).</summary>
    public SliceStream? Stream { get; set; }

    /// <summary>What to add to a byte offset the reader gives to make it the input's.</summary>
    public long Shift => slice.Whole || slice.Start == 0 ? 0 : slice.Start - slice.Envelope.Prologue.Length;

    /// <summary>Line feeds in the prologue (lines the reader counts before the slice's first byte).</summary>
    public long PrologueLines => slice.Whole || slice.Start == 0 ? 0 : slice.Envelope.Prologue.Span.Count((byte)'\n');

    /// <summary>Records read.</summary>
    public long Read => Counter?.Framed ?? 0;

    /// <summary>Line feeds in the bytes of the input this shard read.</summary>
    public long LineFeeds => Stream?.LineFeeds ?? 0;
}
