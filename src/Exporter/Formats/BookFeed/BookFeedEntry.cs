using System.Collections.Immutable;

namespace Exporter.Formats.BookFeed;

/// <summary>One <c>dataFeedElement</c>: the work (a <c>Book</c>) of one record, with its editions.</summary>
internal sealed record BookFeedEntry(string Id, string Name, string Url, DateTimeOffset DateModified, ImmutableArray<BookFeedAgent> Authors, ImmutableArray<BookFeedEdition> Editions)
{
    /// <summary>The editors, translators, illustrators and other contributors, written in the author's place when
    /// <see cref="Authors"/> is empty.</summary>
    public ImmutableArray<BookFeedCredit> Contributors { get; init; } = [];
}
