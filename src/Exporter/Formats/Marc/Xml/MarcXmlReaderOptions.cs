using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>Options of <see cref="MarcXmlReader"/>.</summary>
public sealed record MarcXmlReaderOptions
{
    /// <summary>The defaults: strict, values as written (no normalization).</summary>
    public static readonly MarcXmlReaderOptions Default = new();

    /// <summary>Strict (default) rejects a record with a missing/bad attribute or leader; permissive repairs and warns.</summary>
    public MarcStrictness Strictness { get; init; } = MarcStrictness.Strict;

    /// <summary>Pass-through of text (default) or NFC, each record it changes reported (MARC0132, Info).</summary>
    public UnicodeNormalization Normalization { get; init; } = UnicodeNormalization.None;

    /// <summary>Name of the input (file path) put in diagnostics, when known.</summary>
    public string? SourceName { get; init; }

    /// <summary>Deepest element nesting accepted inside one record (a MARC record needs 3); deeper stops the read.</summary>
    public int MaxNesting { get; init; } = 64;
}
