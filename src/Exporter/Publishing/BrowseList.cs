namespace Exporter.Publishing;

/// <summary>A browse list of the site: its file name stem and heading.</summary>
/// <param name="Name">The stem of its pages (<c>browse/title-1.html</c>).</param>
/// <param name="Heading">Its heading.</param>
internal sealed record BrowseList(string Name, string Heading)
{
    /// <summary>Every record by title.</summary>
    public static BrowseList Titles { get; } = new("title", "Titles A-Z");

    /// <summary>Every contributor by name, with the record's title.</summary>
    public static BrowseList Authors { get; } = new("author", "Authors A-Z");

    /// <summary>The lists, in the order the index shows them.</summary>
    public static IReadOnlyList<BrowseList> All { get; } = [Titles, Authors];
}
