using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Mrk;

/// <summary>Options of <see cref="MrkReader"/>.</summary>
public sealed record MrkReaderOptions
{
    /// <summary>The defaults: strict, values as written (no normalization).</summary>
    public static readonly MrkReaderOptions Default = new();

    /// <summary>Strict (default) rejects a record with a malformed line; permissive skips or repairs it with a warning.</summary>
    public MarcStrictness Strictness { get; init; } = MarcStrictness.Strict;

    /// <summary>Pass-through of text (default) or NFC, each record it changes reported (MARC0132, Info).</summary>
    public UnicodeNormalization Normalization { get; init; } = UnicodeNormalization.None;

    /// <summary>Name of the input (file path) put in diagnostics, when known.</summary>
    public string? SourceName { get; init; }

    /// <summary>Largest record accepted, in characters of .mrk text; a larger one is rejected unread (MARC0106).</summary>
    public int MaxRecordChars { get; init; } = 1 << 20;
}
