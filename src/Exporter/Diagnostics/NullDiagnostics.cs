namespace Exporter.Diagnostics;

/// <summary>Discards everything. For callers that do not care (tests, quick scripts).</summary>
public sealed class NullDiagnostics : IDiagnostics
{
    /// <summary>The shared instance.</summary>
    public static readonly NullDiagnostics Instance = new();

    private NullDiagnostics()
    {
    }

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
    }
}
