namespace Exporter.Cli;

/// <summary>The process exit codes (documented in the README).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int RecordsRejected = 1;
    public const int Usage = 2;
    public const int Failed = 3;
    public const int Interrupted = 130;
}
