using System.Collections.Immutable;

namespace Exporter.Model;

/// <summary>
/// The hub: one catalog record, format-neutral and immutable. Every reader produces it, every writer consumes it.
/// Empty collections mean "none"; null scalars mean "not given". Strings are NFC, single-line fields hold no line breaks.
/// </summary>
public sealed record CatalogRecord
{
    /// <summary>Title proper (MARC 245$a).</summary>
    public string Title { get; init; } = "";

    /// <summary>Remainder of title / subtitle (245$b), or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>
    /// The statement of responsibility as the resource states it ("by Victor Serge ; translated by Willard R. Trask"):
    /// the catalog page's "Statement of Responsibility", MARC 245 $c; null when not given.
    /// </summary>
    public string? StatementOfResponsibility { get; init; }

    /// <summary>People and organizations responsible, in order; the first author is the main entry.</summary>
    public ImmutableArray<Contributor> Contributors { get; init; } = [];

    /// <summary>Publisher name as written.</summary>
    public string? Publisher { get; init; }

    /// <summary>Place of publication as written.</summary>
    public string? Place { get; init; }

    /// <summary>Year this edition was published (the catalog's "Year Published").</summary>
    public int? YearPublished { get; init; }

    /// <summary>
    /// The date of publication as the description states it (MARC 264/260 $c: "c2002", "[1999?]", "1925-",
    /// "1946-1951"), when it says more than <see cref="YearPublished"/>; null when the plain year says it all.
    /// </summary>
    public string? DateOfPublication { get; init; }

    /// <summary>Year the work was first published (the catalog's "First Published"), for reprints.</summary>
    public int? FirstPublished { get; init; }

    /// <summary>Edition statement (e.g. "2nd ed."), or null.</summary>
    public string? Edition { get; init; }

    /// <summary>Physical extent: page count and/or free text.</summary>
    public Extent? Extent { get; init; }

    /// <summary>What kind of resource this is.</summary>
    public ResourceType ResourceType { get; init; } = ResourceType.Book;

    /// <summary>Identifiers: the local catalog number, ISBNs, ISSN, LCCN, OCLC, DOI, URL...</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];

    /// <summary>Languages of the content as ISO 639-2/B codes (e.g. "eng"); the first is the main one.</summary>
    public ImmutableArray<string> Languages { get; init; } = [];

    /// <summary>For a translation, the languages it was translated from (ISO 639-2/B codes; MARC 041 $h).</summary>
    public ImmutableArray<string> TranslatedFrom { get; init; } = [];

    /// <summary>
    /// A note on the language of the content ("Text in English and French."): the catalog page's "Language Note",
    /// MARC 546 $a; null when not given.
    /// </summary>
    public string? LanguageNote { get; init; }

    /// <summary>Series the resource belongs to.</summary>
    public ImmutableArray<SeriesStatement> Series { get; init; } = [];

    /// <summary>Short blurb / description (one paragraph).</summary>
    public string? Description { get; init; }

    /// <summary>Abstract / summary (one paragraph).</summary>
    public string? Abstract { get; init; }

    /// <summary>Reviews, each with paragraphs and an optional reviewer.</summary>
    public ImmutableArray<Review> Reviews { get; init; } = [];

    /// <summary>Table of contents: sections (optionally headed) of entries (optionally numbered).</summary>
    public ImmutableArray<ContentsSection> Contents { get; init; } = [];

    /// <summary>Subject headings with their scheme.</summary>
    public ImmutableArray<Subject> Subjects { get; init; } = [];

    /// <summary>General notes.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>
    /// When the record last changed (the catalog page's "Last Modified", record JSON's <c>lastModified</c>, MARC 005),
    /// in UTC to a tenth of a second; null when not given. Dublin Core uses it as the OAI datestamp.
    /// </summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>
    /// Rights statements on use and reproduction, each a text ("Public domain in the USA.") or an absolute URI
    /// (a RightsStatements.org statement, a Creative Commons licence): the catalog page's "Rights", record JSON's
    /// <c>rights</c>, MARC 540 $a (text) or $u (URI). Empty when the record states none.
    /// </summary>
    public ImmutableArray<string> Rights { get; init; } = [];

    /// <summary>Fields of a source format the hub does not model, carried through untouched (e.g. MARC 9XX, 041).</summary>
    public ImmutableArray<SourceField> SourceFields { get; init; } = [];

    /// <summary>The local catalog number (first <see cref="IdentifierType.Local"/> identifier), or null.</summary>
    public string? CatalogNumber => FirstIdentifier(IdentifierType.Local);

    /// <summary>The value of the first identifier of a type, or null.</summary>
    public string? FirstIdentifier(IdentifierType type)
    {
        foreach (var id in Identifiers)
        {
            if (id.Type == type) return id.Value;
        }

        return null;
    }

    /// <summary>Value equality over every member, collections compared element by element.</summary>
    public bool Equals(CatalogRecord? other) => other is not null && RecordEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Subtitle, Publisher, YearPublished, Identifiers.Length);
}
