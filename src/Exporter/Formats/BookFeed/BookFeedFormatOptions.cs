using Exporter.Pipeline;

namespace Exporter.Formats.BookFeed;

/// <summary>The options of the bookfeed format, declared once (<see cref="FormatOption"/>).</summary>
internal static class BookFeedFormatOptions
{
    /// <summary>--library-name: the lender's name.</summary>
    public static readonly FormatOption LibraryName = FormatOption
        .Text("--library-name", "NAME", "bookfeed: name of the library system that lends the books (the BorrowAction's lender); required for bookfeed",
            BookFeedDiagnosticCodes.InvalidLibraryName, "a name that is not blank", v => !string.IsNullOrWhiteSpace(v))
        .Writing<BookFeedWriteOptions>((o, v) => o with { LibraryName = v.Trim() });

    /// <summary>--library-url: the lender's home page and @id.</summary>
    public static readonly FormatOption LibraryUrl = FormatOption
        .Text("--library-url", "URL", "bookfeed: home page of the library system, an absolute http(s) URL (the lender's @id and url); required for bookfeed",
            BookFeedDiagnosticCodes.InvalidLibraryUrl, "an absolute http or https URL", IsHttpUrl)
        .Writing<BookFeedWriteOptions>((o, v) => o with { LibraryUrl = v });

    /// <summary>--borrow-url-template: the BorrowAction's target.</summary>
    public static readonly FormatOption BorrowUrlTemplateOption = FormatOption
        .Text("--borrow-url-template", "TEMPLATE", "bookfeed: URL where an edition is borrowed, with {id} (record id) and {isbn} (ISBN-13), e.g. https://opac.example.org/record/{id}; default: the record's page",
            BookFeedDiagnosticCodes.InvalidBorrowUrlTemplate, BorrowUrlTemplate.Expected, BorrowUrlTemplate.IsValid)
        .Writing<BookFeedWriteOptions>((o, v) => o with { BorrowUrlTemplate = v });

    /// <summary>--book-format: the format of editions whose ISBN qualifier names none.</summary>
    public static readonly FormatOption BookFormat = FormatOption
        .Choice("--book-format", "bookfeed: bookFormat of editions whose ISBN qualifier names none (default: such editions are left out)",
            BookFeedDiagnosticCodes.InvalidBookFormat, [.. BookFeedFormats.Allowed])
        .Writing<BookFeedWriteOptions>((o, v) => o with { DefaultBookFormat = v });

    /// <summary>The options of the bookfeed format.</summary>
    public static IReadOnlyList<FormatOption> All { get; } = [LibraryName, LibraryUrl, BorrowUrlTemplateOption, BookFormat];

    /// <summary>True for an absolute http or https URL with a host.</summary>
    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);
}
