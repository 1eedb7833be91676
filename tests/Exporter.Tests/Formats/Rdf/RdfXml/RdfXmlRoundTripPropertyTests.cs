using Exporter.Formats.Common;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

/// <summary>RDF/XML writer -> reader is the identity (up to blank node labels) on the hostile graph generators.</summary>
public sealed class RdfXmlRoundTripPropertyTests
{
    private static readonly RdfXmlWriterOptions Prefixed = new()
    {
        Prefixes = [.. RdfXmlWriterOptions.DefaultPrefixes, new("schema", "https://schema.org/"), new("v", "http://example.org/v/"), new("", "urn:x-local:")],
    };

    [Property(MaxTest = 300)]
    public Property Streamed_graphs_read_back_isomorphic() =>
        Prop.ForAll(RdfGraphGenerators.Graphs.ToArbitrary(), Gen.Elements(RdfXmlWriterOptions.Default, Prefixed).ToArbitrary(), (graphs, options) =>
        {
            var writable = graphs.Select(Writable).ToList();
            var bytes = new MemoryStream();
            using (var writer = new RdfXmlWriter(bytes, options with { LeaveOpen = true }))
            {
                foreach (var g in writable) writer.WriteGraph(g);
                writer.Complete();
            }

            var text = System.Text.Encoding.UTF8.GetString(bytes.ToArray());
            var back = RdfXmlReader.Parse(text);
            var all = graphs.Sum(g => g.Count);
            return GraphIsomorphism.AreIsomorphic(RdfGraphGenerators.UnionWithGraphScopedBlankNodes(writable), back).Label(text)
                .Classify(all > 0 && writable.Sum(g => g.Count) * 2 >= all, "at least half the triples writable");
        });

    [Property(MaxTest = 200)]
    public Property Unwritable_graphs_are_refused_and_writable_ones_written_deterministically() =>
        Prop.ForAll(RdfGraphGenerators.Graph.ToArbitrary(), g =>
        {
            var writable = Writable(g);
            var refused = writable.Count != g.Count && Throws(g);
            return (writable.Count == g.Count || refused)
                && RdfXmlWriter.EncodeDocument(writable, Prefixed) == RdfXmlWriter.EncodeDocument(writable, Prefixed);
        });

    /// <summary>The graph without the triples RDF/XML cannot carry: predicates with no XML local name, text XML 1.0 cannot hold.</summary>
    internal static RdfGraph Writable(RdfGraph graph)
    {
        var kept = new RdfGraph();
        foreach (var t in graph.Triples)
        {
            var one = new RdfGraph();
            one.Add(t);
            if (!Throws(one)) kept.Add(t);
        }

        return kept;
    }

    private static bool Throws(RdfGraph g)
    {
        try
        {
            RdfXmlWriter.EncodeDocument(g);
            return false;
        }
        catch (Exporter.Diagnostics.RecordWriteException e) when (e.Diagnostic.Code is "RDF0108" or "RDF0109")
        {
            return true;
        }
    }
}
