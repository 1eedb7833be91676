namespace Exporter.Model;

/// <summary>A series the resource belongs to, with the resource's number in it (e.g. "12").</summary>
public sealed record SeriesStatement(string Title, string? Number = null);
