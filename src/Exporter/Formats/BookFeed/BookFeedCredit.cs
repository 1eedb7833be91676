namespace Exporter.Formats.BookFeed;

/// <summary>A contributor of a work with no author, under its schema.org Book property (<c>editor</c>, <c>translator</c>...).</summary>
internal sealed record BookFeedCredit(string Property, BookFeedAgent Agent);
