namespace Exporter.Model;

/// <summary>
/// A series the resource belongs to: its title as the resource states it, the resource's number in it (e.g. "12"),
/// and, for a traced series, the heading it is traced under (the authorized title of the series, MARC 830 $a; null for
/// a series that is transcribed only, MARC 490 0#).
/// </summary>
public sealed record SeriesStatement(string Title, string? Number = null, string? Heading = null);
