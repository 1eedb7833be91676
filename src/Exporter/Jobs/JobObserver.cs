using Exporter.Diagnostics;
using Exporter.Jobs.Sharding;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// Fans conversion events out to the report and rejects (through <see cref="JobOutputs"/>, which keeps them in step
/// with the outputs) and the caller's observer. A rejected record's format (for the rejects file's record layout) is
/// looked up by its source name when the record is rejected (the input has been opened by then, so a format decided
/// by content is settled): the converter frames the next input while it still writes the last one's records, so
/// "the current input" means nothing here. In a sharded run, byte offsets, which the readers count from the start of
/// their slice, are made the input's (<see cref="ShardedInput.Shift"/>); record indexes stay the slice's own.
/// </summary>
internal sealed class JobObserver(JobOutputs outputs, IConversionObserver? outer, IReadOnlyList<InputFile> inputs, ShardPlan? shard = null) : IConversionObserver
{
    private readonly Dictionary<string, InputFile> _inputOfSource = inputs.GroupBy(i => i.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The current group's input could not be read and the run goes on without it (<see cref="JobOutputs.DropGroup"/>).</summary>
    public void OnInputDropped(Diagnostic why)
    {
        outputs.DropGroup(why);
        outer?.OnDiagnostic(why);
    }

    public void OnDiagnostic(Diagnostic diagnostic)
    {
        diagnostic = Place(diagnostic);
        outputs.Diagnostic(diagnostic);
        outer?.OnDiagnostic(diagnostic);
    }

    public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (Shift(source.SourceName) is not 0 and var shift)
        {
            source = source with { ByteOffset = source.ByteOffset + shift, Parts = [.. source.Parts.Select(p => p with { Start = p.Start + shift })] };
            diagnostics = [.. diagnostics.Select(Place)];
        }

        outputs.Rejected(source, diagnostics, source.SourceName is { } name && _inputOfSource.TryGetValue(name, out var input) ? input.Format.RawRecords : RawRecordLayout.SelfDelimiting);
        outer?.OnRejected(source, diagnostics);
    }

    public void OnProgress(long records, long bytes) => outer?.OnProgress(records, bytes);

    private long Shift(string? source) => shard?.Of(source)?.Shift ?? 0;

    private Diagnostic Place(Diagnostic diagnostic) =>
        diagnostic.ByteOffset is long offset && Shift(diagnostic.Source) is not 0 and var shift ? diagnostic with { ByteOffset = offset + shift } : diagnostic;
}
