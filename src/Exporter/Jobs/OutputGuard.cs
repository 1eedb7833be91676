using Exporter.Diagnostics;

namespace Exporter.Jobs;

/// <summary>
/// Refuses, before anything is opened, a run that would destroy or mix what it reads and writes: an output, rejects or
/// report file that is one of the inputs, two of them that are the same file, or two streams on standard output.
/// Files are compared by identity (device and inode: hard links, symlinks and <c>a/../b</c> spellings included), and
/// by folder identity and name for files that do not exist yet. Any number of outputs may share /dev/null or a
/// terminal.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Throws a usage error (CLI0040-CLI0043) naming both paths.</summary>
    public static void Check(IReadOnlyList<InputFile> inputs, IReadOnlyList<(string Role, string Path)> outputs)
    {
        var stdout = outputs.Where(o => o.Path == "-").Select(o => o.Role).ToList();
        if (stdout.Count > 1)
            throw Usage("CLI0042", $"{string.Join(" and ", stdout)} would both write to standard output, mixing them; give one of them a file");

        var inputKeys = new List<(string Path, FileKey Key)>();
        foreach (var input in inputs)
        {
            var key = input.Path == "-" ? DescriptorKey(0) : ExistingKey(input.Path);
            if (key is { } k) inputKeys.Add((input.Path == "-" ? "standard input" : input.Path, k));
        }

        var seen = new List<(string Role, string Path, FileKey Key)>();
        foreach (var (role, path) in outputs)
        {
            var status = path == "-" ? null : UnixFileStatus.Of(path);
            if (status is { Kind: UnixFileKind.Directory })
                throw Usage("CLI0043", $"{role} {path} is a directory; give a file name");
            if (status is { IsNullDevice: true } or { Kind: UnixFileKind.CharacterDevice }) continue;
            var key = path == "-" ? DescriptorKey(1) : ExistingKey(path) ?? NewFileKey(path);
            if (key is not { } k) continue;
            var name = path == "-" ? "standard output" : path;
            foreach (var (inputPath, inputKey) in inputKeys)
            {
                if (k == inputKey)
                    throw Usage("CLI0040", $"{role} {name} is the input {inputPath}: writing it would destroy what is being read; choose another output");
            }

            foreach (var (otherRole, otherPath, otherKey) in seen)
            {
                if (k == otherKey)
                    throw Usage("CLI0041", $"{otherRole} {otherPath} and {role} {name} are the same file: one would overwrite or mix into the other; give each its own path");
            }

            seen.Add((role, name, k));
        }
    }

    /// <summary>Device and inode of an existing file (symlinks followed); null when it does not exist.</summary>
    private static FileKey? ExistingKey(string path)
    {
        var status = UnixFileStatus.Of(path);
        if (status is not null) return new FileKey(status.Device, status.Inode, null);
        if (!OperatingSystem.IsLinux() && File.Exists(path)) return new FileKey(0, 0, Path.GetFullPath(path));
        return null;
    }

    /// <summary>An open descriptor's identity when it is a regular file or a pipe (where two writers would mix).</summary>
    private static FileKey? DescriptorKey(int fd)
    {
        var status = UnixFileStatus.OfDescriptor(fd);
        return status is { Kind: UnixFileKind.Regular or UnixFileKind.Fifo } ? new FileKey(status.Device, status.Inode, null) : null;
    }

    /// <summary>A file not created yet: its folder's identity and its name (or its full path when the folder does not
    /// exist yet either). A dangling symlink stands for its target.</summary>
    private static FileKey NewFileKey(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
            if (target is not null) full = Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
        }

        var dir = UnixFileStatus.Of(Path.GetDirectoryName(full)!);
        return dir is null ? new FileKey(0, 0, full) : new FileKey(dir.Device, dir.Inode, Path.GetFileName(full));
    }

    private static ExporterException Usage(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
