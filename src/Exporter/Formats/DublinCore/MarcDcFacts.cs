using System.Collections.Immutable;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// What a MARC record says that the hub record does not hold, as Dublin Core statements in the making (docs/mappings/
/// dublin-core.md, "From the MARC record"): made by <see cref="MarcDcCrosswalk"/>, written by <see cref="DcRecordComposer"/>
/// at the rows they belong to.
/// </summary>
internal sealed record MarcDcFacts
{
    /// <summary>Every publisher name (260 and 264 _1 $b), in order; the hub keeps the first.</summary>
    public ImmutableArray<string> Publishers { get; init; } = [];

    /// <summary>Publication dates as written (260 and 264 _1 $c), e.g. "19--2006"; the hub keeps a year.</summary>
    public ImmutableArray<string> Dates { get; init; } = [];

    /// <summary>Notes (5XX) the hub does not keep, as text.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Web addresses of 856 $u: (dcterms term, URI); the resource itself is an identifier, a related one a relation.</summary>
    public ImmutableArray<(string Term, string Uri)> Links { get; init; } = [];

    /// <summary>Related resources (530, 760-787): (dcterms refinement of relation, text).</summary>
    public ImmutableArray<(string Term, string Value)> Relations { get; init; } = [];

    /// <summary>Places covered (662, 752), as text.</summary>
    public ImmutableArray<string> Places { get; init; } = [];

    /// <summary>Rights statements (506 access, 540 use): (dcterms refinement of rights, text).</summary>
    public ImmutableArray<(string Term, string Value)> Rights { get; init; } = [];

    /// <summary>Original-script forms (880) of the title, names, publishers and subjects, in field order.</summary>
    public ImmutableArray<DcAlternateForm> Alternates { get; init; } = [];
}
