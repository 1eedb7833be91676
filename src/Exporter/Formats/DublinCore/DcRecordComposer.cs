using System.Collections.Immutable;
using Exporter.Formats.Common.Text;
using Exporter.Model;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Hub -> DC statements, one method per row of docs/mappings/dublin-core.md, in the order of crosswalks.md 2.4, with the
/// facts only a MARC source holds (<see cref="MarcDcFacts"/>) at the rows they belong to.
/// Simple: <c>dc:</c> elements only, no schemes. Qualified: <c>dcterms:</c> refinements with encoding schemes.
/// No statement is written twice: identifiers, names of publishers, dates, types, subjects (one heading in LCSH and
/// FAST is one subject), relations, places and rights are written once each.
/// </summary>
internal sealed class DcRecordComposer
{
    private static readonly string[] Deduplicated = ["publisher", "date", "type", "identifier", "language", "subject", "relation", "coverage", "rights"];

    private readonly DublinCoreCrosswalkOptions _options;
    private readonly bool _qualified;
    private readonly ImmutableArray<DcStatement>.Builder _out = ImmutableArray.CreateBuilder<DcStatement>();
    private readonly HashSet<(string Element, string Key)> _seen = [];

    public DcRecordComposer(DublinCoreCrosswalkOptions options)
    {
        _options = options;
        _qualified = options.Profile == DublinCoreProfile.Qualified;
    }

    /// <summary>True when the last record composed got a catalog URL minted from <see cref="DublinCoreCrosswalkOptions.BaseUri"/>.</summary>
    public bool MintedCatalogUrl { get; private set; }

    public DublinCoreRecord Compose(CatalogRecord r, MarcDcFacts? marc = null)
    {
        _out.Clear();
        _seen.Clear();
        MintedCatalogUrl = false;
        var title = DcTextConventions.Title(r.Title, r.Subtitle);                                   // row title
        if (title.Length > 0) Add("title", title);
        Alternates(marc, "title");                                                                  // row title (MARC 880)
        foreach (var c in r.Contributors) Add(c.IsAuthor ? "creator" : "contributor", c.Name);      // row creator/contributor
        Alternates(marc, "creator");                                                                // row creator/contributor (MARC 880)
        Alternates(marc, "contributor");
        if (r.Publisher is not null) Add("publisher", r.Publisher);                                 // row publisher
        foreach (var p in marc?.Publishers ?? []) Add("publisher", p);                              // row publisher (MARC: every 260/264 $b)
        Alternates(marc, "publisher");                                                              // row publisher (MARC 880)
        if (r.YearPublished is int y) Add("date", "issued", DcTextConventions.Year(y), DcSchemes.W3cdtf); // row date
        foreach (var d in marc?.Dates ?? []) Date(d, r.YearPublished);                              // row date (MARC: $c as written)
        Types(r.ResourceType);                                                                      // row type
        foreach (var g in r.Subjects.Where(s => s.Kind == SubjectKind.Genre)) Add("type", "type", g.Heading, SchemeOf(g.Scheme)); // row genre
        Alternates(marc, "type");                                                                   // row genre (MARC 880)
        if (r.Extent is { } e && e.Display.Length > 0) Add("format", "extent", e.Display, null);    // row extent
        Identifiers(r);                                                                             // row identifier
        foreach (var (term, uri) in marc?.Links ?? []) Add(term, term, uri, DcSchemes.Uri);         // row 856 (MARC)
        foreach (var l in r.Languages) Add("language", "language", l, DcSchemes.Iso639Part2);       // row language
        if (r.Languages.IsEmpty && _options.DefaultLanguage is { } dl && DcResourceTypes.DcmiTerm(r.ResourceType) == "Text")
        {
            Add("language", "language", dl, DcSchemes.Iso639Part2);                                 // row language (default for text)
        }

        if (r.Description is not null) Add("description", r.Description);                           // row blurb
        if (r.Abstract is not null && r.Abstract != r.Description)                                   // row abstract (never the blurb again)
        {
            if (_qualified) Add("abstract", r.Abstract);
            else Add("description", DcTextConventions.AbstractLabel + r.Abstract);
        }

        if (r.FirstPublished is int fp) Add("description", DcTextConventions.FirstPublished(fp));    // row first published
        if (r.Edition is not null) Add("description", DcTextConventions.EditionLabel + r.Edition);   // row edition
        Contents(r.Contents);                                                                       // row contents
        if (_options.IncludeReviews)
        {
            foreach (var rv in r.Reviews) Add("description", DcTextConventions.Review(rv));          // row reviews (--include-reviews)
        }

        foreach (var n in r.Notes) Add("description", n);                                           // row notes
        foreach (var n in marc?.Notes ?? []) Add("description", n);                                 // row notes (MARC: other 5XX)
        foreach (var s in r.Subjects.Where(s => s.Kind != SubjectKind.Genre)) Add("subject", "subject", s.Heading, SchemeOf(s.Scheme)); // row subject
        Alternates(marc, "subject");                                                                // row subject (MARC 880)
        foreach (var s in r.Series) Add("relation", "isPartOf", DcTextConventions.Series(s), null);  // row series
        foreach (var (term, value) in marc?.Relations ?? []) Add("relation", term, value, null);    // row relation (MARC 530, 760-787)
        foreach (var p in marc?.Places ?? []) Add("coverage", "spatial", p, null);                  // row coverage (MARC 662, 752)
        foreach (var (term, value) in marc?.Rights ?? [])                                           // row rights (MARC 506, 540 in field order)
        {
            if (term == "rights") Rights(value);
            else Add("rights", term, value, null);
        }

        foreach (var statement in r.Rights) Rights(statement);                                     // row rights (a MARC 540 the hub holds is written once)

        if (_options.Rights is { } fallback && !_out.Any(s => s.Name is "rights" or "accessRights" or "license"))
        {
            Rights(fallback.AbsoluteUri);                                                           // row rights (--rights)
        }

        return new DublinCoreRecord(_out.ToImmutable());
    }

