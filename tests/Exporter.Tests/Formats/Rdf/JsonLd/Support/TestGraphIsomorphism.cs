using System.Text;
using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf.JsonLd.Support;

/// <summary>
/// Test-local RDF graph isomorphism (blank nodes may be renamed): colour refinement, then a backtracking search
/// over nodes of equal colour that checks every triple. Exact, meant for the small graphs tests build.
/// </summary>
public static class TestGraphIsomorphism
{
    /// <summary>True when a bijection of blank nodes maps one graph onto the other.</summary>
    public static bool AreIsomorphic(RdfGraph a, RdfGraph b) => Explain(a, b) is null;

    /// <summary>Null when isomorphic, else a short reason.</summary>
    public static string? Explain(RdfGraph a, RdfGraph b)
    {
        if (a.Count != b.Count) return $"triple counts differ: {a.Count} vs {b.Count}";
        foreach (var t in a.Triples)
        {
            if (IsGround(t) && !b.Contains(t)) return "missing in second: " + t;
        }

        var blanksA = Blanks(a);
        var blanksB = Blanks(b);
        if (blanksA.Count != blanksB.Count) return $"blank node counts differ: {blanksA.Count} vs {blanksB.Count}";
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var colourA = Refine(a, blanksA, ids);
        var colourB = Refine(b, blanksB, ids);
        var histogramA = colourA.Values.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var histogramB = colourB.Values.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        if (histogramA.Count != histogramB.Count || histogramA.Any(kv => histogramB.GetValueOrDefault(kv.Key) != kv.Value)) return "blank node structures differ";
        var order = blanksA.OrderBy(x => histogramA[colourA[x]]).ToList();
        var mapping = new Dictionary<BlankNode, BlankNode>();
        var used = new HashSet<BlankNode>();
        return Search(0) ? null : "no blank node mapping makes the graphs equal";

        bool Search(int i)
        {
            if (i == order.Count) return a.Triples.All(t => b.Contains(Map(t, mapping)));
            var x = order[i];
            foreach (var y in blanksB)
            {
                if (used.Contains(y) || colourB[y] != colourA[x]) continue;
                mapping[x] = y;
                used.Add(y);
                if (Consistent(a, b, x, mapping) && Search(i + 1)) return true;
                mapping.Remove(x);
                used.Remove(y);
            }

            return false;
        }
    }

    private static bool Consistent(RdfGraph a, RdfGraph b, BlankNode x, Dictionary<BlankNode, BlankNode> mapping)
    {
        foreach (var t in a.Triples)
        {
            if (!Equals(t.Subject, x) && !Equals(t.Object, x)) continue;
            if (t.Subject is BlankNode s && !mapping.ContainsKey(s)) continue;
            if (t.Object is BlankNode o && !mapping.ContainsKey(o)) continue;
            if (!b.Contains(Map(t, mapping))) return false;
        }

        return true;
    }

    private static Triple Map(Triple t, Dictionary<BlankNode, BlankNode> mapping) =>
        new(t.Subject is BlankNode s ? mapping[s] : t.Subject, t.Predicate, t.Object is BlankNode o ? mapping[o] : t.Object);

    private static Dictionary<BlankNode, int> Refine(RdfGraph g, List<BlankNode> blanks, Dictionary<string, int> ids)
    {
        var colour = blanks.ToDictionary(x => x, _ => 0);
        for (var round = 0; round < 6; round++)
        {
            var next = new Dictionary<BlankNode, int>();
            foreach (var x in blanks)
            {
                var parts = new List<string>();
                foreach (var t in g.Triples)
                {
                    if (Equals(t.Subject, x)) parts.Add("s " + t.Predicate + " " + Describe(t.Object, colour));
                    if (Equals(t.Object, x)) parts.Add("o " + t.Predicate + " " + Describe(t.Subject, colour));
                }

                parts.Sort(StringComparer.Ordinal);
                var signature = new StringBuilder().AppendJoin('\n', parts).Append('|').Append(colour[x]).ToString();
                if (!ids.TryGetValue(signature, out var id)) ids[signature] = id = ids.Count + 1;
                next[x] = id;
            }

            colour = next;
        }

        return colour;
    }

    private static string Describe(RdfTerm term, Dictionary<BlankNode, int> colour) =>
        term is BlankNode b ? "_:" + colour[b] : term.ToString()!;

    private static bool IsGround(Triple t) => t.Subject is not BlankNode && t.Object is not BlankNode;

    private static List<BlankNode> Blanks(RdfGraph g)
    {
        var set = new List<BlankNode>();
        var seen = new HashSet<BlankNode>();
        foreach (var t in g.Triples)
        {
            if (t.Subject is BlankNode s && seen.Add(s)) set.Add(s);
            if (t.Object is BlankNode o && seen.Add(o)) set.Add(o);
        }

        return set;
    }
}
