namespace Exporter.Formats.DublinCore;

/// <summary>Options of <see cref="QualifiedDcWriter"/>.</summary>
public sealed record QualifiedDcWriterOptions : DcWriterOptions
{
    /// <summary>
    /// The <c>xsi:schemaLocation</c> hint for the collection namespace (default <c>dcterms-collection.xsd</c>,
    /// the project's schema, meant to sit beside DCMI's qualifieddc.xsd). Null writes no hint.
    /// </summary>
    public string? CollectionSchemaLocation { get; init; } = DcNamespaces.CollectionSchemaLocation;
}
