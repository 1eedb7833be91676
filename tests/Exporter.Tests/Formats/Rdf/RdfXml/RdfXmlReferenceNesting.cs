using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

/// <summary>
/// The nesting decision of <see cref="RdfXmlReferenceFormatter"/> (main at session 10, keyed by blank node). Decides which blank nodes of one graph are written as nested descriptions inside their only property element:
/// those used exactly once as an object and reachable from a written root, except one node per cycle of such nodes
/// and every 16th level of a deep chain (so nesting stays shallow). The others are written at the top level, with
/// <c>rdf:nodeID</c> when something refers to them. Reusable, not thread-safe.
/// </summary>
internal sealed class RdfXmlReferenceNesting
{
    private const int MaxDepth = RdfXmlNesting.MaxDepth;

    private readonly Dictionary<BlankNode, int> _objectUses = [];
    private readonly HashSet<BlankNode> _nested = [];
    private readonly HashSet<BlankNode> _reached = [];
    private readonly Stack<(RdfTerm Node, int Depth)> _pending = new();

    /// <summary>True when <paramref name="node"/> is written nested in the property element that refers to it.</summary>
    public bool IsNested(BlankNode node) => _nested.Contains(node);

    /// <summary>True when some triple has <paramref name="node"/> as object.</summary>
    public bool IsReferenced(BlankNode node) => _objectUses.ContainsKey(node);

    /// <summary>Decides for the graph indexed in <paramref name="bySubject"/> (subjects in <paramref name="subjects"/> order).</summary>
    public void Decide(IReadOnlyList<RdfTerm> subjects, Dictionary<RdfTerm, List<Triple>> bySubject)
    {
        _objectUses.Clear();
        _nested.Clear();
        _reached.Clear();
        foreach (var subject in subjects)
        {
            foreach (var t in bySubject[subject])
            {
                if (t.Object is BlankNode o) _objectUses[o] = _objectUses.GetValueOrDefault(o) + 1;
            }
        }

        foreach (var (node, uses) in _objectUses)
        {
            if (uses == 1) _nested.Add(node);
        }

        if (_nested.Count == 0) return;
        foreach (var subject in subjects)
        {
            if (subject is not BlankNode node || !_nested.Contains(node)) MarkReachable(subject, bySubject);
        }

        foreach (var subject in subjects)
        {
            if (subject is not BlankNode node || !_nested.Contains(node) || _reached.Contains(node)) continue;
            _nested.Remove(node); // one node of a cycle of single-use nodes becomes a root
            _reached.Add(node);
            MarkReachable(node, bySubject);
        }
    }

    private void MarkReachable(RdfTerm root, Dictionary<RdfTerm, List<Triple>> bySubject)
    {
        _pending.Push((root, 0));
        while (_pending.Count > 0)
        {
            var (node, depth) = _pending.Pop();
            if (!bySubject.TryGetValue(node, out var triples)) continue;
            foreach (var t in triples)
            {
                if (t.Object is not BlankNode b || !_nested.Contains(b) || !_reached.Add(b)) continue;
                if (depth + 1 < MaxDepth)
                {
                    _pending.Push((b, depth + 1));
                }
                else
                {
                    _nested.Remove(b);
                    _pending.Push((b, 0));
                }
            }
        }
    }
}
