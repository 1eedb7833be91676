using System.Collections.Concurrent;

namespace Exporter.Pipeline;

/// <summary>
/// Hands each batch in flight its own set of encoders, one per target (<see cref="IRecordEncoder.ForWorker"/>), so
/// that an encoder's scratch state is used by one thread at a time without thread-statics. A set goes back to the
/// pool when its batch is encoded; there are never more sets than batches encoded at once.
/// </summary>
internal sealed class WorkerEncoderPool(IReadOnlyList<ConversionTarget> targets)
{
    private readonly ConcurrentStack<IRecordEncoder[]> _free = new();

    public IRecordEncoder[] Rent()
    {
        if (_free.TryPop(out var set)) return set;
        set = new IRecordEncoder[targets.Count];
        for (var t = 0; t < targets.Count; t++) set[t] = targets[t].Encoder.ForWorker();
        return set;
    }

    public void Return(IRecordEncoder[] set) => _free.Push(set);
}
