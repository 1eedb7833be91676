namespace Exporter.Formats.Rdf;

/// <summary>
/// Term equality for the formatters' per-graph dictionaries, same instance first: a graph's triples share their
/// subject instances, so most look-ups end at once instead of going through the record equality's virtual calls.
/// Equal exactly when <see cref="RdfTerm"/>'s own equality says so.
/// </summary>
internal sealed class RdfTermComparer : IEqualityComparer<RdfTerm>
{
    /// <summary>The one instance.</summary>
    public static readonly RdfTermComparer Instance = new();

    private RdfTermComparer()
    {
    }

    /// <inheritdoc />
    public bool Equals(RdfTerm? x, RdfTerm? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

    /// <inheritdoc />
    public int GetHashCode(RdfTerm obj) => obj.GetHashCode();
}
