using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

/// <summary>The index's subjects, triple spans and predicate groups are those a LINQ grouping of the graph's triples gives, graph after graph.</summary>
public sealed class RdfXmlGraphIndexTests
{
    [Property(MaxTest = 300)]
    public Property Subjects_spans_and_predicate_groups_are_the_linq_grouping() =>
        Prop.ForAll(RdfXmlLayoutGraphs.Graphs.ToArbitrary(), RdfGraphGenerators.Graphs.ToArbitrary(), (layout, hostile) =>
        {
            var index = new RdfXmlGraphIndex();
            var predicates = new Dictionary<Iri, int>();
            foreach (var graph in layout.Concat(hostile)) AssertIndexed(index, predicates, graph);
            return true;
        });

    private static void AssertIndexed(RdfXmlGraphIndex index, Dictionary<Iri, int> predicates, RdfGraph graph)
    {
        index.Clear();
        var typeId = IdOf(predicates, RdfNames.TypeIri);
        foreach (var t in graph.Triples)
        {
            var subject = index.Add(t, IdOf(predicates, t.Predicate));
            Assert.Equal(t.Subject, index.Node(subject));
        }

        index.Build(typeId, predicates.Count);
        var bySubject = graph.Triples.GroupBy(t => t.Subject).ToList();
        Assert.Equal(bySubject.Select(g => g.Key), index.Subjects.ToArray().Select(index.Node));
        Assert.Equal(graph.Count, index.TripleCount);
        var s = 0;
        foreach (var group in bySubject)
        {
            var node = index.Subjects[s++];
            var start = index.Start(node);
            var positions = Enumerable.Range(start, index.Count(node)).ToList();
            Assert.Equal(group, positions.Select(index.TripleAt));
            foreach (var pos in positions)
            {
                var t = index.TripleAt(pos);
                Assert.Equal(IdOf(predicates, t.Predicate), index.PredicateAt(pos));
                if (t.Object is BlankNode) Assert.Equal(t.Object, index.Node(index.ObjectAt(pos)));
                else Assert.Equal(-1, index.ObjectAt(pos));
            }

            var heads = positions.Where(index.IsGroupHead).ToList();
            Assert.Equal(positions.GroupBy(index.PredicateAt).Select(g => g.First()), heads);
            foreach (var head in heads)
            {
                var chain = new List<int>();
                for (var pos = head; pos >= 0; pos = index.NextInGroup(pos)) chain.Add(pos);
                Assert.Equal(positions.Where(p => index.PredicateAt(p) == index.PredicateAt(head)), chain);
            }

            Assert.Equal(heads.Where(h => index.PredicateAt(h) == typeId).DefaultIfEmpty(-1).Single(), index.TypeGroup(node));
        }
    }

    private static int IdOf(Dictionary<Iri, int> ids, Iri iri)
    {
        if (!ids.TryGetValue(iri, out var id)) ids.Add(iri, id = ids.Count);
        return id;
    }
}
