using Exporter.Diagnostics;
using Exporter.Formats.Common;

namespace Exporter.Pipeline;

/// <summary>The known formats, found by name, by file extension or by content.</summary>
public sealed class FormatRegistry
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly List<IRecordFormat> _formats = [];
    private readonly List<FormatOption> _options = [];

    /// <summary>Every registered format, in registration order.</summary>
    public IReadOnlyList<IRecordFormat> Formats => _formats;

    /// <summary>The registry with every built-in format: one line per format.</summary>
    public static FormatRegistry CreateDefault()
    {
        var registry = new FormatRegistry();
        foreach (var format in BuiltInFormats.All()) registry.Register(format);
        return registry;
    }

    /// <summary>
    /// Every format option, once each, in registration order: an option several formats share (the same
    /// <see cref="FormatOption"/> instance) is listed once, where its first format put it.
    /// </summary>
    public IReadOnlyList<FormatOption> Options => _options;

    /// <summary>Adds a format; format names must be unique, and so must option names, unless formats share the
    /// very same option.</summary>
    public void Register(IRecordFormat format)
    {
        if (Find(format.Name) is not null) throw new ArgumentException($"format '{format.Name}' is already registered", nameof(format));
        var added = new List<FormatOption>();
        foreach (var option in format.Options)
        {
            var known = _options.Concat(added).FirstOrDefault(o => o.Name == option.Name);
            if (known is null) added.Add(option);
            else if (!ReferenceEquals(known, option))
                throw new ArgumentException($"format '{format.Name}' declares option {option.Name}, which another format declares differently; share the one declaration", nameof(format));
        }

        _formats.Add(format);
        _options.AddRange(added);
    }

    /// <summary>The format with this name (case-insensitive), or null.</summary>
    public IRecordFormat? Find(string name) =>
        _formats.Find(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format with this name, or an error that lists the known names.</summary>
    public IRecordFormat Get(string name) =>
        Find(name) ?? throw new ExporterException(new Diagnostic("CLI0002", Severity.Error,
            $"unknown format '{name}'; known formats: {string.Join(", ", _formats.Select(f => f.Name))}"));

    /// <summary>The readable format whose longest extension matches the path, or null (".gz" is looked through).</summary>
    public IRecordFormat? ForPath(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
        IRecordFormat? best = null;
        var bestLength = 0;
        foreach (var f in _formats)
        {
            foreach (var ext in f.Extensions)
            {
                if (ext.Length > bestLength && name.EndsWith(ext, StringComparison.Ordinal))
                {
                    best = f;
                    bestLength = ext.Length;
                }
            }
        }

        return best;
    }

    /// <summary>The readable format most confident about this content, or null when none is. A leading UTF-8 byte
    /// order mark is looked past.</summary>
    public IRecordFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (Utf16ToUtf8Stream.Detects(head)) head = Utf16ToUtf8Stream.Transcode(head); // sniffed as what it reads as
        if (head.StartsWith(Utf8Bom)) head = head[Utf8Bom.Length..];
        IRecordFormat? best = null;
        var bestScore = 0;
        foreach (var f in _formats)
        {
            if (!f.CanRead) continue;
            var score = f.Sniff(head);
            if (score > bestScore)
            {
                best = f;
                bestScore = score;
            }
        }

        return best;
    }
}
