using System.Collections.Immutable;
using Exporter.Model;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Hub -> DC statements, one method per row of docs/mappings/dublin-core.md, in the order of crosswalks.md 2.4.
/// Simple: <c>dc:</c> elements only, no schemes. Qualified: <c>dcterms:</c> refinements with encoding schemes.
/// </summary>
internal sealed class DcRecordComposer
{
    private readonly bool _qualified;
    private readonly Uri _baseUri;
    private readonly ImmutableArray<DcStatement>.Builder _out = ImmutableArray.CreateBuilder<DcStatement>();

    public DcRecordComposer(DublinCoreCrosswalkOptions options)
    {
        _qualified = options.Profile == DublinCoreProfile.Qualified;
        _baseUri = options.BaseUri;
    }

    public DublinCoreRecord Compose(CatalogRecord r)
    {
        _out.Clear();
        var title = DcTextConventions.Title(r.Title, r.Subtitle);                                   // row title
        if (title.Length > 0) Add("title", title);
        foreach (var c in r.Contributors) Add(c.IsAuthor ? "creator" : "contributor", c.Name);      // row creator/contributor
        if (r.Publisher is not null) Add("publisher", r.Publisher);                                 // row publisher
        if (r.YearPublished is int y) Add("date", "issued", DcTextConventions.Year(y), DcSchemes.W3cdtf); // row date
        Types(r.ResourceType);                                                                      // row type
        if (r.Extent is { } e && e.Display.Length > 0) Add("format", "extent", e.Display, null);    // row extent
        Identifiers(r.Identifiers);                                                                 // row identifier
        foreach (var l in r.Languages) Add("language", "language", l, DcSchemes.Iso639Part2);       // row language
        if (r.Description is not null) Add("description", r.Description);                           // row blurb
        if (r.Abstract is not null)                                                                  // row abstract
        {
            if (_qualified) Add("abstract", r.Abstract);
            else Add("description", DcTextConventions.AbstractLabel + r.Abstract);
        }

        if (r.FirstPublished is int fp) Add("description", DcTextConventions.FirstPublished(fp));    // row first published
        if (r.Edition is not null) Add("description", DcTextConventions.EditionLabel + r.Edition);   // row edition
        Contents(r.Contents);                                                                       // row contents
        foreach (var rv in r.Reviews) Add("description", DcTextConventions.Review(rv));              // row reviews
        foreach (var n in r.Notes) Add("description", n);                                           // row notes
        foreach (var s in r.Subjects) Add("subject", "subject", s.Heading, SchemeOf(s.Scheme));      // row subject
        foreach (var s in r.Series) Add("relation", "isPartOf", DcTextConventions.Series(s), null);  // row series
        return new DublinCoreRecord(_out.ToImmutable());
    }

    private void Types(ResourceType type)
    {
        if (DcResourceTypes.DcmiTerm(type) is { } term) Add("type", "type", term, DcSchemes.DcmiType);
        if (DcResourceTypes.CatalogWord(type) is { } word) Add("type", word);
    }

    private void Identifiers(ImmutableArray<Identifier> ids)
    {
        foreach (var id in ids)
        {
            switch (id.Type)
            {
                case IdentifierType.Local:
                    Add("identifier", "identifier", DcIdentifiers.CatalogUrl(_baseUri, id.Value), DcSchemes.Uri);
                    Add("identifier", id.Value);
                    break;
                case IdentifierType.Url:
                    Add("identifier", "identifier", id.Value, DcSchemes.Uri);
                    break;
                default:
                    Add("identifier", "identifier", DcIdentifiers.UriOf(id)!, DcSchemes.Uri);
                    break;
            }
        }
    }

    private void Contents(ImmutableArray<ContentsSection> contents)
    {
        if (contents.IsDefaultOrEmpty) return;
        if (_qualified)
        {
            foreach (var item in DcTextConventions.ContentsItems(contents)) Add("tableOfContents", item);
            return;
        }

        Add("description", DcTextConventions.ContentsLabel + string.Join(DcTextConventions.ContentsSeparator, DcTextConventions.ContentsItems(contents)));
    }

    private static string? SchemeOf(string? scheme) => scheme?.ToLowerInvariant() switch
    {
        "lcsh" => DcSchemes.Lcsh,
        "mesh" => DcSchemes.Mesh,
        "ddc" => DcSchemes.Ddc,
        "lcc" => DcSchemes.Lcc,
        "udc" => "UDC",
        _ => null,
    };

    // A term that is the same in both profiles (dc:title / dcterms:title).
    private void Add(string name, string value) => Add(name, name, value, null);

    private void Add(string element, string term, string value, string? scheme) =>
        _out.Add(_qualified ? DcStatement.Term(term, value) with { Scheme = scheme } : DcStatement.Element(element, value));
}
