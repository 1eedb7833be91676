namespace Exporter.Formats.BookFeed;

/// <summary>
/// Stable codes of the Google Book Actions feed (docs/mappings/bookfeed.md). FEED0001-0005 and FEED0008 leave a record out of the
/// feed (counted as omitted); FEED0006 leaves out one edition of a record that keeps others. CLI0160-0164 refuse the
/// feed's options, CLI0165-0167 the Library feed's.
/// </summary>
internal static class BookFeedDiagnosticCodes
{
    /// <summary>No valid ISBN (ISBN-10 or -13): the spec requires <c>isbn</c> on every edition.</summary>
    public const string NoIsbn = "FEED0001";

    /// <summary>No title: the spec requires the work's <c>name</c>.</summary>
    public const string NoTitle = "FEED0002";

    /// <summary>No author nor other contributor (editor, translator, illustrator, contributor): the spec requires the work's <c>author</c>, or other contributors in its place.</summary>
    public const string NoAuthor = "FEED0003";

    /// <summary>No edition's format is known (ISBN qualifier, resource type or --book-format): the spec requires <c>bookFormat</c>.</summary>
    public const string NoBookFormat = "FEED0004";

    /// <summary>No language with an ISO 639-1 two-letter code: the spec requires a two-letter <c>inLanguage</c>.</summary>
    public const string NoTwoLetterLanguage = "FEED0005";

    /// <summary>One ISBN of a record left out (its format unknown) while another edition is written.</summary>
    public const string EditionLeftOut = "FEED0006";

    /// <summary>Not a book (a video, a map...): Book Actions is for books and audiobooks.</summary>
    public const string NotABook = "FEED0008";

    /// <summary>A record the feed cannot carry handed to Encode without asking Carries (a library caller's mistake).</summary>
    public const string NotCarried = "FEED0007";

    /// <summary>--library-name is empty.</summary>
    public const string InvalidLibraryName = "CLI0160";

    /// <summary>--library-url is not an absolute http(s) URL.</summary>
    public const string InvalidLibraryUrl = "CLI0161";

    /// <summary>--borrow-url-template has an unknown placeholder or does not make an absolute http(s) URL.</summary>
    public const string InvalidBorrowUrlTemplate = "CLI0162";

    /// <summary>bookfeed written without --library-name and --library-url (the BorrowAction's lender is required).</summary>
    public const string LibraryMissing = "CLI0163";

    /// <summary>--book-format is not one of the spec's four formats.</summary>
    public const string InvalidBookFormat = "CLI0164";

    /// <summary>--library-type is not one of the Library feed's six types (libraryfeed).</summary>
    public const string InvalidLibraryType = "CLI0165";

    /// <summary>The branches table (--branches) or a branch is not what the Library feed requires: the line and column say why (libraryfeed).</summary>
    public const string InvalidBranches = "CLI0166";

    /// <summary>The branches table (--branches) cannot be read (libraryfeed).</summary>
    public const string UnreadableBranches = "CLI0167";
}
