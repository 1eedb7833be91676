namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Splits one document's graph into records: one per document IRI that holds a record root
/// (<see cref="ILinkedDataVocabulary.IsRecordRoot"/>), with every node it reaches through blank nodes or IRIs outside any record
/// (agents, publishers of others' data). A graph with one root or none stays whole.
/// </summary>
internal static class GraphSplitter
{
    /// <summary>The record graphs, in the order their roots appear, how many subjects no record reached, and which
    /// records (by position) each subject belongs to (empty when the graph stays whole).</summary>
    public static (List<RdfGraph> Records, int Unattached, IReadOnlyDictionary<RdfTerm, List<int>> Owners) Split(RdfGraph graph, ILinkedDataVocabulary vocabulary)
    {
        var bySubject = new Dictionary<RdfTerm, List<Triple>>();
        var roots = new List<string>();
        foreach (var t in graph.Triples)
        {
            if (!bySubject.TryGetValue(t.Subject, out var list)) bySubject[t.Subject] = list = [];
            list.Add(t);
            if (vocabulary.IsRecordRoot(t) && RecordGrouping.DocumentOf(t.Subject) is { } doc && !roots.Contains(doc)) roots.Add(doc);
        }

        if (roots.Count <= 1) return ([graph], 0, new Dictionary<RdfTerm, List<int>>());
        var rootIndex = roots.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        var owners = new Dictionary<RdfTerm, List<int>>();
        for (var r = 0; r < roots.Count; r++) Reach(r);
        var records = roots.Select(_ => new RdfGraph()).ToList();
        foreach (var t in graph.Triples)
        {
            if (!owners.TryGetValue(t.Subject, out var list)) continue;
            foreach (var r in list) records[r].Add(t);
        }

        return (records, bySubject.Keys.Count(s => !owners.ContainsKey(s)), owners);

        void Reach(int root)
        {
            var queue = new Queue<RdfTerm>(bySubject.Keys.Where(s => RecordGrouping.DocumentOf(s) == roots[root]));
            foreach (var s in queue) Own(s);
            while (queue.Count > 0)
            {
                foreach (var t in bySubject[queue.Dequeue()])
                {
                    var o = t.Object;
                    if (!bySubject.ContainsKey(o) || Owns(o)) continue;
                    if (o is Iri && rootIndex.ContainsKey(RecordGrouping.DocumentOf(o)!)) continue;
                    Own(o);
                    queue.Enqueue(o);
                }
            }

            bool Owns(RdfTerm node) => owners.TryGetValue(node, out var l) && l.Contains(root);

            void Own(RdfTerm node)
            {
                if (!owners.TryGetValue(node, out var l)) owners[node] = l = [];
                l.Add(root);
            }
        }
    }
}
