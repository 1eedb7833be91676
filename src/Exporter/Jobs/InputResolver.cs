using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// Turns the INPUT arguments into input files with formats: a directory gives every file of a known format inside
/// (recursively, in ordinal path order); the format comes from --from, else the extension, else the content.
/// </summary>
public static class InputResolver
{
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
                    var format = forced ?? registry.ForPath(file);
                    if (format is { CanRead: true }) result.Add(new InputFile(file, format));
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

    private static IRecordFormat Detect(string path, FormatRegistry registry)
    {
        var byName = registry.ForPath(path);
        if (byName is { CanRead: true }) return byName;
        using var stream = InputFile.OpenPath(path);
        return registry.Sniff(stream.Peek(8192)) ?? throw Error("CLI0005", "cannot tell the format from the name or content; give --from", path);
    }

    private static ExporterException Error(string code, string message, string path) =>
        new(new Diagnostic(code, Severity.Error, message) { Source = path });
}
