using System.Collections.Immutable;

namespace Exporter.Formats.Rdf.Turtle;

/// <summary>Options of <see cref="TurtleWriter"/>.</summary>
public sealed record TurtleWriterOptions
{
    /// <summary>The prefixes declared when none are given: rdf, rdfs, xsd, schema (https).</summary>
    public static ImmutableArray<TurtlePrefix> DefaultPrefixes { get; } =
    [
        new("rdf", RdfNames.RdfNamespace),
        new("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        new("xsd", RdfNames.XsdNamespace),
        new("schema", "https://schema.org/"),
    ];

    /// <summary>The defaults.</summary>
    public static TurtleWriterOptions Default { get; } = new();

    /// <summary>
    /// Prefixes declared in the header, in this order, whether used or not (a streaming writer cannot know
    /// in advance which will be used). An IRI is abbreviated with the longest matching namespace.
    /// </summary>
    public ImmutableArray<TurtlePrefix> Prefixes { get; init; } = DefaultPrefixes;

    /// <summary>When set, <c>@base</c> is written and IRIs under it are written relative (e.g. <c>&lt;#work&gt;</c>).</summary>
    public string? BaseIri { get; init; }

    /// <summary>When the writer was given a stream: leave it open on dispose (default: the writer closes it).</summary>
    public bool LeaveOpen { get; init; }
}
