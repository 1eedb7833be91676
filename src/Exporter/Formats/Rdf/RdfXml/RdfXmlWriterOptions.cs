using System.Collections.Immutable;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>Options of <see cref="RdfXmlWriter"/>.</summary>
public sealed record RdfXmlWriterOptions
{
    /// <summary>The prefixes declared when none are given: rdf and rdfs.</summary>
    public static ImmutableArray<RdfXmlPrefix> DefaultPrefixes { get; } =
    [
        new("rdf", RdfNames.RdfNamespace),
        new("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ];

    /// <summary>The defaults.</summary>
    public static RdfXmlWriterOptions Default { get; } = new();

    /// <summary>
    /// Namespaces declared on <c>rdf:RDF</c>, in this order, used or not (a streaming writer cannot know in advance
    /// which it will need); <c>rdf</c> is always declared first, whether listed or not. A predicate or type IRI is
    /// written with the longest namespace whose remainder is an XML local name; others get an <c>xmlns:nsN</c>
    /// declaration on the description that needs it.
    /// </summary>
    public ImmutableArray<RdfXmlPrefix> Prefixes { get; init; } = DefaultPrefixes;

    /// <summary>When the writer was given a stream: leave it open on dispose (default: the writer closes it).</summary>
    public bool LeaveOpen { get; init; }
}
