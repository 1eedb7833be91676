namespace Exporter.Formats.BookFeed;

/// <summary>
/// Options of the Google Book Actions feed (<c>WriteOptions.Formats.Get&lt;BookFeedWriteOptions&gt;()</c>; CLI
/// <c>--library-name</c>, <c>--library-url</c>, <c>--borrow-url-template</c>, <c>--book-format</c>).
/// </summary>
public sealed record BookFeedWriteOptions
{
    /// <summary>The lending library system's name (the BorrowAction's <c>lender</c>). Required.</summary>
    public string? LibraryName { get; init; }

    /// <summary>The library system's home page, an absolute http(s) URL: the lender's <c>@id</c> and <c>url</c>. Required.</summary>
    public string? LibraryUrl { get; init; }

    /// <summary>Where a user borrows the edition, with <c>{id}</c> and <c>{isbn}</c> placeholders; null: the record's page.</summary>
    public string? BorrowUrlTemplate { get; init; }

    /// <summary>The <c>bookFormat</c> of an edition whose ISBN qualifier and resource type name none (Hardcover,
    /// Paperback, EBook, AudiobookFormat); null: such editions are left out.</summary>
    public string? DefaultBookFormat { get; init; }
}
