using Microsoft.Win32.SafeHandles;

namespace Exporter.Jobs;

/// <summary>
/// One output of a run. A regular file (or a name not yet taken) is written under a temporary name beside it
/// (<see cref="TemporaryFiles"/>) and renamed into place only when committed, so a failed or interrupted run leaves no
/// half-written file; a symlink's target is the file replaced, the link stays. Standard output ("-"), devices
/// (<c>/dev/null</c>), FIFOs and sockets, and this process's descriptors (<c>/dev/stdout</c>, <c>/dev/fd/N</c>,
/// <c>/proc/...</c>), are written straight, as the records come: they cannot be renamed over, nor taken back.
/// <para>
/// Committing is in steps, so a run can commit several outputs in order and put the previous files back if a later
/// one fails: <see cref="Close"/> (flush to disk, close), <see cref="Publish"/> (keep the file being replaced under a
/// temporary name, rename the new one into place), then <see cref="Finish"/> (drop the previous file) or
/// <see cref="Restore"/> (put it back). <see cref="Commit"/> does all three. Errors name the output, not the
/// temporary file.
/// </para>
/// </summary>
internal sealed class AtomicOutput : IDisposable
{
    private readonly string _name;
    private readonly string? _destination;
    private readonly string? _temporary;
    private readonly Stream _raw;
    private readonly Lock _gate = new();
    private string? _backup;
    private FileStream? _backupHold;
    private bool _closed;
    private bool _published;
    private bool _finished;
    private bool _discarded;
    private bool _disposed;

    private AtomicOutput(string name, Stream raw, string? destination, string? temporary)
    {
        _name = name;
        _raw = raw;
        _destination = destination;
        _temporary = temporary;
        Stream = new OutputErrorStream(raw, name, temporary);
    }

    /// <summary>The stream to write to.</summary>
    public Stream Stream { get; }

    /// <summary>The output as named (full path), or "-".</summary>
    public string Name => _name;

    /// <summary>True when the output is written straight to its destination (standard output, a device, a FIFO):
    /// what was written there stays, committed or not.</summary>
    public bool IsStreamed => _destination is null;

    /// <summary>The temporary file, while there is one (null for streamed outputs).</summary>
    internal string? TemporaryPath => _temporary;

    /// <summary>Opens an output; "-" means standard output.</summary>
    public static AtomicOutput Open(string path)
    {
        if (path == "-") return new AtomicOutput("-", StandardOutput(), null, null);
        var full = Path.GetFullPath(path);
        if (IsStreamedPath(full))
        {
            try
            {
                return new AtomicOutput(full, new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 0), null, null);
            }
            catch (IOException ex)
            {
                throw OutputErrorStream.Named(ex, full, null);
            }
        }

