namespace Exporter.Formats.Rdf.Turtle;

/// <summary>
/// Finds the well-formed RDF lists of one graph that Turtle can write as <c>( a b c )</c>: chains of single-use
/// blank nodes, each with exactly one <c>rdf:first</c> and one <c>rdf:rest</c> and nothing else, ending in
/// <c>rdf:nil</c>. Anything else (extra triples, shared or cyclic cells) stays ordinary triples.
/// </summary>
internal sealed class TurtleCollections
{
    private readonly List<BlankNode> _chain = [];

    /// <summary>List heads (the node an outside triple points to).</summary>
    public HashSet<BlankNode> Heads { get; } = [];

    /// <summary>Every cell of every list found, heads included.</summary>
    public HashSet<BlankNode> Cells { get; } = [];

    /// <summary>Forgets the previous graph.</summary>
    public void Clear()
    {
        Heads.Clear();
        Cells.Clear();
    }

    /// <summary>Finds the lists among <paramref name="inline"/> nodes (those used exactly once as an object).</summary>
    public void Find(Dictionary<RdfTerm, List<Triple>> bySubject, HashSet<BlankNode> inline)
    {
        foreach (var triples in bySubject.Values)
        {
            foreach (var t in triples)
            {
                if (t.Object is not BlankNode b || !inline.Contains(b)) continue;
                if (t.Predicate.Value == RdfNames.Rest && IsCell(t.Subject, bySubject)) continue;
                if (IsChain(b, bySubject, inline))
                {
                    Heads.Add(b);
                    Cells.UnionWith(_chain);
                }
            }
        }
    }

    /// <summary>The rdf:first object and rdf:rest object of a cell.</summary>
    public static (RdfTerm Item, RdfTerm Next) Split(List<Triple> cell) =>
        cell[0].Predicate.Value == RdfNames.First ? (cell[0].Object, cell[1].Object) : (cell[1].Object, cell[0].Object);

    private bool IsChain(BlankNode head, Dictionary<RdfTerm, List<Triple>> bySubject, HashSet<BlankNode> inline)
    {
        _chain.Clear();
        RdfTerm current = head;
        while (true)
        {
            if (current is not BlankNode cell || !inline.Contains(cell) || !IsCell(cell, bySubject) || _chain.Contains(cell)) return false;
            _chain.Add(cell);
            var rest = Split(bySubject[cell]).Next;
            if (rest is Iri { Value: RdfNames.Nil }) return true;
            current = rest;
        }
    }

    private static bool IsCell(RdfTerm node, Dictionary<RdfTerm, List<Triple>> bySubject) =>
        node is BlankNode && bySubject.TryGetValue(node, out var triples) && triples.Count == 2
        && ((triples[0].Predicate.Value == RdfNames.First && triples[1].Predicate.Value == RdfNames.Rest)
            || (triples[0].Predicate.Value == RdfNames.Rest && triples[1].Predicate.Value == RdfNames.First));
}
