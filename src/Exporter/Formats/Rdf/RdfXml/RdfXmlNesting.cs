namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// Decides which blank nodes of one graph are written as nested descriptions inside their only property element:
/// those used exactly once as an object and reachable from a written root, except one node per cycle of such nodes
/// and every 16th level of a deep chain (so nesting stays shallow). The others are written at the top level, with
/// <c>rdf:nodeID</c> when something refers to them. Nodes are the node ids of an <see cref="RdfXmlGraphIndex"/>.
/// Reusable, not thread-safe.
/// </summary>
internal sealed class RdfXmlNesting
{
    /// <summary>Deeper chains of single-use blank nodes are cut into top-level descriptions.</summary>
    public const int MaxDepth = 16;

    private readonly Stack<(int Node, int Depth)> _pending = new();
    private int[] _objectUses = new int[64];
    private bool[] _nested = new bool[64];
    private bool[] _reached = new bool[64];

    /// <summary>True when <paramref name="node"/> is written nested in the property element that refers to it (only blank nodes are).</summary>
    public bool IsNested(int node) => _nested[node];

    /// <summary>True when some triple has <paramref name="node"/> as object (counted for blank nodes only).</summary>
    public bool IsReferenced(int node) => _objectUses[node] > 0;

    /// <summary>Decides for the graph indexed in <paramref name="graph"/>.</summary>
    public void Decide(RdfXmlGraphIndex graph)
    {
        var nodes = graph.NodeCount;
        if (_objectUses.Length < nodes)
        {
            var size = Math.Max(nodes, _objectUses.Length * 2);
            _objectUses = new int[size];
            _nested = new bool[size];
            _reached = new bool[size];
        }
        else
        {
            Array.Clear(_objectUses, 0, nodes);
            Array.Clear(_nested, 0, nodes);
            Array.Clear(_reached, 0, nodes);
        }

        for (var pos = 0; pos < graph.TripleCount; pos++)
        {
            var o = graph.ObjectAt(pos);
            if (o >= 0) _objectUses[o]++;
        }

        var any = false;
        for (var node = 0; node < nodes; node++)
        {
            if (_objectUses[node] != 1) continue;
            _nested[node] = true;
            any = true;
        }

        if (!any) return;
        foreach (var subject in graph.Subjects)
        {
            if (!_nested[subject]) MarkReachable(subject, graph);
        }

        foreach (var subject in graph.Subjects)
        {
            if (!_nested[subject] || _reached[subject]) continue;
            _nested[subject] = false; // one node of a cycle of single-use nodes becomes a root
            _reached[subject] = true;
            MarkReachable(subject, graph);
        }
    }

    private void MarkReachable(int root, RdfXmlGraphIndex graph)
    {
        _pending.Push((root, 0));
        while (_pending.Count > 0)
        {
            var (node, depth) = _pending.Pop();
            var start = graph.Start(node);
            var end = start + graph.Count(node);
            for (var pos = start; pos < end; pos++)
            {
                var b = graph.ObjectAt(pos);
                if (b < 0 || !_nested[b] || _reached[b]) continue;
                _reached[b] = true;
                if (depth + 1 < MaxDepth)
                {
                    _pending.Push((b, depth + 1));
                }
                else
                {
                    _nested[b] = false;
                    _pending.Push((b, 0));
                }
            }
        }
    }
}
