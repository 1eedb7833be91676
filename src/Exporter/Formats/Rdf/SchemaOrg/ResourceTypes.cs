using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// Hub resource type to schema.org type, and back. Types schema.org has no class for are a class plus a
/// <c>genre</c> word (Pamphlet = Book + genre "pamphlet", Kit = CreativeWork + genre "kit").
/// </summary>
internal static class ResourceTypes
{
    private static readonly (ResourceType Type, string Class, string? Genre)[] Table =
    [
        (ResourceType.Book, "Book", null), (ResourceType.Article, "Article", null), (ResourceType.Periodical, "Periodical", null),
        (ResourceType.Pamphlet, "Book", "pamphlet"), (ResourceType.Video, "VideoObject", null), (ResourceType.Audio, "AudioObject", null),
        (ResourceType.Website, "WebSite", null), (ResourceType.Document, "DigitalDocument", null), (ResourceType.Map, "Map", null),
        (ResourceType.Score, "SheetMusic", null), (ResourceType.Image, "ImageObject", null), (ResourceType.Software, "SoftwareApplication", null),
        (ResourceType.Dataset, "Dataset", null), (ResourceType.Manuscript, "Manuscript", null), (ResourceType.Kit, "CreativeWork", "kit"),
        (ResourceType.Other, "CreativeWork", null),
    ];

    public static (string Class, string? Genre) For(ResourceType type)
    {
        foreach (var row in Table)
        {
            if (row.Type == type) return (row.Class, row.Genre);
        }

        return ("CreativeWork", null);
    }

    /// <summary>The hub type for a schema.org class and genre words, or null when the class is not one of ours.</summary>
    public static ResourceType? From(string schemaClass, IReadOnlyCollection<string> genres)
    {
        ResourceType? plain = null;
        foreach (var row in Table)
        {
            if (row.Class != schemaClass) continue;
            if (row.Genre is null) plain ??= row.Type;
            else if (genres.Contains(row.Genre)) return row.Type;
        }

        return plain;
    }

    /// <summary>True for the classes that have Book's own properties (isbn, numberOfPages, bookEdition, illustrator).</summary>
    public static bool IsBook(string schemaClass) => schemaClass == "Book";

    /// <summary>True for the classes in the domain of <c>issn</c> (Periodical, a CreativeWorkSeries; WebSite; Dataset).</summary>
    public static bool HasIssn(string schemaClass) => schemaClass is "Periodical" or "WebSite" or "Dataset";
}
