namespace Exporter.Publishing;

/// <summary>
/// One line of a browse list: sorted by <see cref="SortKey"/>, then label and path (so the order is total and the
/// same on every run), shown as a link to <see cref="Path"/> with a detail after it.
/// </summary>
/// <param name="SortKey">The folded key (<see cref="SortKeys"/>).</param>
/// <param name="Label">The link text (a title, or an author's name).</param>
/// <param name="Detail">Text after the link (the author, or the title).</param>
/// <param name="Path">The record page's site-relative path.</param>
internal sealed record BrowseEntry(string SortKey, string Label, string Detail, string Path)
{
    private const char Separator = '\u001F';

    /// <summary>One line of a sort file; its ordinal order is the list's order.</summary>
    public string ToLine() => string.Join(Separator, SortKey, Clean(Label), Clean(Detail), Path);

    /// <summary>Reads back <see cref="ToLine"/>.</summary>
    public static BrowseEntry FromLine(string line)
    {
        var parts = line.Split(Separator);
        return new BrowseEntry(parts[0], parts[1], parts[2], parts[3]);
    }

    /// <summary>Line breaks and the separator out of a field (record fields are single-line; this makes it certain).</summary>
    private static string Clean(string s) => s.AsSpan().IndexOfAny('\n', '\r', Separator) < 0 ? s : s.Replace('\n', ' ').Replace('\r', ' ').Replace(Separator, ' ');
}
