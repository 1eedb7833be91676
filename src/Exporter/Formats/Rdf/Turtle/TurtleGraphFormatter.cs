using System.Text;

namespace Exporter.Formats.Rdf.Turtle;

/// <summary>
/// Lays out one graph as Turtle: subjects in order of first appearance, each with its predicates grouped by
/// <c>;</c> (rdf:type first, written <c>a</c>, then first-appearance order) and objects by <c>,</c>. A blank node
/// used exactly once as an object is written inline as <c>[ ... ]</c>; one never used as an object is <c>[]</c>;
/// the others (one per cycle of inlinable nodes, and every 16th level of a deep chain) get labels <c>_:g{graph}b{n}</c>. Reusable, not thread-safe.
/// </summary>
internal sealed class TurtleGraphFormatter
{
    private const string Indent = "    ";

    /// <summary>Deeper chains of single-use blank nodes are cut into labelled blocks, so output stays linear in size.</summary>
    private const int MaxInlineDepth = 16;
    private readonly TurtleTermFormatter _terms;
    private readonly BlankNodeLabeller _labels = new();
    private readonly SubjectIndex _index = new();
    private readonly Dictionary<BlankNode, int> _objectUses = [];
    private readonly HashSet<BlankNode> _inline = [];
    private readonly HashSet<BlankNode> _reached = [];
    private readonly TurtleCollections _collections = new();

    public TurtleGraphFormatter(TurtleTermFormatter terms) => _terms = terms;

    /// <summary>Appends the graph's subject blocks, each followed by a blank line.</summary>
    public void AppendGraph(StringBuilder sb, RdfGraph graph, long graphOrdinal)
    {
        Reset(graphOrdinal);
        Index(graph);
        DecideInlining();
        foreach (var subject in _index.Subjects)
        {
            if (subject is BlankNode node && _inline.Contains(node)) continue;
            AppendSubject(sb, subject);
            sb.Append(' ');
            AppendPredicates(sb, _index.BySubject[subject], 1);
            sb.Append(" .\n\n");
        }
    }

    private void Index(RdfGraph graph)
    {
        var triples = graph.Triples;
        for (var i = 0; i < triples.Count; i++)
        {
            var t = triples[i];
            if (t.Subject is Literal) throw RdfTextEscaper.Unwritable("RDF0103", "a literal cannot be the subject of a triple");
            _index.Add(t);
            if (t.Object is BlankNode o) _objectUses[o] = _objectUses.GetValueOrDefault(o) + 1;
        }
    }

    private void DecideInlining()
    {
        foreach (var (node, uses) in _objectUses)
        {
            if (uses == 1) _inline.Add(node);
        }

        if (_inline.Count == 0) return;
        _collections.Find(_index.BySubject, _inline);
        foreach (var subject in _index.Subjects)
        {
            if (subject is not BlankNode node || !_inline.Contains(node)) MarkReachable(subject);
        }

        foreach (var subject in _index.Subjects)
        {
            if (subject is not BlankNode node || !_inline.Contains(node) || _reached.Contains(node)) continue;
            _inline.Remove(node);
            _reached.Add(node);
            MarkReachable(node);
        }
    }

    private void MarkReachable(RdfTerm root)
    {
        var pending = new Stack<(RdfTerm Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (!_index.BySubject.TryGetValue(node, out var triples)) continue;
            foreach (var t in triples)
            {
                if (t.Object is not BlankNode b || !_inline.Contains(b) || !_reached.Add(b)) continue;
                var next = t.Predicate.Value == RdfNames.Rest && _collections.Cells.Contains(b) ? depth : depth + 1;
                if (next < MaxInlineDepth)
                {
                    pending.Push((b, next));
                }
                else
                {
                    _inline.Remove(b);
                    pending.Push((b, 0));
                }
            }
        }
    }

    private void AppendSubject(StringBuilder sb, RdfTerm subject)
    {
        if (subject is BlankNode node && !_objectUses.ContainsKey(node)) sb.Append("[]");
        else AppendTerm(sb, subject, 1);
    }

    private void AppendPredicates(StringBuilder sb, List<Triple> triples, int depth)
    {
        var first = true;
        if (HasType(triples)) AppendPredicateGroup(sb, triples, RdfNames.TypeIri, depth, ref first);
        for (var k = 0; k < triples.Count; k++)
        {
            var predicate = triples[k].Predicate;
            if (predicate.Value != RdfNames.Type && SubjectIndex.IsFirstUse(triples, k)) AppendPredicateGroup(sb, triples, predicate, depth, ref first);
        }
    }

    private void AppendPredicateGroup(StringBuilder sb, List<Triple> triples, Iri predicate, int depth, ref bool first)
    {
        if (!first)
        {
            sb.Append(" ;\n");
            for (var i = 0; i < depth; i++) sb.Append(Indent);
        }

        first = false;
        if (predicate.Value == RdfNames.Type) sb.Append('a');
        else _terms.AppendIri(sb, predicate.Value);
        var firstObject = true;
        foreach (var t in triples)
        {
            if (!t.Predicate.Equals(predicate)) continue;
            sb.Append(firstObject ? " " : ", ");
            firstObject = false;
            AppendTerm(sb, t.Object, depth);
        }
    }

    private void AppendTerm(StringBuilder sb, RdfTerm term, int depth)
    {
        switch (term)
        {
            case Iri iri:
                _terms.AppendIri(sb, iri.Value);
                break;
            case Literal literal:
                _terms.AppendLiteral(sb, literal);
                break;
            case BlankNode node when _inline.Contains(node) && _collections.Heads.Contains(node):
                AppendCollection(sb, node, depth);
                break;
            case BlankNode node when _inline.Contains(node):
                AppendInline(sb, node, depth);
                break;
            case BlankNode node:
                sb.Append("_:").Append(_labels.LabelOf(node));
                break;
            default:
                throw RdfTextEscaper.Unwritable("RDF0104", $"unknown term type {term?.GetType().Name ?? "null"}");
        }
    }

    private void AppendCollection(StringBuilder sb, BlankNode head, int depth)
    {
        sb.Append('(');
        RdfTerm cell = head;
        while (cell is BlankNode node && _collections.Cells.Contains(node) && _inline.Contains(node))
        {
            var (first, rest) = TurtleCollections.Split(_index.BySubject[node]);
            sb.Append(' ');
            AppendTerm(sb, first, depth);
            cell = rest;
        }

        sb.Append(" )");
    }

    private void AppendInline(StringBuilder sb, BlankNode node, int depth)
    {
        if (!_index.BySubject.TryGetValue(node, out var triples))
        {
            sb.Append("[]");
            return;
        }

        sb.Append("[\n");
        for (var i = 0; i <= depth; i++) sb.Append(Indent);
        AppendPredicates(sb, triples, depth + 1);
        sb.Append('\n');
        for (var i = 0; i < depth; i++) sb.Append(Indent);
        sb.Append(']');
    }

    private static bool HasType(List<Triple> triples)
    {
        foreach (var t in triples)
        {
            if (t.Predicate.Value == RdfNames.Type) return true;
        }

        return false;
    }

    private void Reset(long graphOrdinal)
    {
        _labels.Reset(graphOrdinal);
        _index.Clear();
        _objectUses.Clear();
        _inline.Clear();
        _reached.Clear();
        _collections.Clear();
    }
}
