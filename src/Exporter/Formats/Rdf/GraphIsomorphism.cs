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
        var a = new IsomorphismSide(first);
        var b = new IsomorphismSide(second);
        if (a.Nodes.Count != b.Nodes.Count || a.Edges.Length != b.Edges.Length) return null;
        foreach (var triple in first.Triples)
        {
            if (triple.Subject is not BlankNode && triple.Object is not BlankNode && !second.Contains(triple)) return null;
        }

        var colorsA = new ulong[a.Nodes.Count];
        var colorsB = new ulong[b.Nodes.Count];
        Array.Fill(colorsA, 1UL);
        Array.Fill(colorsB, 1UL);
        return Search(a, b, second, colorsA, colorsB, 1);
    }

    private static Dictionary<BlankNode, BlankNode>? Search(IsomorphismSide a, IsomorphismSide b, RdfGraph target, ulong[] colorsA, ulong[] colorsB, ulong depth)
    {
        a.Refine(colorsA);
        b.Refine(colorsB);
        var classesA = Classes(colorsA);
        var classesB = Classes(colorsB);
        if (classesA.Count != classesB.Count) return null;
        List<int>? tied = null;
        foreach (var (color, members) in classesA)
        {
            if (!classesB.TryGetValue(color, out var other) || other.Count != members.Count) return null;
            if (members.Count > 1 && (tied is null || members.Count < tied.Count)) tied = members;
        }

        if (tied is null)
        {
            var mapping = new Dictionary<BlankNode, BlankNode>(a.Nodes.Count);
            for (var i = 0; i < colorsA.Length; i++) mapping[a.Nodes[i]] = b.Nodes[classesB[colorsA[i]][0]];
            return Verify(a, target, mapping) ? mapping : null;
        }

        var pick = tied[0];
        var fixedColor = IsomorphismSide.Mix(colorsA[pick], 0x9E3779B97F4A7C15UL * depth);
        foreach (var candidate in classesB[colorsA[pick]])
        {
            var nextA = (ulong[])colorsA.Clone();
            var nextB = (ulong[])colorsB.Clone();
            nextA[pick] = fixedColor;
            nextB[candidate] = fixedColor;
            var found = Search(a, b, target, nextA, nextB, depth + 1);
            if (found is not null) return found;
        }

        return null;
    }

    private static bool Verify(IsomorphismSide a, RdfGraph target, Dictionary<BlankNode, BlankNode> mapping)
    {
        foreach (var t in a.BlankTriples)
        {
            var s = t.Subject is BlankNode sb ? mapping[sb] : t.Subject;
            var o = t.Object is BlankNode ob ? mapping[ob] : t.Object;
            if (!target.Contains(new Triple(s, t.Predicate, o))) return false;
        }

        return true;
    }

    private static Dictionary<ulong, List<int>> Classes(ulong[] colors)
    {
        var classes = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < colors.Length; i++)
        {
            if (!classes.TryGetValue(colors[i], out var list)) classes[colors[i]] = list = [];
            list.Add(i);
        }

        return classes;
    }
}
