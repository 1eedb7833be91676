using System.Security.Cryptography;

namespace Exporter.Jobs;

/// <summary>
/// Names, creates and cleans up the hidden files an output is written to before it is renamed into place:
/// <c>.NAME.exporter-RANDOM.tmp</c> beside the destination NAME. Each is created exclusively (never shared with
/// another output or run, whatever their process ids) and held open with an exclusive lock (flock) for as long as
/// its run uses it, so a later run recognises a stale one, left by a run that was killed, as one of this pattern that
/// nobody holds, and deletes it; a live run's files are never touched.
/// </summary>
internal static class TemporaryFiles
{
    private const string Marker = ".exporter-";
    private const string Suffix = ".tmp";

    /// <summary>Creates a new temporary file for <paramref name="destination"/> in its folder, locked, for writing.</summary>
    public static (string Path, FileStream Stream) Create(string destination)
    {
        var dir = System.IO.Path.GetDirectoryName(destination)!;
        var name = System.IO.Path.GetFileName(destination);
        for (var attempt = 0; ; attempt++)
        {
            var path = NewName(dir, name);
            try
            {
                // CreateNew: O_CREAT|O_EXCL. FileShare.None: .NET takes flock(LOCK_EX) on Unix.
                return (path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
            }
            catch (IOException) when (attempt < 20 && File.Exists(path))
            {
                // The name was taken, or a cleaner holds it: another name.
            }
        }
    }

    /// <summary>A fresh name for a file of the pattern, not yet created.</summary>
    public static string NewName(string dir, string destinationName) =>
        System.IO.Path.Combine(dir, "." + destinationName + Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + Suffix);

    /// <summary>True when <paramref name="fileName"/> is a temporary file of <paramref name="destinationName"/>.</summary>
    public static bool IsTemporaryOf(string fileName, string destinationName) =>
        fileName.Length == 1 + destinationName.Length + Marker.Length + 16 + Suffix.Length
        && fileName.StartsWith("." + destinationName + Marker, StringComparison.Ordinal)
        && fileName.EndsWith(Suffix, StringComparison.Ordinal);

    /// <summary>
    /// Deletes the temporary files of <paramref name="destination"/> that no live run holds (left by a killed run).
    /// Returns how many. Never throws: cleaning up is a courtesy.
    /// </summary>
    public static int RemoveStale(string destination)
    {
        var dir = System.IO.Path.GetDirectoryName(destination)!;
        var name = System.IO.Path.GetFileName(destination);
        var removed = 0;
        try
        {
            foreach (var path in Directory.EnumerateFiles(dir, "." + name + Marker + "*" + Suffix))
            {
                if (!IsTemporaryOf(System.IO.Path.GetFileName(path), name)) continue;
                try
                {
                    // Fails while the run that made it holds its lock.
                    using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 1);
                    File.Delete(path);
                    removed++;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return removed;
    }

    /// <summary>Deletes a file, ignoring a failure.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