        var destination = FinalTarget(full);
        var dir = Path.GetDirectoryName(destination)!;
        try
        {
            Directory.CreateDirectory(dir);
            TemporaryFiles.RemoveStale(destination);
            var (temporary, stream) = TemporaryFiles.Create(destination);
            KeepModeAndOwner(destination, stream);
            return new AtomicOutput(full, stream, destination, temporary);
        }
        catch (IOException ex)
        {
            throw OutputErrorStream.Named(ex, full, null);
        }
    }

    /// <summary>True when <paramref name="fullPath"/> names something to write straight into: an existing file that is
    /// not a regular file or directory (device, FIFO, socket), or an open descriptor of this process (/proc/...,
    /// /dev/stdout, /dev/fd/N), even one redirected to a regular file (renaming over it would undo the redirection).</summary>
    internal static bool IsStreamedPath(string fullPath)
    {
        if (fullPath.StartsWith("/proc/", StringComparison.Ordinal)) return true;
        if (fullPath.StartsWith("/dev/", StringComparison.Ordinal))
        {
            try
            {
                var dir = File.ResolveLinkTarget(Path.GetDirectoryName(fullPath)!, returnFinalTarget: false)?.FullName;
                var link = File.ResolveLinkTarget(fullPath, returnFinalTarget: false)?.FullName;
                if ((dir ?? link)?.StartsWith("/proc/", StringComparison.Ordinal) == true) return true;
            }
            catch (IOException)
            {
            }
        }

        var status = UnixFileStatus.Of(fullPath);
        return status is not null && status.Kind is not (UnixFileKind.Regular or UnixFileKind.Directory);
    }

    /// <summary>Flushes to disk and closes the file (for a streamed output: flushes). Errors name the output.</summary>
    public void Close()
    {
        lock (_gate)
        {
            ThrowIfDiscarded();
            if (_closed) return;
            try
            {
                if (_raw is FileStream fs && _destination is not null) fs.Flush(flushToDisk: true);
                else _raw.Flush();
                if (_destination is not null) _raw.Dispose();
            }
            catch (IOException ex)
            {
                throw OutputErrorStream.Named(ex, _name, _temporary);
            }

            _closed = true;
        }
    }

    /// <summary>Moves the closed file into place, keeping the file it replaces until <see cref="Finish"/> or
    /// <see cref="Restore"/>.</summary>
    public void Publish()
    {
        Close();
        lock (_gate)
        {
            ThrowIfDiscarded();
            if (_published || _destination is null)
            {
                _published = true;
                return;
            }

            try
            {
                KeepPrevious();
                File.Move(_temporary!, _destination, overwrite: true);
            }
            catch (IOException ex)
            {
                DropPrevious();
                throw OutputErrorStream.Named(ex, _name, _temporary);
            }

            _published = true;
        }
    }

    /// <summary>Drops the previous file of a published output: the commit is final.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (!_published || _finished) return;
            DropPrevious();
            _finished = true;
        }
    }

    /// <summary>Puts back what a published, not finished output replaced (or removes the file when there was none).
    /// Best effort: a failure leaves the new file.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            if (!_published || _finished || _destination is null) return;
            try
            {
                if (_backup is not null) File.Move(_backup, _destination, overwrite: true);
                else File.Delete(_destination);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }

            _backupHold?.Dispose();
            _backupHold = null;
            _backup = null;
            _finished = true;
        }
    }

    /// <summary>Closes, publishes and finishes: the output is in place. Throws <see cref="OperationCanceledException"/>
    /// when <see cref="Discard"/> came first.</summary>
    public void Commit()
    {
        Publish();
        Finish();
    }

    /// <summary>The bytes written so far (a file output; 0 for a streamed one).</summary>
    internal long Length
    {
        get
        {
            if (_destination is null) return 0;
            Stream.Flush();
            return _raw.Length;
        }
    }

    /// <summary>Cuts a file output back to <paramref name="length"/> bytes (what an earlier <see cref="Length"/> said);
    /// nothing for a streamed one.</summary>
    internal void Truncate(long length)
    {
        if (_destination is null) return;
        try
        {
            _raw.Flush();
            _raw.SetLength(length);
            _raw.Seek(length, SeekOrigin.Begin);
        }
        catch (IOException ex)
        {
            throw OutputErrorStream.Named(ex, _name, _temporary);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            if (_published)
            {
                if (!_finished) DropPrevious();
                return;
            }

            if (_destination is null)
            {
                try
                {
                    _raw.Flush();
                }
                catch (IOException)
                {
                    // Already reported by the write that failed (a broken pipe, a full device).
                }

                return;
            }

            try
            {
                _raw.Dispose();
            }
            catch (IOException)
            {
                // The last flush failed (disk full): the temporary file goes all the same.
            }

            if (!_discarded) TemporaryFiles.TryDelete(_temporary!);
        }
    }

    /// <summary>
    /// Deletes the temporary file of an output not yet published, from any thread and without touching the stream
    /// (the thread writing it may be blocked); a later <see cref="Commit"/> throws. For abandoning a run that cannot
    /// see its cancellation. False when there was nothing to discard.
    /// </summary>
    public bool Discard()
    {
        if (_destination is null) return false;
        if (!_gate.TryEnter(TimeSpan.FromSeconds(1)))
        {
            // A writer holds the gate (blocked flushing): delete the file without it.
            TemporaryFiles.TryDelete(_temporary!);
            return true;
        }

        try
        {
            if (_published || _discarded || _disposed) return false;
            _discarded = true;
            TemporaryFiles.TryDelete(_temporary!);
            return true;
        }
        finally
        {
            _gate.Exit();
        }
    }

    private void ThrowIfDiscarded()
    {
        if (_discarded) throw new OperationCanceledException($"output {_name} was discarded");
    }

    /// <summary>Links the file about to be replaced to a temporary name (and holds it, so no other run cleans it up).</summary>
    private void KeepPrevious()
    {
        var status = UnixFileStatus.Of(_destination!, followLinks: false);
        if (status is null || status.Kind != UnixFileKind.Regular) return;
        var backup = TemporaryFiles.NewName(Path.GetDirectoryName(_destination!)!, Path.GetFileName(_destination!));
        if (UnixNative.Link(_destination!, backup) != 0) return; // no hard links here: replace without a way back
        _backup = backup;
        try
        {
            _backupHold = new FileStream(backup, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1);
        }
        catch (IOException)
        {
            // Another reader holds it exclusively: keep the link unheld.
        }
    }

    private void DropPrevious()
    {
        _backupHold?.Dispose();
        _backupHold = null;
        if (_backup is not null) TemporaryFiles.TryDelete(_backup);
        _backup = null;
    }

    /// <summary>The file a path finally names: symlinks followed (to a target that may not exist yet).</summary>
    private static string FinalTarget(string full)
    {
        try
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return full;
        }
    }

    /// <summary>Gives the new file the mode (and, where allowed, the owner) of the file it will replace.</summary>
    private static void KeepModeAndOwner(string destination, FileStream stream)
    {
        var status = UnixFileStatus.Of(destination);
        if (OperatingSystem.IsWindows() || status is null || status.Kind != UnixFileKind.Regular) return;
        try
        {
            File.SetUnixFileMode(stream.SafeFileHandle, status.Mode);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        var mine = UnixFileStatus.Of(stream.Name);
        if (mine is not null && (mine.Owner != status.Owner || mine.Group != status.Group))
        {
            _ = UnixNative.Fchown((int)stream.SafeFileHandle.DangerousGetHandle(), status.Owner, status.Group); // EPERM for others' files: keep ours
        }
    }

    /// <summary>Standard output as a plain file descriptor: unbuffered (each batch reaches it when written) and, unlike
    /// the console stream, reporting a broken pipe (EPIPE) as an error instead of dropping the bytes.</summary>
    private static Stream StandardOutput()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return Console.OpenStandardOutput();
        return new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 0);
    }
}
