namespace Exporter.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Something worth knowing (a decision taken, e.g. the detected encoding).</summary>
    Info,

    /// <summary>Input was unusual or was repaired; the record is still read.</summary>
    Warning,

    /// <summary>The record (or value) could not be read or written as it is.</summary>
    Error,
}
