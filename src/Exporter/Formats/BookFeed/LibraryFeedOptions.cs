namespace Exporter.Formats.BookFeed;

/// <summary>
/// What Google's Library feed says of the lending library system (docs/mappings/bookfeed.md, "The Library feed"):
/// its name, home page (also its <c>@id</c>, the <c>lender.@id</c> of the book feed), type and branches, none of
/// which a catalog record holds. <see cref="Clock"/> gives the feed's <c>dateModified</c>.
/// </summary>
public sealed record LibraryFeedOptions
{
    /// <summary>The library system's name (the same as the book feed's <c>--library-name</c>). Required.</summary>
    public string? LibraryName { get; init; }

    /// <summary>The library system's home page, an absolute http(s) URL: its <c>@id</c> and <c>url</c>. Required.</summary>
    public string? LibraryUrl { get; init; }

    /// <summary>The library type, one of <see cref="LibraryTypes.All"/> (the <c>librarytype</c> PropertyValue). Required.</summary>
    public string? LibraryType { get; init; }

    /// <summary>The system's members; at least one.</summary>
    public IReadOnlyList<LibraryBranch> Branches { get; init; } = [];

    /// <summary>The clock of the feed's <c>dateModified</c> (SOURCE_DATE_EPOCH in the CLI).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
