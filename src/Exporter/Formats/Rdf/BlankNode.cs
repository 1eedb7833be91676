namespace Exporter.Formats.Rdf;

/// <summary>A blank node, identified by a label that is only meaningful inside one graph/document.</summary>
public sealed record BlankNode(string Label) : RdfTerm
{
    /// <summary>The hash, computed on first use (0 = not yet); formatters look blank nodes up many times per graph.</summary>
    private int _hash;

    /// <summary>The label.</summary>
    public string Label
    {
        get;
        init
        {
            field = value;
            _hash = 0;
        }
    } = Label;

    /// <inheritdoc />
    public override string ToString() => "_:" + Label;

    /// <summary>Label equality (ordinal); two nodes whose hashes are both known and differ are unequal without comparing their labels.</summary>
    public bool Equals(BlankNode? other) =>
        ReferenceEquals(this, other) || (other is not null && (_hash == 0 || other._hash == 0 || _hash == other._hash) && string.Equals(Label, other.Label, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = _hash;
        if (h != 0) return h;
        h = ~TermHash.Of(Label);
        if (h == 0) h = 1;
        _hash = h;
        return h;
    }
}
