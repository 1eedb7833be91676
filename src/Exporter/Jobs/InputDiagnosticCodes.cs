namespace Exporter.Jobs;

/// <summary>Diagnostic codes about the inputs of a run themselves (not their records).</summary>
internal static class InputDiagnosticCodes
{
    /// <summary>An input that could not be opened or read to its end (deleted, replaced by a folder, unreadable, an I/O
    /// error) under <c>--out-dir</c> and <c>--on-error skip</c>: its outputs are not written, the other inputs go on (error).</summary>
    public const string Unreadable = "INPUT0002";
}
