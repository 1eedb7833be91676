namespace Exporter.Model;

/// <summary>
/// A series the resource belongs to: its title as the resource states it, the resource's number in it (e.g. "12"),
/// and, for a traced series, the heading it is traced under (the authorized title of the series, MARC 830 $a; null for
/// a series that is transcribed only, MARC 490 0#) with the number in the form the heading gives it ("v. 10" where the
/// resource says "10"; MARC 830 $v), null when it is <see cref="Number"/>.
/// </summary>
public sealed record SeriesStatement(string Title, string? Number = null, string? Heading = null, string? HeadingNumber = null);
