using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>Options of <see cref="Iso2709Reader"/>, <see cref="Iso2709Framer"/> and <see cref="Iso2709Parser"/>.</summary>
public sealed record Iso2709ReaderOptions
{
    /// <summary>The defaults: strict, encoding from leader/09, 1 MiB segments, values as their bytes say (no normalization).</summary>
    public static readonly Iso2709ReaderOptions Default = new();

    /// <summary>Strict (default) rejects any structural error; permissive repairs and warns.</summary>
    public MarcStrictness Strictness { get; init; } = MarcStrictness.Strict;

    /// <summary>How the character encoding is chosen.</summary>
    public Iso2709Encoding Encoding { get; init; } = Iso2709Encoding.FromLeader;

    /// <summary>
    /// The longest segment the framer buffers while looking for a record terminator (default 1 MiB; a valid record
    /// is at most 99,999 bytes). Longer runs are cut into rejected segments of this size, so memory stays bounded.
    /// </summary>
    public int MaxRecordBytes { get; init; } = 1 << 20;

    /// <summary>Pass-through of decoded strings (default) or NFC, each record it changes reported (MARC0132, Info).</summary>
    public UnicodeNormalization Normalization { get; init; } = UnicodeNormalization.None;

    /// <summary>Name of the input (file path) put in diagnostics, when known.</summary>
    public string? SourceName { get; init; }

    internal bool IsStrict => Strictness == MarcStrictness.Strict;
}
