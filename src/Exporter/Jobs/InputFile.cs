using System.IO.Compression;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>One resolved input: its path ("-" for stdin), its format, and how to open it (gzip looked through).</summary>
public sealed class InputFile
{
    private Stream? _preopened;

    internal InputFile(string path, IRecordFormat format, Stream? preopened = null)
    {
        Path = path;
        Format = format;
        _preopened = preopened;
    }

    /// <summary>For a file found inside a directory input: its folder relative to that directory ("" at the top), so
    /// that `--out-dir` mirrors the input tree.</summary>
    public string Folder { get; init; } = "";

    /// <summary>The path, or "-".</summary>
    public string Path { get; }

    /// <summary>The input's format.</summary>
    public IRecordFormat Format { get; }

    /// <summary>The name used for output files: file name without its format extension (and ".gz").</summary>
    public string Stem
    {
        get
        {
            if (Path == "-") return "stdin";
            var name = System.IO.Path.GetFileName(Path);
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
            foreach (var ext in Format.Extensions.OrderByDescending(e => e.Length))
            {
                if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase) && name.Length > ext.Length) return name[..^ext.Length];
            }

            var dot = name.LastIndexOf('.');
            return dot > 0 ? name[..dot] : name;
        }
    }

    /// <summary>Opens the input for reading (gzip decompressed when it starts with the gzip magic bytes).</summary>
    public Stream Open()
    {
        if (_preopened is not null)
        {
            var s = _preopened;
            _preopened = null;
            return s;
        }

        return OpenPath(Path);
    }

    internal static PeekableStream OpenRaw(string path) =>
        new(path == "-" ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

    internal static PeekableStream OpenPath(string path) => Decompress(OpenRaw(path));

    internal static PeekableStream Decompress(PeekableStream stream)
    {
        var head = stream.Peek(2);
        return head.Length == 2 && head[0] == 0x1F && head[1] == 0x8B ? new PeekableStream(new GZipStream(stream, CompressionMode.Decompress)) : stream;
    }
}
