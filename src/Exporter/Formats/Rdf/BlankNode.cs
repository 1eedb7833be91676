namespace Exporter.Formats.Rdf;

/// <summary>A blank node, identified by a label that is only meaningful inside one graph/document.</summary>
public sealed record BlankNode(string Label) : RdfTerm
{
    /// <inheritdoc />
    public override string ToString() => "_:" + Label;

    /// <summary>Label equality (ordinal).</summary>
    public bool Equals(BlankNode? other) => ReferenceEquals(this, other) || (other is not null && string.Equals(Label, other.Label, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => ~TermHash.Of(Label);
}
