namespace Exporter.Formats.Marc.Iso2709;

/// <summary>Options of <see cref="Iso2709Writer"/>.</summary>
public sealed record Iso2709WriterOptions
{
    /// <summary>The defaults: UTF-8.</summary>
    public static readonly Iso2709WriterOptions Default = new();

    /// <summary>UTF-8 (default) or MARC-8.</summary>
    public Iso2709OutputEncoding Encoding { get; init; } = Iso2709OutputEncoding.Utf8;
}
