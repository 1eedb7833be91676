using System.Collections.Immutable;

namespace Exporter.Formats.BookFeed;

/// <summary>One edition (<c>workExample</c>) of a feed entry: one per distinct ISBN-13 of the record whose format is known.</summary>
internal sealed record BookFeedEdition(string Id, string Isbn, string BookFormat, string Language, string BorrowUrl)
{
    /// <summary>The edition statement ("2nd ed.").</summary>
    public string? BookEdition { get; init; }

    /// <summary>The year of publication.</summary>
    public int? DatePublished { get; init; }

    /// <summary>OCLC number and LCCN as PropertyValues.</summary>
    public ImmutableArray<BookFeedIdentifier> Identifiers { get; init; } = [];

    /// <summary>WorldCat and LoC links for those identifiers.</summary>
    public ImmutableArray<string> SameAs { get; init; } = [];

    /// <summary>The record's page.</summary>
    public string? Url { get; init; }
}
