using System.Collections.Immutable;

namespace Exporter.Formats.BookFeed;

/// <summary>One <c>dataFeedElement</c>: the work (a <c>Book</c>) of one record, with its editions.</summary>
internal sealed record BookFeedEntry(string Id, string Name, string Url, DateTimeOffset DateModified, ImmutableArray<BookFeedAuthor> Authors, ImmutableArray<BookFeedEdition> Editions);
