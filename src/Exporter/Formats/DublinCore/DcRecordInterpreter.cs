using Exporter.Formats.Common.Text;
using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Marc8;
using Exporter.Model;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// DC statements -> hub, one rule per row of docs/mappings/dublin-core.md: our own conventions first (labelled
/// descriptions, "Section: " contents, "Title ; N" series, identifier URIs), then generic DC as harvesters give it.
/// What has no place in the hub is reported (DC2001) and left out. One instance per record.
/// </summary>
internal sealed class DcRecordInterpreter(DublinCoreCrosswalkOptions options, IDiagnostics diagnostics)
{
    private readonly string _catalogPrefix = DcIdentifiers.CatalogPrefix(options.BaseUri);
    private readonly List<Contributor> _contributors = [];
    private readonly List<(Identifier Id, string? TwinOf)> _ids = [];
    private readonly List<string> _languages = [];
    private readonly List<string> _types = [];
    private readonly List<Subject> _genres = [];
    private readonly List<string> _contents = [];
    private readonly List<Review> _reviews = [];
    private readonly List<string> _notes = [];
    private readonly List<Subject> _subjects = [];
    private readonly List<SeriesStatement> _series = [];
    private readonly List<string> _rights = [];
    private string? _title;
    private string? _subtitle;
    private string? _publisher;
    private int? _year;
    private int? _firstPublished;
    private string? _edition;
    private Extent? _extent;
    private string? _description;
    private string? _abstract;

    public CatalogRecord Interpret(DublinCoreRecord record)
    {
        foreach (var s in record.Statements)
        {
            var value = UnicodeNormalizer.ToNfc(s.Value).Trim();
            if (value.Length > 0) Take(s, value);
        }

        var changed = LastModified(record.Header?.Datestamp);
        if (_title is null) Report(DcDiagnosticCodes.NoTitle, "the record has no dc:title; the hub title is empty", "dc:title");
        // The catalog URL next to its local number is the number's twin: dropped. Alone, it stays a web address.
        var ids = _ids.Where(x => x.TwinOf is null || !_ids.Exists(o => o.Id.Type == IdentifierType.Local && o.Id.Value == x.TwinOf)).Select(x => x.Id);
        return new CatalogRecord
        {
            Title = _title ?? "", Subtitle = _subtitle, Contributors = [.. _contributors], Publisher = _publisher,
            YearPublished = _year, FirstPublished = _firstPublished, Edition = _edition, Extent = _extent,
            ResourceType = Type(), Identifiers = [.. ids], Languages = [.. _languages.Distinct(StringComparer.Ordinal)],
            Series = [.. _series], Description = _description, Abstract = _abstract, Reviews = [.. _reviews],
            Contents = DcTextConventions.ParseContents(_contents), Subjects = [.. _genres, .. _subjects], Notes = [.. _notes],
            Rights = [.. _rights.Distinct(StringComparer.Ordinal)], LastModified = changed,
        };
    }

    private void Take(DcStatement s, string value)
    {
        switch (s.Name)
        {
            case "abstract": Abstract(value); return;                              // row abstract (qualified)
            case "tableOfContents": _contents.Add(value); return;                  // row contents (qualified)
            case "issued": Date(s, value); return;                                 // row date (qualified)
            case "extent": Extent(value); return;                                  // row extent (qualified)
            case "isPartOf": _series.Add(DcTextConventions.ParseSeries(value)); return; // row series (qualified)
            case "license": _rights.Add(value); return;                            // row rights (qualified: a licence)
        }

        switch (DcTerms.SimpleElementOf(s.Namespace, s.Name) is { } e && e == s.Name ? e : null)
        {
            case "title": Title(s, value); break;                                  // row title
            case "creator": _contributors.Add(Contributor.Person(value)); break;   // row creator
            case "contributor": _contributors.Add(Contributor.Person(value, ContributorRoles.Contributor)); break; // row contributor
            case "publisher" when _publisher is null: _publisher = value; break;   // row publisher
            case "date": Date(s, value); break;                                    // row date
            case "type": Type(s, value); break;                                    // rows type, genre
            case "format" when _extent is null && !IsMediaType(value): Extent(value); break; // row extent (simple)
            case "identifier": Identifier(value); break;                           // row identifier
            case "language": Language(s, value); break;                            // row language
            case "description": Description(value); break;                         // rows blurb, abstract, first published, edition, contents, reviews, notes
            case "subject": _subjects.Add(new Subject(value, SubjectScheme(s.Scheme))); break; // row subject
            case "relation" when !DcIdentifiers.IsUri(value): _series.Add(DcTextConventions.ParseSeries(value)); break; // row series (simple)
            case "rights": _rights.Add(value); break;                               // row rights
            default: NotMapped(s); break;
        }
    }

