namespace Exporter.Formats.BookFeed;

/// <summary>The library types Google's Library feed allows as the value of the <c>librarytype</c> PropertyValue.</summary>
public static class LibraryTypes
{
    /// <summary>public, academic, corporate, government, school, special.</summary>
    public static IReadOnlyList<string> All { get; } = ["public", "academic", "corporate", "government", "school", "special"];
}
