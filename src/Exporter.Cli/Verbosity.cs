namespace Exporter.Cli;

/// <summary>How much the CLI prints on stderr.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
