using System.Runtime.ExceptionServices;

namespace Exporter.Pipeline;

/// <summary>
/// The hand-offs of the pipelined converter: the framing thread adds batches, the workers take them in turn and
/// complete them, the writer takes them back in input order. Every wait blocks on one monitor
/// (<see cref="Monitor.Wait(object)"/>), which neither spins nor yields, so a thread with nothing to do burns no CPU
/// (the thread pool's and <c>SemaphoreSlim</c>'s waits spin first, which showed as thousands of <c>sched_yield</c>
/// calls per run). At most <c>capacity</c> batches wait for the writer, which bounds memory.
/// </summary>
internal sealed class BatchPipeline(int capacity)
{
    private readonly object _lock = new(); // a Monitor, not a System.Threading.Lock: Wait/PulseAll need it
    private readonly Queue<PendingBatch> _work = new();
    private readonly Queue<PendingBatch> _inOrder = new();
    private bool _addingDone;
    private bool _stopped;

    /// <summary>Queues a batch for the workers and the writer; waits while <c>capacity</c> batches are queued. False once
    /// the pipeline is stopped: the batch was not queued.</summary>
    public bool TryAdd(PendingBatch batch)
    {
        lock (_lock)
        {
            while (_inOrder.Count >= capacity && !_stopped) Monitor.Wait(_lock);
            if (_stopped) return false;
            _work.Enqueue(batch);
            _inOrder.Enqueue(batch);
            Monitor.PulseAll(_lock);
            return true;
        }
    }

    /// <summary>No more batches will be added.</summary>
    public void CompleteAdding()
    {
        lock (_lock)
        {
            _addingDone = true;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Wakes every waiter: the writer stops taking, the framing thread stops adding. Workers still take the
    /// batches already queued (so that each one is completed), then end.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>A worker's next batch; false when there is none and none will come.</summary>
    public bool TryTakeWork(out PendingBatch batch)
    {
        lock (_lock)
        {
            while (_work.Count == 0 && !_addingDone && !_stopped) Monitor.Wait(_lock);
            return _work.TryDequeue(out batch!);
        }
    }

    /// <summary>A worker is done with a batch.</summary>
    public void Complete(PendingBatch batch, EncodedBatch? encoded, ExceptionDispatchInfo? failure)
    {
        lock (_lock)
        {
            batch.Encoded = encoded;
            batch.Failure = failure;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>The writer's next batch in input order, once encoded; false when there is none and none will come.
    /// Rethrows a worker's failure; throws <see cref="OperationCanceledException"/> once stopped.</summary>
    public bool TryTakeNext(out EncodedBatch encoded)
    {
        PendingBatch next;
        lock (_lock)
        {
            while (!_stopped && !(_inOrder.TryPeek(out var head) ? head.Done : _addingDone)) Monitor.Wait(_lock);
            if (_stopped) throw new OperationCanceledException();
            if (!_inOrder.TryDequeue(out next!))
            {
                encoded = null!;
                return false;
            }

            Monitor.PulseAll(_lock); // room for the framing thread
        }

        next.Failure?.Throw();
        encoded = next.Encoded!;
        return true;
    }
}
