using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// Turns the INPUT arguments into input files with formats: a directory gives every file of a known format inside
/// (recursively, in ordinal path order); the format comes from --from, else the extension, else the content. For
/// the generic extensions (.xml, .json, .txt, which several formats share) the content decides first and the
/// extension second, so a Dublin Core or JSON-LD file named .xml/.json is not taken for MARCXML or record JSON.
/// </summary>
public static class InputResolver
{
    private static readonly string[] GenericExtensions = [".xml", ".json", ".txt"];

    /// <summary>Resolves every input; throws <see cref="ExporterException"/> for a missing path or an unknown format.</summary>
    public static IReadOnlyList<InputFile> Resolve(IReadOnlyList<string> inputs, string? from, FormatRegistry registry)
    {
        var forced = from is null ? null : registry.Get(from);
        if (forced is not null && !forced.CanRead) throw Error("CLI0003", $"format '{forced.Name}' cannot be read", from!);
        var result = new List<InputFile>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                result.Add(Stdin(forced, registry));
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var format = forced ?? ForKnownFile(file, registry);
                    if (format is null) continue;
                    var folder = Path.GetRelativePath(input, Path.GetDirectoryName(file)!);
                    result.Add(new InputFile(file, format) { Folder = folder == "." ? "" : folder });
                }
            }
            else if (File.Exists(input))
            {
                result.Add(new InputFile(input, forced ?? Detect(input, registry)));
            }
            else
            {
                throw Error("CLI0004", "no such file or directory", input);
            }
        }

        return result;
    }

    private static InputFile Stdin(IRecordFormat? forced, FormatRegistry registry)
    {
        var stream = InputFile.Decompress(InputFile.OpenRaw("-"));
        if (forced is not null) return new InputFile("-", forced, stream);
        var peek = stream;
        var format = registry.Sniff(peek.Peek(8192)) ?? throw Error("CLI0005", "cannot tell the format of standard input; give --from", "-");
        return new InputFile("-", format, stream);
    }

    private static IRecordFormat Detect(string path, FormatRegistry registry) =>
        ForKnownFile(path, registry) ?? Sniff(path, registry) ?? throw Error("CLI0005", "cannot tell the format from the name or content; give --from", path);

    /// <summary>
    /// The readable format of a file with a known extension: by a specific extension; for a generic one by content,
    /// else by the extension. Null for an unknown extension.
    /// </summary>
    private static IRecordFormat? ForKnownFile(string path, FormatRegistry registry)
    {
        var byName = registry.ForPath(path);
        if (byName is not { CanRead: true }) return null;
        return IsGeneric(path, byName) ? Sniff(path, registry) ?? byName : byName;
    }

    private static IRecordFormat? Sniff(string path, FormatRegistry registry)
    {
        using var stream = InputFile.OpenPath(path);
        return registry.Sniff(stream.Peek(8192));
    }

    /// <summary>True when the extension that chose <paramref name="format"/> is one several formats share.</summary>
    private static bool IsGeneric(string path, IRecordFormat format)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
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

    private static ExporterException Error(string code, string message, string path) =>
        new(new Diagnostic(code, Severity.Error, message) { Source = path });
}
