using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// Fans conversion events out to the report and rejects (through <see cref="JobOutputs"/>, which keeps them in step
/// with the outputs) and the caller's observer. A rejected record's format (for the rejects file's separators) is
/// looked up by its source name: the converter frames the next input while it still writes the last one's records,
/// so "the current input" means nothing here.
/// </summary>
internal sealed class JobObserver(JobOutputs outputs, IConversionObserver? outer, IReadOnlyDictionary<string, string> formatOfSource) : IConversionObserver
{
    public void OnDiagnostic(Diagnostic diagnostic)
    {
        outputs.Diagnostic(diagnostic);
        outer?.OnDiagnostic(diagnostic);
    }

    public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
    {
        outputs.Rejected(source, diagnostics, source.SourceName is { } name && formatOfSource.TryGetValue(name, out var format) ? format : "");
        outer?.OnRejected(source, diagnostics);
    }

    public void OnProgress(long records, long bytes) => outer?.OnProgress(records, bytes);
}
