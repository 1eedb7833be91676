namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Writer options of the linked-data formats (<c>WriteOptions.Formats.Get&lt;LinkedDataWriteOptions&gt;()</c>).
/// </summary>
public sealed record LinkedDataWriteOptions
{
    /// <summary>
    /// The RDF syntax to write, for a format that offers several (<see cref="LinkedDataFormat.Syntaxes"/>); the output
    /// file extension follows it (<see cref="LinkedDataFormat.OutputExtension"/>). Null: the format's default (its first
    /// syntax). Formats of one syntax (jsonld, turtle, ntriples: schema.org) ignore it; a format of several syntaxes that
    /// does not offer it refuses it (LD0007).
    /// </summary>
    public RdfSyntaxKind? Syntax { get; init; }
}
