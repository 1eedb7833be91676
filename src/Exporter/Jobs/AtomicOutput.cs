namespace Exporter.Jobs;

/// <summary>
/// An output file written under a temporary name beside its destination and renamed into place only by
/// <see cref="Commit"/>; disposed without commit, the temporary file is deleted. So a failed or interrupted run
/// leaves no half-written file. Standard output ("-") is passed through.
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    private readonly string? _destination;
    private readonly string? _temporary;
    private readonly Lock _gate = new();
    private bool _committed;
    private bool _discarded;
    private bool _disposed;

    private AtomicOutput(Stream stream, string? destination, string? temporary)
    {
        Stream = stream;
        _destination = destination;
        _temporary = temporary;
    }

    /// <summary>The stream to write to.</summary>
    public Stream Stream { get; }

    /// <summary>The final path, or "-".</summary>
    public string Name => _destination ?? "-";

    /// <summary>Opens an output; "-" means standard output.</summary>
    public static AtomicOutput Open(string path)
    {
        if (path == "-") return new AtomicOutput(new BufferedStream(Console.OpenStandardOutput(), 1 << 16), null, null);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp");
        var fs = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.Delete, 1 << 16);
        return new AtomicOutput(fs, full, temp);
    }

    /// <summary>Flushes, closes and moves the file into place. Throws <see cref="OperationCanceledException"/>
    /// when <see cref="Discard"/> came first.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_destination is null)
        {
            _committed = true;
            return;
        }

        lock (_gate)
        {
            if (_discarded) throw new OperationCanceledException($"output {_destination} was discarded");
            Stream.Dispose();
            File.Move(_temporary!, _destination, overwrite: true);
            _committed = true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_destination is null)
        {
            if (!_committed) Stream.Flush();
            return;
        }

        lock (_gate)
        {
            if (_committed || _disposed) return;
            _disposed = true;
            Stream.Dispose();
            if (!_discarded) DeleteTemporary();
        }
    }

    /// <summary>
    /// Deletes the temporary file of an output neither committed nor disposed, from any thread and without touching
    /// the stream (the thread writing it may be blocked); a later <see cref="Commit"/> throws. For abandoning a run
    /// that cannot see its cancellation. False when there was nothing to discard.
    /// </summary>
    public bool Discard()
    {
        if (_destination is null) return false;
        lock (_gate)
        {
            if (_committed || _discarded || _disposed) return false;
            _discarded = true;
            DeleteTemporary();
            return true;
        }
    }

    private void DeleteTemporary()
    {
        try
        {
            File.Delete(_temporary!);
        }
        catch (IOException)
        {
        }
    }
}