    // The OAI header's datestamp (a day, or a UTC date and time) is the record's last change.
    private DateTimeOffset? LastModified(string? datestamp)
    {
        if (datestamp is null || datestamp.Trim().Length == 0) return null;
        if (LastModifiedText.TryParse(datestamp.Trim(), out var changed)) return changed;         // row datestamp
        Report(DcDiagnosticCodes.ValueNotUnderstood, $"datestamp '{datestamp.Trim()}' is not a W3CDTF day or UTC time; the last change is left out", "header/datestamp");
        return null;
    }

    private void Title(DcStatement s, string value)
    {
        if (_title is not null)
        {
            NotMapped(s);
            return;
        }

        (_title, _subtitle) = DcTextConventions.ParseTitle(value);
    }

    private void Date(DcStatement s, string value)
    {
        if (_year is not null)
        {
            NotMapped(s);
            return;
        }

        _year = DcTextConventions.ParseYear(value);
        if (_year is null) Report(DcDiagnosticCodes.ValueNotUnderstood, $"date '{value}' holds no year; left out", s.QualifiedName);
    }

    private void Extent(string value) =>
        _extent = ExtentText.SimplePages(value) is int n ? new Extent(n) : new Extent(ExtentText.PagesIn(value), value);

    private void Identifier(string value)
    {
        var twin = value.StartsWith(_catalogPrefix, StringComparison.Ordinal) && value.Length > _catalogPrefix.Length
            ? Uri.UnescapeDataString(value[_catalogPrefix.Length..])
            : null;
        _ids.Add((DcIdentifiers.Parse(value), twin));
    }

    private void Language(DcStatement s, string value)
    {
        if (LanguageNames.ToCode(value) is { } code) _languages.Add(code);
        else Report(DcDiagnosticCodes.ValueNotUnderstood, $"language '{value}' is not an ISO 639-2 code or a known language name; left out", s.QualifiedName);
    }

    private void Abstract(string value)
    {
        if (_abstract is null) _abstract = value;
        else _notes.Add(value);
    }

    private void Description(string value)
    {
        if (DcTextConventions.ParseReview(value) is { } review) _reviews.Add(review);
        else if (DcTextConventions.ParseFirstPublished(value) is int fp && _firstPublished is null) _firstPublished = fp;
        else if (value.StartsWith(DcTextConventions.EditionLabel, StringComparison.Ordinal) && _edition is null) _edition = value[DcTextConventions.EditionLabel.Length..];
        else if (value.StartsWith(DcTextConventions.AbstractLabel, StringComparison.Ordinal) && _abstract is null) _abstract = value[DcTextConventions.AbstractLabel.Length..];
        else if (value.StartsWith(DcTextConventions.ContentsLabel, StringComparison.Ordinal) && _contents.Count == 0)
        {
            _contents.AddRange(value[DcTextConventions.ContentsLabel.Length..].Split(DcTextConventions.ContentsSeparator));
        }
        else if (_description is null && _notes.Count == 0) _description = value;
        else _notes.Add(value);
    }

    // A type word names the resource type; any other dc:type is a genre/form (655), a subject of kind Genre.
    private void Type(DcStatement s, string value)
    {
        if (DcResourceTypes.IsTypeWord(value)) _types.Add(value);
        else _genres.Add(new Subject(value, SubjectScheme(s.Scheme), SubjectKind.Genre));
    }

    private ResourceType Type()
    {
        if (_types.Count == 0 && _genres.Count == 0) return ResourceType.Book;
        if (DcResourceTypes.FromValues(_types) is { } t) return t;
        Report(DcDiagnosticCodes.ValueNotUnderstood, $"type '{string.Join("', '", _genres.Select(g => g.Heading))}' is no DCMI type or known word; resource type Other", "dc:type");
        return ResourceType.Other;
    }

    // "text/html", "application/pdf": a dc:format that names a media type, not an extent.
    private static bool IsMediaType(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < value.Length - 1 && !value.Contains(' ', StringComparison.Ordinal);
    }

    private static string? SubjectScheme(string? scheme) => scheme switch
    {
        DcSchemes.Lcsh => "lcsh",
        DcSchemes.Mesh => "mesh",
        DcSchemes.Ddc => "ddc",
        DcSchemes.Lcc => "lcc",
        "UDC" => "udc",
        _ => null,
    };

    private void NotMapped(DcStatement s) =>
        Report(DcDiagnosticCodes.NotMapped, $"{s.QualifiedName} has no place in the catalog record; left out", s.QualifiedName);

    private void Report(string code, string message, string field) =>
        diagnostics.Report(new Diagnostic(code, Severity.Warning, message) { Field = field });
}
