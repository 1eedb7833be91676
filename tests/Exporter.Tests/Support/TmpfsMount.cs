namespace Exporter.Tests.Support;

/// <summary>A small tmpfs mounted on a fresh folder (root only), to fill a file system for real; unmounted on dispose.</summary>
public sealed class TmpfsMount : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (as mount's size=, e.g. "400k").</summary>
    public TmpfsMount(string size)
    {
        Privileged.RequireRoot("mount -t tmpfs");
        Privileged.Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", _dir.Path);
    }

    /// <summary>The mount point.</summary>
    public string Path => _dir.Path;

    /// <summary>A path inside the mount.</summary>
    public string File(string name) => System.IO.Path.Combine(_dir.Path, name);

    /// <summary>Names of the files now there (hidden ones included), sorted.</summary>
    public string[] Files() => _dir.Files();

    /// <inheritdoc />
    public void Dispose()
    {
        Privileged.Run("umount", _dir.Path);
        _dir.Dispose();
    }
}
