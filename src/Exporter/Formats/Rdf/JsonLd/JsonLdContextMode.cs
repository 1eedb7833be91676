namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>How a written document carries its context.</summary>
public enum JsonLdContextMode
{
    /// <summary>The context object is embedded inline: readers need nothing else (default; works offline).</summary>
    Inline,

    /// <summary>Only <see cref="JsonLdWriterOptions.ContextUrl"/> is written; readers must be able to resolve it.</summary>
    Reference,
}
