namespace Exporter.Formats.Rdf;

/// <summary>
/// One graph's triples grouped by subject, subjects in order of first appearance: the state the abbreviating
/// formatters (Turtle, RDF/XML) lay a graph out from. Reusable (its lists are pooled between graphs), not thread-safe.
/// </summary>
internal sealed class SubjectIndex
{
    private readonly Stack<List<Triple>> _listPool = new();

    /// <summary>Each subject's triples, in graph order.</summary>
    public Dictionary<RdfTerm, List<Triple>> BySubject { get; } = new(RdfTermComparer.Instance);

    /// <summary>The subjects in order of first appearance.</summary>
    public List<RdfTerm> Subjects { get; } = [];

    /// <summary>Adds a triple under its subject.</summary>
    public void Add(Triple triple)
    {
        if (!BySubject.TryGetValue(triple.Subject, out var list))
        {
            list = _listPool.Count > 0 ? _listPool.Pop() : [];
            BySubject.Add(triple.Subject, list);
            Subjects.Add(triple.Subject);
        }

        list.Add(triple);
    }

    /// <summary>Empties the index for the next graph, keeping its lists.</summary>
    public void Clear()
    {
        foreach (var list in BySubject.Values)
        {
            list.Clear();
            _listPool.Push(list);
        }

        BySubject.Clear();
        Subjects.Clear();
    }

    /// <summary>True when <paramref name="triples"/>[<paramref name="k"/>] is the first with its predicate (predicates are grouped in first-use order).</summary>
    public static bool IsFirstUse(List<Triple> triples, int k)
    {
        var predicate = triples[k].Predicate;
        for (var j = 0; j < k; j++)
        {
            if (triples[j].Predicate.Equals(predicate)) return false;
        }

        return true;
    }
}
