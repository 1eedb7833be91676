namespace Exporter.Formats.Rdf;

/// <summary>
/// RDF graph isomorphism (RDF 1.1 Concepts 3.6): equal up to a bijection of blank nodes. Ground triples are
/// compared as sets; blank nodes are coloured by iterated signature hashing (colour refinement over their
/// triples), and where colours leave ties, one tied pair at a time is fixed and refined again (backtracking).
/// Every candidate mapping is verified triple by triple, so hash collisions cannot give a false yes.
/// </summary>
public static class GraphIsomorphism
{
    /// <summary>True when the graphs are isomorphic.</summary>
    public static bool AreIsomorphic(RdfGraph first, RdfGraph second) => FindMapping(first, second) is not null;

    /// <summary>A blank node bijection from <paramref name="first"/> to <paramref name="second"/>, or null when none exists.</summary>
    public static IReadOnlyDictionary<BlankNode, BlankNode>? FindMapping(RdfGraph first, RdfGraph second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count) return null;
        var a = new Side(first);
        var b = new Side(second);
        if (a.Nodes.Count != b.Nodes.Count || a.BlankTriples.Count != b.BlankTriples.Count) return null;
        foreach (var triple in first.Triples)
        {
            if (!HasBlank(triple) && !second.Contains(triple)) return null;
        }

        return Search(a, b, second, new Dictionary<BlankNode, ulong>(a.Initial), new Dictionary<BlankNode, ulong>(b.Initial), 1);
    }

    private static Dictionary<BlankNode, BlankNode>? Search(Side a, Side b, RdfGraph target, Dictionary<BlankNode, ulong> colorsA,
        Dictionary<BlankNode, ulong> colorsB, ulong salt)
    {
        Refine(a, colorsA);
        Refine(b, colorsB);
        var classesA = Classes(a.Nodes, colorsA);
        var classesB = Classes(b.Nodes, colorsB);
        if (classesA.Count != classesB.Count) return null;
        List<BlankNode>? tied = null;
        foreach (var (color, members) in classesA)
        {
            if (!classesB.TryGetValue(color, out var other) || other.Count != members.Count) return null;
            if (members.Count > 1 && (tied is null || members.Count < tied.Count)) tied = members;
        }

        if (tied is null)
        {
            var mapping = new Dictionary<BlankNode, BlankNode>(a.Nodes.Count);
            foreach (var node in a.Nodes) mapping[node] = classesB[colorsA[node]][0];
            return Verify(a, target, mapping) ? mapping : null;
        }

        var pick = tied[0];
        var fixedColor = Mix(colorsA[pick], 0x9E3779B97F4A7C15UL * salt);
        foreach (var candidate in classesB[colorsA[pick]])
        {
            var nextA = new Dictionary<BlankNode, ulong>(colorsA) { [pick] = fixedColor };
            var nextB = new Dictionary<BlankNode, ulong>(colorsB) { [candidate] = fixedColor };
            var found = Search(a, b, target, nextA, nextB, salt + 1);
            if (found is not null) return found;
        }

        return null;
    }

    private static void Refine(Side side, Dictionary<BlankNode, ulong> colors)
    {
        var distinct = CountDistinct(colors);
        var sums = new Dictionary<BlankNode, ulong>(colors.Count);
        while (true)
        {
            sums.Clear();
            foreach (var t in side.BlankTriples)
            {
                var h = Mix(Mix(ColorOf(t.Subject, colors), (ulong)(uint)t.Predicate.GetHashCode()), ColorOf(t.Object, colors));
                if (t.Subject is BlankNode s) sums[s] = sums.GetValueOrDefault(s) + Mix(h, 1);
                if (t.Object is BlankNode o) sums[o] = sums.GetValueOrDefault(o) + Mix(h, 2);
            }

            foreach (var node in side.Nodes) colors[node] = Mix(colors[node], sums.GetValueOrDefault(node));
            var now = CountDistinct(colors);
            if (now <= distinct) return;
            distinct = now;
        }
    }

    private static bool Verify(Side a, RdfGraph target, Dictionary<BlankNode, BlankNode> mapping)
    {
        foreach (var t in a.BlankTriples)
        {
            var s = t.Subject is BlankNode sb ? mapping[sb] : t.Subject;
            var o = t.Object is BlankNode ob ? mapping[ob] : t.Object;
            if (!target.Contains(new Triple(s, t.Predicate, o))) return false;
        }

        return true;
    }

    private static Dictionary<ulong, List<BlankNode>> Classes(List<BlankNode> nodes, Dictionary<BlankNode, ulong> colors)
    {
        var classes = new Dictionary<ulong, List<BlankNode>>();
        foreach (var node in nodes)
        {
            var color = colors[node];
            if (!classes.TryGetValue(color, out var list)) classes[color] = list = [];
            list.Add(node);
        }

        return classes;
    }

    private static int CountDistinct(Dictionary<BlankNode, ulong> colors) => new HashSet<ulong>(colors.Values).Count;

    private static ulong ColorOf(RdfTerm term, Dictionary<BlankNode, ulong> colors) =>
        term is BlankNode node ? colors[node] : Mix((ulong)(uint)term.GetHashCode(), 0xB5);

    private static bool HasBlank(Triple t) => t.Subject is BlankNode || t.Object is BlankNode;

    private static ulong Mix(ulong x, ulong y)
    {
        var z = x ^ (y + 0x9E3779B97F4A7C15UL + (x << 6) + (x >> 2));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed class Side
    {
        public Side(RdfGraph graph)
        {
            var seen = new HashSet<BlankNode>();
            foreach (var t in graph.Triples)
            {
                if (!HasBlank(t)) continue;
                BlankTriples.Add(t);
                if (t.Subject is BlankNode s && seen.Add(s)) Nodes.Add(s);
                if (t.Object is BlankNode o && seen.Add(o)) Nodes.Add(o);
            }

            foreach (var node in Nodes) Initial[node] = 1;
        }

        public List<Triple> BlankTriples { get; } = [];

        public List<BlankNode> Nodes { get; } = [];

        public Dictionary<BlankNode, ulong> Initial { get; } = [];
    }
}
