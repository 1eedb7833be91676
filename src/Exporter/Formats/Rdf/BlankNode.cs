namespace Exporter.Formats.Rdf;

/// <summary>A blank node, identified by a label that is only meaningful inside one graph/document.</summary>
public sealed record BlankNode(string Label) : RdfTerm
{
    /// <inheritdoc />
    public override string ToString() => "_:" + Label;
}
