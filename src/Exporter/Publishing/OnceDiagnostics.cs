using Exporter.Diagnostics;

namespace Exporter.Publishing;

/// <summary>Passes each distinct diagnostic on once: several formats encoding the same record report the same crosswalk warning only once.</summary>
internal sealed class OnceDiagnostics(IDiagnostics inner) : IDiagnostics
{
    private readonly HashSet<(string, string, string?)> _seen = [];

    public void Report(Diagnostic diagnostic)
    {
        if (_seen.Add((diagnostic.Code, diagnostic.Message, diagnostic.Field))) inner.Report(diagnostic);
    }
}
