using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>Hears about a conversion as it goes: diagnostics, rejected records (with their raw bytes), progress.</summary>
public interface IConversionObserver
{
    /// <summary>A diagnostic about a record that was written (warnings, infos).</summary>
    void OnDiagnostic(Diagnostic diagnostic);

    /// <summary>A record that was not written, why, and its raw input bytes.</summary>
    void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics);

    /// <summary>Called after each batch with the running totals and the input bytes consumed so far.</summary>
    void OnProgress(long records, long bytes);
}
