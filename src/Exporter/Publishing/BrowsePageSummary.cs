namespace Exporter.Publishing;

/// <summary>A browse page as the index links to it: its path and its first and last entries.</summary>
internal sealed record BrowsePageSummary(string Path, string First, string Last);
