using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>Fans conversion events out to the report, the rejects file and the caller's observer.</summary>
internal sealed class JobObserver(ReportWriter? report, RejectsWriter? rejects, IConversionObserver? outer) : IConversionObserver
{
    public string FormatName { get; set; } = "";

    public void OnDiagnostic(Diagnostic diagnostic)
    {
        report?.Diagnostic(diagnostic);
        outer?.OnDiagnostic(diagnostic);
    }

    public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
    {
        report?.Rejected(source, diagnostics);
        rejects?.Add(source.Raw.Span, FormatName);
        outer?.OnRejected(source, diagnostics);
    }

    public void OnProgress(long records, long bytes) => outer?.OnProgress(records, bytes);
}
