namespace Exporter.Cli;

/// <summary>Whether the progress line is drawn (on a terminal, unless --quiet).</summary>
internal enum ProgressDisplay
{
    Hidden,
    Shown,
}
