using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Common.Text;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// A hub record to one Google Book Actions feed entry (docs/mappings/bookfeed.md), or to none when the record lacks
/// a property the spec requires: then one warning with a FEED code says which, and the record is omitted. Each rule
/// names its row of the mapping table.
/// </summary>
internal sealed class BookFeedCrosswalk(WriteOptions options)
{
    private readonly BookFeedWriteOptions _feed = options.Formats.Get<BookFeedWriteOptions>();

    /// <summary>The record's entry, or null (with the reason reported) when the spec cannot carry it.</summary>
    public BookFeedEntry? Map(CatalogRecord record, IDiagnostics diagnostics)
    {
        var iris = new RecordIris(options.BaseUri, record, options.RecordPath);

        // Work @type Book: books, pamphlets and audiobooks only
        if (record.ResourceType is not (ResourceType.Book or ResourceType.Pamphlet or ResourceType.Audio))
            return Omit(diagnostics, BookFeedDiagnosticCodes.NotABook, $"it is not a book (resource type {record.ResourceType}); Book Actions describes books and audiobooks");

        // Work name (required): the title proper
        if (string.IsNullOrWhiteSpace(record.Title)) return Omit(diagnostics, BookFeedDiagnosticCodes.NoTitle, "it has no title (the work's name is required)");

        // Work author (required): contributors with the author role; without one, the other contributors (editor,
        // translator, illustrator, contributor) in its place, as the spec allows
        ImmutableArray<BookFeedAgent> authors = [.. record.Contributors.Where(c => c.IsAuthor).Select(BookFeedAgent.Of)];
        var others = authors.IsEmpty ? BookFeedContributors.Of(record.Contributors) : [];
        if (authors.IsEmpty && others.IsEmpty) return Omit(diagnostics, BookFeedDiagnosticCodes.NoAuthor, "it has no author nor other contributor (the work's author, or in its place an editor, translator, illustrator or contributor, is required)");

        // Edition isbn (required): each valid ISBN, as ISBN-13
        var isbns = record.Identifiers.Where(i => i.Type == IdentifierType.Isbn).Select(i => (Id: i, Isbn: Isbn13.From(i.Value))).Where(x => x.Isbn is not null).DistinctBy(x => x.Isbn).ToList();
        if (isbns.Count == 0) return Omit(diagnostics, BookFeedDiagnosticCodes.NoIsbn, "it has no valid ISBN (each edition's isbn is required)");

        // Edition inLanguage (required): the main language as an ISO 639-1 two-letter code
        var language = record.Languages.IsDefaultOrEmpty ? null : LanguageCodes.Bcp47(record.Languages[0]);
        if (language is not { Length: 2 })
        {
            return Omit(diagnostics, BookFeedDiagnosticCodes.NoTwoLetterLanguage, language is null
                ? "it has no language (the edition's inLanguage is required)"
                : $"its language '{record.Languages[0]}' has no ISO 639-1 two-letter code (the edition's inLanguage must be one)");
        }

        var editions = ImmutableArray.CreateBuilder<BookFeedEdition>();
        var leftOut = new List<string>();
        foreach (var (id, isbn) in isbns)
        {
            // Edition bookFormat (required): the ISBN's qualifier, the resource type, or --book-format
            if (BookFeedFormats.For(id, record, _feed.DefaultBookFormat) is not { } format)
            {
                leftOut.Add(isbn!);
                continue;
            }

            editions.Add(Edition(record, iris, isbn!, format, language));
        }

        if (editions.Count == 0)
        {
            return Omit(diagnostics, BookFeedDiagnosticCodes.NoBookFormat,
                $"no ISBN's qualifier names its format ({string.Join(", ", leftOut)}; the edition's bookFormat is required: give --book-format for such editions)");
        }

        foreach (var isbn in leftOut)
        {
            diagnostics.Report(new Diagnostic(BookFeedDiagnosticCodes.EditionLeftOut, Severity.Warning,
                $"the edition with ISBN {isbn} is left out of the book feed: its qualifier names no format (give --book-format for such editions)"));
        }

        // Work @id and url (required): the record's IRIs as in the schema.org output; dateModified: the record's, else the run's
        return new BookFeedEntry(iris.Node("work").Value, Title(record), iris.Page, record.LastModified ?? options.Clock.GetUtcNow(), authors, editions.ToImmutable())
        {
            Contributors = others,
        };
    }

    private BookFeedEdition Edition(CatalogRecord record, RecordIris iris, string isbn, string format, string language)
    {
        // Edition identifier (recommended): OCLC number and LCCN as PropertyValues, with their links as sameAs
        var ids = ImmutableArray.CreateBuilder<BookFeedIdentifier>();
        var sameAs = ImmutableArray.CreateBuilder<string>();
        foreach (var id in record.Identifiers)
        {
            var (property, value) = id.Type switch
            {
                IdentifierType.Oclc => ("OCLC_NUMBER", IdentifierLinks.Oclc(id.Value)),
                IdentifierType.Lccn => ("LCCN", NumericPart(LccnNormalizer.Normalize(id.Value))),
                _ => ("", null),
            };
            if (value is null) continue;
            ids.Add(new BookFeedIdentifier(property, value));
            if (IdentifierLinks.SameAs(id) is { } link) sameAs.Add(link);
        }

        // Edition name: not written. The spec recommends it only when the edition's title differs from the Work's, and
        // here both are the record's title.
        // Edition potentialAction (required): a BorrowAction at the template, else at the record's page
        var borrow = _feed.BorrowUrlTemplate is { } template ? BorrowUrlTemplate.Fill(template, iris.Id, isbn) : iris.Page;
        return new BookFeedEdition(iris.Node("edition-" + isbn).Value, isbn, format, language, borrow)
        {
            BookEdition = record.Edition,
            DatePublished = record.YearPublished,
            Identifiers = ids.ToImmutable(),
            SameAs = sameAs.ToImmutable(),
            Url = iris.Page,
        };
    }

    // The spec's PropertyValue value: "Remove all non-numeric prefixes of the external ID" (an LCCN's "sn", "n"...);
    // the sameAs link keeps the normalized LCCN, prefix and all, as LoC resolves it.
    private static string? NumericPart(string? value)
    {
        if (value is null) return null;
        var start = 0;
        while (start < value.Length && !char.IsAsciiDigit(value[start])) start++;
        return start < value.Length ? value[start..] : null;
    }

    private static string Title(CatalogRecord record) => string.IsNullOrEmpty(record.Subtitle) ? record.Title : record.Title + ": " + record.Subtitle;

    private static BookFeedEntry? Omit(IDiagnostics diagnostics, string code, string why)
    {
        diagnostics.Report(new Diagnostic(code, Severity.Warning, "left out of the book feed: " + why));
        return null;
    }
}
