using System.Security.Cryptography;
using Exporter.Diagnostics;

namespace Exporter.Publishing;

/// <summary>
/// The site folder and its replacement. The new site is built in a hidden staging folder beside it
/// (<c>.NAME.exporter-RANDOM.tmp</c>, same file system) and swapped in whole when the run succeeds: one atomic
/// exchange where the system has one (<see cref="DirectoryExchange"/>), else two renames; the previous site is kept
/// until <see cref="Finish"/> and put back by <see cref="Restore"/>. A run that fails or is interrupted deletes its
/// staging folder and leaves the previous site as it was. A lock file beside the site (<c>.NAME.exporter.lock</c>)
/// keeps two runs from building the same site at once, and lets a run delete the staging folders of killed runs.
/// Only a folder a previous run made (it holds <see cref="SiteFiles.Marker"/>) or an empty one is replaced.
/// </summary>
internal sealed class SiteDirectory : IDisposable
{
    private const string Marker = ".exporter-";
    private readonly FileStream _lock;
    private readonly string _parent;
    private readonly string _name;
    private string? _previous;
    private bool _published;
    private bool _finished;
    private bool _existed;

    private SiteDirectory(string path, FileStream held)
    {
        Path = path;
        _parent = System.IO.Path.GetDirectoryName(path)!;
        _name = System.IO.Path.GetFileName(path);
        _lock = held;
        RemoveStale();
        Staging = System.IO.Path.Combine(_parent, "." + _name + Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ".tmp");
        Directory.CreateDirectory(Staging);
    }

    /// <summary>The site folder (full path).</summary>
    public string Path { get; }

    /// <summary>Where the new site is built.</summary>
    public string Staging { get; }

    /// <summary>Checks the site path (usage errors, nothing created), then takes the lock and makes the staging folder.</summary>
    public static SiteDirectory Open(string site)
    {
        var full = System.IO.Path.GetFullPath(site.Length > 1 ? site.TrimEnd('/') : site);
        var parent = System.IO.Path.GetDirectoryName(full);
        if (parent is null || System.IO.Path.GetFileName(full).Length == 0) throw Usage("CLI0061", $"--site {site} cannot be replaced (the root of the file system); give a folder inside it");
        if (File.Exists(full)) throw Usage("CLI0061", $"--site {full} is a file; give a folder");
        var info = new DirectoryInfo(full);
        if (info.Exists && info.LinkTarget is not null) throw Usage("CLI0062", $"--site {full} is a symbolic link; give the folder it points to");
        if (info.Exists && !File.Exists(System.IO.Path.Combine(full, SiteFiles.Marker)) && info.EnumerateFileSystemInfos().Any())
            throw Usage("CLI0063", $"--site {full} is a folder with files that exporter publish did not make (no {SiteFiles.Marker}); the run would replace it whole: give a new or empty folder");
        Directory.CreateDirectory(parent);
        var lockPath = System.IO.Path.Combine(parent, "." + System.IO.Path.GetFileName(full) + ".exporter.lock");
        FileStream held;
        try
        {
            held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw Usage("CLI0064", $"another exporter publish is building {full} (it holds {lockPath}); wait for it to end");
        }

        try
        {
            return new SiteDirectory(full, held);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>True when <paramref name="path"/> is the site folder or inside it.</summary>
    public static bool Contains(string site, string path)
    {
        var root = System.IO.Path.GetFullPath(site).TrimEnd('/') + "/";
        var full = System.IO.Path.GetFullPath(path).TrimEnd('/') + "/";
        return full.StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>Puts the staging folder in the site's place, keeping the previous site until <see cref="Finish"/>.</summary>
    public void Publish()
    {
        _existed = Directory.Exists(Path);
        if (!_existed) Directory.Move(Staging, Path);
        else if (DirectoryExchange.TryExchange(Staging, Path)) _previous = Staging;
        else
        {
            _previous = System.IO.Path.Combine(_parent, "." + _name + Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ".old");
            Directory.Move(Path, _previous);
            try
            {
                Directory.Move(Staging, Path);
            }
            catch
            {
                Directory.Move(_previous, Path);
                _previous = null;
                throw;
            }
        }

        _published = true;
    }

    /// <summary>Puts the previous site back after <see cref="Publish"/> (a later step of the commit failed). Best effort.</summary>
    public void Restore()
    {
        if (!_published || _finished) return;
        _finished = true;
        try
        {
            var failed = System.IO.Path.Combine(_parent, "." + _name + Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ".tmp");
            Directory.Move(Path, failed);
            if (_previous is not null) Directory.Move(_previous, Path);
            TryDelete(failed);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Drops the previous site: the new one stays.</summary>
    public void Finish()
    {
        if (!_published || _finished) return;
        _finished = true;
        if (_previous is not null) TryDelete(_previous);
    }

    public void Dispose()
    {
        if (!_published) TryDelete(Staging);
        else Finish();
        _lock.Dispose();
    }

    /// <summary>Staging and previous-site folders of this site that killed runs left (this run holds the lock, so no live run owns one).</summary>
    private void RemoveStale()
    {
        foreach (var dir in Directory.EnumerateDirectories(_parent, "." + _name + Marker + "*"))
        {
            var name = System.IO.Path.GetFileName(dir);
            if (name.Length == 1 + _name.Length + Marker.Length + 16 + 4 && (name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".old", StringComparison.Ordinal)))
                TryDelete(dir);
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static ExporterException Usage(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
