namespace Exporter.Pipeline;

/// <summary>
/// Records framed together from one input: the unit of work handed to the parse-and-encode workers.
/// <paramref name="OrdinalBase"/> is the number of records framed before it (all inputs), so ordinals never depend on
/// threads.
/// </summary>
internal sealed record FramedBatch(ICatalogReader Reader, long OrdinalBase, List<RecordSource> Sources, long Bytes)
{
    /// <summary>Diagnostics about the input rather than one record (e.g. an input without records), reported when the batch is committed.</summary>
    public IReadOnlyList<Exporter.Diagnostics.Diagnostic> Notes { get; init; } = [];
}
