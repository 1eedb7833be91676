using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// The edition's <c>bookFormat</c>, one of the four Google Book Actions accepts (EBook, Hardcover, Paperback,
/// AudiobookFormat): from the ISBN's qualifier ("(pbk.)"), else from the resource type (audio), else the
/// <see cref="BookFeedWriteOptions.DefaultBookFormat"/>, else none (the edition is left out).
/// </summary>
internal static class BookFeedFormats
{
    /// <summary>The values the spec allows, as schema.org BookFormatType members' local names.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["Hardcover", "Paperback", "EBook", "AudiobookFormat"];

    /// <summary>The format of the edition of <paramref name="isbn"/> in <paramref name="record"/>, or null.</summary>
    public static string? For(Identifier isbn, CatalogRecord record, string? fallback)
    {
        if (BookFormats.For(isbn.Qualifier) is { } named && Allowed.Contains(named)) return named; // "graphic novel" is not one of the four
        if (record.ResourceType == ResourceType.Audio) return "AudiobookFormat";
        return fallback;
    }
}