    // A URI is a dcterms:URI; a Creative Commons licence is dcterms:license, any other (a RightsStatements.org
    // statement, which says it is no licence) and a text dcterms:rights.
    private void Rights(string statement)
    {
        if (!RightsText.IsUri(statement)) Add("rights", "rights", statement, null);
        else Add("rights", RightsText.IsLicence(statement) ? "license" : "rights", statement, DcSchemes.Uri);
    }

    private void Types(ResourceType type)
    {
        if (DcResourceTypes.DcmiTerm(type) is { } term) Add("type", "type", term, DcSchemes.DcmiType);
        if (DcResourceTypes.CatalogWord(type) is { } word) Add("type", word);
    }

    // A date as written ("19--2006", "1962-<2001>") unless it is the year already written with decorations ("c1988", "[1988?]").
    private void Date(string written, int? year)
    {
        var digits = string.Concat(written.Where(char.IsAsciiDigit));
        if (year is int y && digits == DcTextConventions.Year(y)) return;
        Add("date", "issued", written, null);
    }

    private void Identifiers(CatalogRecord r)
    {
        var catalogNumber = r.CatalogNumber;
        foreach (var id in r.Identifiers)
        {
            switch (id.Type)
            {
                // Only the record's own number gets a catalog URL; other agencies' numbers ("(OCoLC)...", "(RuMoEVIS)...") stay as written.
                case IdentifierType.Local when id.Value == catalogNumber && !DcIdentifiers.IsOtherAgencys(id.Value):
                    MintedCatalogUrl = true;
                    Add("identifier", "identifier", DcIdentifiers.CatalogUrl(_options.BaseUri, id.Value), DcSchemes.Uri);
                    Add("identifier", id.Value);
                    break;
                case IdentifierType.Local:
                    Add("identifier", id.Value);
                    break;
                case IdentifierType.Url:
                    Add("identifier", "identifier", id.Value, DcSchemes.Uri);
                    break;
                default:
                    if (DcIdentifiers.UriOf(id) is { Length: > 0 } uri) Add("identifier", "identifier", uri, DcSchemes.Uri);
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

        var items = DcTextConventions.ContentsItems(contents).ToList();
        if (items.Count > 0) Add("description", DcTextConventions.ContentsLabel + string.Join(DcTextConventions.ContentsSeparator, items));
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

    private void Add(string element, string term, string value, string? scheme, string? language = null)
    {
        if (Array.IndexOf(Deduplicated, element) >= 0 && !_seen.Add((element, element == "subject" ? SubjectKey(value) : value))) return;
        _out.Add((_qualified ? DcStatement.Term(term, value) with { Scheme = scheme } : DcStatement.Element(element, value)) with { Language = language });
    }

    // The original-script forms (880) of one element, with their xml:lang, after the romanized values.
    private void Alternates(MarcDcFacts? marc, string element)
    {
        if (marc is null) return;
        foreach (var a in marc.Alternates)
        {
            if (a.Element == element) Add(element, element, a.Value, null, a.Language);
        }
    }

    // One heading in two schemes (LCSH "Cats." and FAST "Cats") is one subject.
    private static string SubjectKey(string heading) => heading.TrimEnd('.', ' ').ToUpperInvariant();
}
