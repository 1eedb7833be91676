using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Tests.Support;

/// <summary>A conversion observer that keeps every diagnostic and every rejection it is told of (safe across workers).</summary>
internal sealed class RecordingObserver : IConversionObserver
{
    public List<Diagnostic> Diagnostics { get; } = [];

    public List<RecordSource> Rejected { get; } = [];

    public List<Diagnostic> RejectedDiagnostics { get; } = [];

    public void OnDiagnostic(Diagnostic diagnostic)
    {
        lock (Diagnostics) Diagnostics.Add(diagnostic);
    }

    public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (Rejected)
        {
            Rejected.Add(source);
            RejectedDiagnostics.AddRange(diagnostics);
        }
    }

    public void OnProgress(long records, long bytes)
    {
    }
}
