using System.Collections.Concurrent;

namespace Exporter.Pipeline;

/// <summary>Reuses the per-target buffers of batches that were written; one set per batch in flight.</summary>
internal sealed class SegmentBufferPool(int targets)
{
    private const int KeepAtMost = 16 << 20; // a buffer grown by a huge record is dropped, not kept for ever
    private readonly ConcurrentStack<SegmentBuffer[]> _free = new();

    public SegmentBuffer[] Rent()
    {
        if (_free.TryPop(out var set)) return set;
        set = new SegmentBuffer[targets];
        for (var t = 0; t < targets; t++) set[t] = new SegmentBuffer();
        return set;
    }

    public void Return(SegmentBuffer[] set)
    {
        for (var t = 0; t < set.Length; t++)
        {
            if (set[t].Capacity > KeepAtMost) set[t] = new SegmentBuffer();
            else set[t].Truncate(0);
        }

        _free.Push(set);
    }
}
