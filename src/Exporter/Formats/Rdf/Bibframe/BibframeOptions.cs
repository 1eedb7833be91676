namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Options of the BIBFRAME crosswalk: where IRIs are minted and the clock of the admin metadata.</summary>
internal sealed record BibframeOptions
{
    /// <summary>The base every node IRI is minted under: <c>{BaseUri}bibframe/{control number}#Work</c>.</summary>
    public Uri BaseUri { get; init; } = new(Pipeline.WriteOptions.DefaultBaseUri);

    /// <summary>The clock of the generation date in the admin metadata.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
