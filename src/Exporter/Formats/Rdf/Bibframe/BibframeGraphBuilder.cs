using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// MARC record to BIBFRAME 2 graph (docs/mappings/bibframe.md), straight from the MARC model, not through the hub:
/// a Work (<c>{base}bibframe/{001}#Work</c>) with its admin metadata and an Instance (<c>#Instance</c>), each mapping
/// area one small class that reads like its rows of the mapping table. Independent of the pipeline: any caller with
/// a <see cref="MarcRecord"/> gets the graph. Stateless (safe on several threads).
/// </summary>
internal sealed class BibframeGraphBuilder(BibframeOptions options)
{
    public BibframeOptions Options { get; } = options;

    /// <summary>
    /// A record's BIBFRAME graph has some 50 to 400 triples (median 92 in the benchmark file, a fifth above 128): room
    /// for 256 saves most of the growing.
    /// </summary>
    public const int GraphCapacity = 256;

    /// <summary>The record's graph; <paramref name="repeatSuffix"/> tells apart a record whose 001 an earlier record had (<see cref="RecordIdentity"/>).</summary>
    public RdfGraph Build(MarcRecord record, IDiagnostics diagnostics, string? repeatSuffix = null) => Build(record, diagnostics, repeatSuffix, new RdfGraph(GraphCapacity));

    /// <summary>The record's graph, built into <paramref name="into"/> (emptied first) and returned: an encoder reuses one graph's storage record after record.</summary>
    public RdfGraph Build(MarcRecord record, IDiagnostics diagnostics, string? repeatSuffix, RdfGraph into)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        var c = new BibframeGraphContext(record, RecordIdentity.Of(record, Options.BaseUri, diagnostics, repeatSuffix), diagnostics, into);
        WorkTypes.Map(c);
        AdminMetadata.Map(c, Options.Clock);
        Titles.MapWork(c);
        Contributions.Map(c);
        Languages.Map(c);
        GenreForms.Map(c);
        Subjects.Map(c);
        Classifications.Map(c);
        WorkNotes.Map(c);
        c.Add(c.Work, B("hasInstance"), c.Instance);

        InstanceTypes.Map(c);
        c.Add(c.Instance, B("instanceOf"), c.Work);
        Titles.MapInstance(c);
        Identifiers.Map(c);
        ProvisionActivities.Map(c);
        PhysicalDescription.Map(c);
        UsagePolicies.Map(c);
        if (Options.Items) Items.Map(c, Options.IncludeLocal);
        return c.Graph;
    }
}
