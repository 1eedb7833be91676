namespace Exporter.Formats.Rdf;

/// <summary>
/// A set of triples that keeps insertion order (so serialisations are deterministic) and ignores duplicates.
/// One record's graph is small; writers stream graph by graph, never a whole catalog at once.
/// </summary>
public sealed class RdfGraph
{
    /// <summary>A graph emptied by <see cref="Clear"/> keeps its storage up to this many triples (one record's graph is far smaller).</summary>
    private const int MaxKeptCapacity = 1024;

    private List<Triple> _triples;
    private HashSet<Triple> _seen;

    /// <summary>An empty graph.</summary>
    public RdfGraph()
    {
        _triples = [];
        _seen = [];
    }

    /// <summary>An empty graph with room for <paramref name="capacity"/> triples before it grows (a crosswalk that knows its graphs' usual size).</summary>
    internal RdfGraph(int capacity)
    {
        _triples = new List<Triple>(capacity);
        _seen = new HashSet<Triple>(capacity);
    }

    /// <summary>The triples in insertion order.</summary>
    public IReadOnlyList<Triple> Triples => _triples;

    /// <summary>Number of distinct triples.</summary>
    public int Count => _triples.Count;

    /// <summary>Adds a triple; returns false when it was already present.</summary>
    public bool Add(Triple triple)
    {
        if (!_seen.Add(triple)) return false;
        _triples.Add(triple);
        return true;
    }

    /// <summary>Adds a triple built from its parts.</summary>
    public bool Add(RdfTerm subject, Iri predicate, RdfTerm obj) => Add(new Triple(subject, predicate, obj));

    /// <summary>True when the graph holds the triple.</summary>
    public bool Contains(Triple triple) => _seen.Contains(triple);

    /// <summary>Removes every triple, keeping the storage for the next graph (unless an unusually large graph grew it).</summary>
    internal void Clear()
    {
        if (_triples.Capacity > MaxKeptCapacity)
        {
            _triples = [];
            _seen = [];
            return;
        }

        _triples.Clear();
        _seen.Clear();
    }
}
