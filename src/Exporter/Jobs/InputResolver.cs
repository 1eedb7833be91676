using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// Turns the INPUT arguments into input files with formats. A directory gives every file of a known format inside
/// (recursively, in ordinal path order), without following symbolic links to folders and without entering hidden
/// folders; what it leaves out is listed in <see cref="InputSet.Skipped"/>. The format comes from --from, else the
/// extension, else the content. For the generic extensions (.xml, .json, .txt, .dat, which several formats share or
/// which say little) the content decides first and the extension second, so a Dublin Core or JSON-LD file named
/// .xml/.json is not taken for MARCXML or record JSON. With --from, a directory gives only the files with that
/// format's extensions or whose content looks like it. No input is opened twice: where the content must be seen
/// before the run (standard input, an explicit file with an unknown extension, a candidate file under --from), the
/// stream opened to see it is the one read.
/// </summary>
internal static class InputResolver
{
    private static readonly string[] GenericExtensions = [".xml", ".json", ".txt", ".dat"];

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Resolves every input; throws <see cref="ExporterException"/> for a missing path, an unknown format, or
    /// inputs that hold no file of a known format (CLI0009, saying what was skipped).</summary>
    public static InputSet Resolve(IReadOnlyList<string> inputs, string? from, FormatRegistry registry)
    {
        var forced = from is null ? null : registry.Get(from);
        if (forced is not null && !forced.CanRead) throw Error("CLI0003", $"format '{forced.Name}' cannot be read", from!);
        var result = new List<InputFile>();
        var skipped = new List<SkippedInput>();
        foreach (var input in inputs)
        {
            if (input == "-") result.Add(Opened("-", forced, registry));
            else if (Directory.Exists(input)) AddDirectory(input, forced, registry, result, skipped);
            else if (File.Exists(input)) result.Add(ForFile(input, forced, registry));
            else throw Error("CLI0004", "no such file or directory", input);
        }

        if (result.Count == 0)
            throw new ExporterException(new Diagnostic("CLI0009", Severity.Error, "no input files of a known format were found" + (skipped.Count == 0 ? "" : "; " + string.Join(", ", SkippedInput.Summary(skipped)))));
        return new InputSet(result, skipped);
    }

    /// <summary>An explicit file: --from, else a specific extension, else a generic one (content decided on open),
    /// else its content, seen now (so that an unknown format is a usage error before any output).</summary>
    private static InputFile ForFile(string path, IRecordFormat? forced, FormatRegistry registry)
    {
        if (forced is not null) return new InputFile(path, forced);
        var byName = registry.ForPath(path);
        if (byName is { CanRead: true }) return IsGeneric(path, byName) ? new InputFile(path, byName, sniffWith: registry) : new InputFile(path, byName);
        return Opened(path, null, registry);
    }

    /// <summary>Opens the input now and decides its format from its first bytes; the stream is kept for reading.</summary>
    private static InputFile Opened(string path, IRecordFormat? forced, FormatRegistry registry)
    {
        var stream = InputFile.OpenPath(path);
        if (forced is not null) return new InputFile(path, forced, stream);
        var format = registry.Sniff(stream.Peek(InputFile.SniffBytes));
        if (format is null)
        {
            stream.Dispose();
            var what = path == "-" ? "of standard input" : "from the name or content";
            throw Error("CLI0005", $"cannot tell the format {what}; give --from", path);
        }

        return new InputFile(path, format, stream);
    }

    private static void AddDirectory(string root, IRecordFormat? forced, FormatRegistry registry, List<InputFile> result, List<SkippedInput> skipped)
    {
        var files = new List<string>();
        Walk(root, files, skipped);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
            folder = folder == "." ? "" : folder;
            var input = forced is null ? Known(file, folder, registry) : OfFormat(file, folder, forced, registry);
            if (input is null) skipped.Add(new SkippedInput(file, forced is null ? SkipReason.UnknownFormat : SkipReason.NotOfGivenFormat));
            else result.Add(input);
        }

        skipped.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
    }

    /// <summary>Collects the files under <paramref name="dir"/>; symbolic links to folders are not followed (a loop
    /// would repeat the tree), hidden entries are left out; both are recorded as skipped.</summary>
    private static void Walk(string dir, List<string> files, List<SkippedInput> skipped)
    {
        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos("*", OneLevel))
        {
            var path = Path.Combine(dir, entry.Name);
            if (entry.Name.StartsWith('.')) skipped.Add(new SkippedInput(path, SkipReason.Hidden));
            else if (entry is DirectoryInfo { LinkTarget: not null }) skipped.Add(new SkippedInput(path, SkipReason.FolderLink));
            else if (entry is DirectoryInfo) Walk(path, files, skipped);
            else files.Add(path);
        }
    }

    /// <summary>A directory member without --from: by a specific extension, or a generic one (content decided on
    /// open); null for an unknown extension.</summary>
    private static InputFile? Known(string path, string folder, FormatRegistry registry)
    {
        var byName = registry.ForPath(path);
        if (byName is not { CanRead: true }) return null;
        return IsGeneric(path, byName) ? new InputFile(path, byName, sniffWith: registry) { Folder = folder } : new InputFile(path, byName) { Folder = folder };
    }

    /// <summary>A directory member under --from: taken when its extension is the format's or its content looks like
    /// the format (then the stream opened to look is kept for reading); null otherwise.</summary>
    private static InputFile? OfFormat(string path, string folder, IRecordFormat forced, FormatRegistry registry)
    {
        if (HasExtensionOf(path, forced)) return new InputFile(path, forced) { Folder = folder };
        var stream = InputFile.OpenPath(path);
        if (registry.Sniff(stream.Peek(InputFile.SniffBytes)) == forced) return new InputFile(path, forced, stream) { Folder = folder };
        stream.Dispose();
        return null;
    }

    private static bool HasExtensionOf(string path, IRecordFormat format)
    {
        var name = NameWithoutGz(path);
        return format.Extensions.Any(ext => name.EndsWith(ext, StringComparison.Ordinal));
    }

    /// <summary>True when the extension that chose <paramref name="format"/> is one several formats share.</summary>
    private static bool IsGeneric(string path, IRecordFormat format)
    {
        var name = NameWithoutGz(path);
        foreach (var generic in GenericExtensions)
        {
            if (!name.EndsWith(generic, StringComparison.Ordinal)) continue;
            foreach (var ext in format.Extensions)
            {
                if (ext.Length > generic.Length && name.EndsWith(ext, StringComparison.Ordinal)) return false;
            }

            return true;
        }

        return false;
    }

    private static string NameWithoutGz(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name.EndsWith(".gz", StringComparison.Ordinal) ? name[..^3] : name;
    }

    private static ExporterException Error(string code, string message, string path) =>
        new(new Diagnostic(code, Severity.Error, message) { Source = path });
}
