namespace Exporter.Formats.BookFeed;

/// <summary>The BorrowAction's <c>lender</c>, a schema.org <c>LibrarySystem</c>: its home page (also its <c>@id</c>) and name.</summary>
internal sealed record BookFeedLender(string Name, string Url);
