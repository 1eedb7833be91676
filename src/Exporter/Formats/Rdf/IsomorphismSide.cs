namespace Exporter.Formats.Rdf;

/// <summary>
/// One graph as <see cref="GraphIsomorphism"/> sees it: its blank nodes numbered, and each triple touching a blank
/// node reduced to an edge of node indexes and hashes of the ground terms, so colour refinement runs on arrays.
/// </summary>
internal sealed class IsomorphismSide
{
    private readonly HashSet<ulong> _distinct = [];
    private ulong[] _sums = [];

    public IsomorphismSide(RdfGraph graph)
    {
        var index = new Dictionary<BlankNode, int>();
        var edges = new List<Edge>();
        foreach (var t in graph.Triples)
        {
            if (t.Subject is not BlankNode && t.Object is not BlankNode) continue;
            BlankTriples.Add(t);
            edges.Add(new Edge(IndexOf(t.Subject, index), TermHash(t.Subject), TermHash(t.Predicate), IndexOf(t.Object, index), TermHash(t.Object)));
        }

        Edges = [.. edges];
    }

    /// <summary>The blank nodes, by index.</summary>
    public List<BlankNode> Nodes { get; } = [];

    /// <summary>The triples that touch a blank node.</summary>
    public List<Triple> BlankTriples { get; } = [];

    /// <summary>Those triples as edges.</summary>
    public Edge[] Edges { get; }

    /// <summary>Refines <paramref name="colors"/> (one per node) until the number of colour classes stops growing.</summary>
    public void Refine(ulong[] colors)
    {
        if (_sums.Length != colors.Length) _sums = new ulong[colors.Length];
        var distinct = CountDistinct(colors);
        while (distinct < colors.Length)
        {
            Array.Clear(_sums);
            foreach (var e in Edges)
            {
                var h = Mix(Mix(e.Subject >= 0 ? colors[e.Subject] : e.SubjectHash, e.PredicateHash), e.Object >= 0 ? colors[e.Object] : e.ObjectHash);
                if (e.Subject >= 0) _sums[e.Subject] += Mix(h, 1);
                if (e.Object >= 0) _sums[e.Object] += Mix(h, 2);
            }

            for (var i = 0; i < colors.Length; i++) colors[i] = Mix(colors[i], _sums[i]);
            var now = CountDistinct(colors);
            if (now <= distinct) return;
            distinct = now;
        }
    }

    /// <summary>A 64-bit mixing step (SplitMix64 finaliser over a combine).</summary>
    public static ulong Mix(ulong x, ulong y)
    {
        var z = x ^ (y + 0x9E3779B97F4A7C15UL + (x << 6) + (x >> 2));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private int IndexOf(RdfTerm term, Dictionary<BlankNode, int> index)
    {
        if (term is not BlankNode node) return -1;
        if (index.TryGetValue(node, out var i)) return i;
        index[node] = Nodes.Count;
        Nodes.Add(node);
        return Nodes.Count - 1;
    }

    private static ulong TermHash(RdfTerm term) => term is BlankNode ? 0 : Mix((ulong)(uint)term.GetHashCode(), 0xB5);

    private int CountDistinct(ulong[] colors)
    {
        _distinct.Clear();
        foreach (var c in colors) _distinct.Add(c);
        return _distinct.Count;
    }

    /// <summary>A triple with at least one blank node: node indexes (-1 for ground terms) and term hashes.</summary>
    internal readonly record struct Edge(int Subject, ulong SubjectHash, ulong PredicateHash, int Object, ulong ObjectHash);
}
