namespace Exporter.Pipeline;

/// <summary>
/// Counts the worker tasks in flight so the converter can wait for them: at the end of each input (its reader is
/// disposed next) and when the run stops. Once closed, no task may start, so "closed and idle" means no worker will
/// touch a reader or an encoder again, even if the framing thread is still blocked reading its input.
/// </summary>
internal sealed class WorkerGate
{
    private readonly object _lock = new(); // a Monitor, not a System.Threading.Lock: Wait/PulseAll need it
    private int _active;
    private bool _closed;

    /// <summary>Registers a task about to start; false once the gate is closed.</summary>
    public bool TryEnter()
    {
        lock (_lock)
        {
            if (_closed) return false;
            _active++;
            return true;
        }
    }

    /// <summary>A task has finished.</summary>
    public void Exit()
    {
        lock (_lock)
        {
            _active--;
            if (_active == 0) Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Waits until no task is in flight.</summary>
    public void WaitIdle()
    {
        lock (_lock)
        {
            while (_active > 0) Monitor.Wait(_lock);
        }
    }

    /// <summary>Lets no more tasks start and waits for those in flight.</summary>
    public void CloseAndWait()
    {
        lock (_lock)
        {
            _closed = true;
            while (_active > 0) Monitor.Wait(_lock);
        }
    }
}
