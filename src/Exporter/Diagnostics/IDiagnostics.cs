namespace Exporter.Diagnostics;

/// <summary>A sink for diagnostics. Codecs and crosswalks report here instead of throwing for recoverable problems.</summary>
public interface IDiagnostics
{
    /// <summary>Records one diagnostic.</summary>
    void Report(Diagnostic diagnostic);
}
