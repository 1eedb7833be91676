using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// One resolved input: its path ("-" for stdin), its format, and how to open it (gzip looked through). An input is
/// opened once: when its format is decided by content, the decision is made from a buffered peek at the start of the
/// very stream the reader then goes on reading, so pipes, FIFOs, /dev/stdin and process substitutions work.
/// </summary>
internal sealed class InputFile
{
    /// <summary>How many (decompressed) bytes the format sniffers see.</summary>
    internal const int SniffBytes = 8192;

    private readonly IRecordFormat _nameFormat;
    private readonly FormatRegistry? _sniffWith;
    private PeekableStream? _preopened;
    private Stream? _opened;
    private volatile IRecordFormat _format;

    /// <summary>An input whose format is known (<paramref name="preopened"/>: the stream already opened to find it),
    /// or, with <paramref name="sniffWith"/>, one whose content decides when it is opened, <paramref name="format"/>
    /// (the format of its extension) standing until then and when no format claims the content.</summary>
    internal InputFile(string path, IRecordFormat format, PeekableStream? preopened = null, FormatRegistry? sniffWith = null)
    {
        Path = path;
        _nameFormat = format;
        _format = format;
        _preopened = preopened;
        _sniffWith = sniffWith;
    }

    /// <summary>For a file found inside a directory input: its folder relative to that directory ("" at the top), so
    /// that `--out-dir` mirrors the input tree.</summary>
    public string Folder { get; init; } = "";

    /// <summary>The path, or "-".</summary>
    public string Path { get; }

    /// <summary>The input's format. For a generic extension (.xml, .json, .txt, .dat) that leaves the choice to the
    /// content, the format of the extension until <see cref="Open"/> has looked at the content.</summary>
    public IRecordFormat Format => _format;

    /// <summary>True when <see cref="Open"/> decides the format from the content.</summary>
    public bool FormatDecidedOnOpen => _sniffWith is not null;

    /// <summary>The file name without ".gz".</summary>
    public string Name
    {
        get
        {
            if (Path == "-") return "stdin";
            var name = System.IO.Path.GetFileName(Path);
            return name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && name.Length > 3 ? name[..^3] : name;
        }
    }

    /// <summary>The name used for output files: file name without its format extension (and ".gz"). It depends on the
    /// name only, never on the content, so that output names are known before any input is read.</summary>
    public string Stem
    {
        get
        {
            var name = Name;
            if (Path == "-") return name;
            foreach (var ext in _nameFormat.Extensions.OrderByDescending(e => e.Length))
            {
                if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase) && name.Length > ext.Length) return name[..^ext.Length];
            }

            var dot = name.LastIndexOf('.');
            return dot > 0 ? name[..dot] : name;
        }
    }

    /// <summary>Opens the input for reading (gzip decompressed when it starts with the gzip magic bytes) and, where the
    /// content decides, settles <see cref="Format"/> from the stream's first bytes. Call once.</summary>
    public Stream Open()
    {
        var stream = _preopened ?? OpenPath(Path);
        _preopened = null;
        _opened = stream;
        if (_sniffWith is not null) _format = _sniffWith.Sniff(stream.Peek(SniffBytes)) ?? _nameFormat;
        return stream;
    }

    /// <summary>For a gzip input once <see cref="Open"/>ed (else null): what tells, after the reader has read the stream to
    /// its end, the damage at which it read as ended early, or null.</summary>
    internal Func<InputDamage?>? DamageAtEnd => (_opened as PeekableStream)?.Inner is GzipReadStream gzip ? () => gzip.Damage : null;

    internal static PeekableStream OpenRaw(string path) =>
        new(path == "-" ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

    internal static PeekableStream OpenPath(string path) => Decompress(OpenRaw(path), path);

    internal static PeekableStream Decompress(PeekableStream stream, string path)
    {
        var head = stream.Peek(2);
        return head.Length == 2 && head[0] == 0x1F && head[1] == 0x8B ? new PeekableStream(new GzipReadStream(stream, path, endAtDamage: true)) : stream;
    }
}
