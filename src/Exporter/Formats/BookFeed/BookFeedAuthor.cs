namespace Exporter.Formats.BookFeed;

/// <summary>An author of the work: <c>Person</c> or <c>Organization</c>, and the name as cataloged.</summary>
internal sealed record BookFeedAuthor(string Type, string Name);
