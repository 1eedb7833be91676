namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Options of the BIBFRAME crosswalk: where IRIs are minted, the clock of the admin metadata, and items.</summary>
internal sealed record BibframeOptions
{
    /// <summary>The base every node IRI is minted under: <c>{BaseUri}bibframe/{control number}#Work</c>.</summary>
    public Uri BaseUri { get; init; } = new(Pipeline.WriteOptions.DefaultBaseUri);

    /// <summary>The clock of the generation date in the admin metadata.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Writes items from holdings and item fields (<see cref="BibframeWriteOptions.Items"/>).</summary>
    public bool Items { get; init; }

    /// <summary>Writes local and staff data too: the staff notes of items (<see cref="Pipeline.WriteOptions.IncludeLocal"/>).</summary>
    public bool IncludeLocal { get; init; }
}
