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
    private bool _committed;

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
        var fs = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return new AtomicOutput(fs, full, temp);
    }

    /// <summary>Flushes, closes and moves the file into place.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_destination is null)
        {
            _committed = true;
            return;
        }

        Stream.Dispose();
        File.Move(_temporary!, _destination, overwrite: true);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_committed) return;
        if (_destination is null)
        {
            Stream.Flush();
            return;
        }

        Stream.Dispose();
        try
        {
            File.Delete(_temporary!);
        }
        catch (IOException)
        {
        }
    }
}
