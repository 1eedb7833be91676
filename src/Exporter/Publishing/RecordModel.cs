using System.Globalization;
using Exporter.Formats.Common.Text;
using Exporter.Model;
using Fluid.Values;
using static Exporter.Publishing.TemplateValues;

namespace Exporter.Publishing;

/// <summary>
/// The <c>record</c> a record page template gets: the facts ready to show in order (<c>facts</c>: contributors with
/// roles, publication, first published, edition, extent, type, languages, identifiers, series, rights, each with an English
/// <c>label</c>, its <c>text</c> and, for a web address, a <c>url</c>, with <c>rel</c> <c>license</c> for a rights
/// statement URI), the same facts as their own fields for
/// templates that lay them out otherwise, and the summary, reviews, contents, subjects and notes. Labels are English;
/// the record's own text is in <c>content_language</c>.
/// </summary>
internal static class RecordModel
{
    public static FluidValue Of(CatalogRecord record) => Object(
        ("id", Text(RecordKey.Of(record))),
        ("title", Text(RecordPageWriter.FullTitle(record))),
        ("main_title", Text(record.Title)),
        ("subtitle", Text(record.Subtitle)),
        ("content_language", Text(RecordPageWriter.ContentLanguage(record))),
        ("facts", List(Facts(record), f => Object(("label", Text(f.Label)), ("text", Text(f.Text)), ("url", Text(f.Url)), ("rel", Text(f.Rel))))),
        ("contributors", List(record.Contributors, c => Object(("name", Text(c.Name)), ("roles", Texts(c.Roles))))),
        ("publication", Text(Publication(record))),
        ("place", Text(record.Place)),
        ("publisher", Text(record.Publisher)),
        ("year", record.YearPublished is int year ? Number(year) : null),
        ("first_published", record.FirstPublished is int first ? Number(first) : null),
        ("edition", Text(Blank(record.Edition))),
        ("extent", Text(record.Extent is { Display.Length: > 0 } extent ? extent.Display : null)),
        ("type", Text(record.ResourceType.ToString())),
        ("languages", Texts(record.Languages)),
        ("rights", Texts(record.Rights)),
        ("identifiers", List(record.Identifiers, id => Object(
            ("type", Text(id.Type.ToString())), ("label", Text(IdentifierLabel(id))), ("value", Text(id.Value)),
            ("qualifier", Text(id.Qualifier)), ("text", Text(IdentifierText(id))), ("url", Text(WebAddress(id)))))),
        ("series", List(record.Series, s => Object(("title", Text(s.Title)), ("number", Text(s.Number)), ("text", Text(SeriesText(s)))))),
        ("summary", Texts(Summary(record))),
        ("reviews", List(record.Reviews, r => Object(("paragraphs", Texts(r.Paragraphs)), ("reviewer", Text(r.Reviewer))))),
        ("contents", List(record.Contents, s => Object(("heading", Text(s.Heading)), ("entries", List(s.Entries, e => Object(
            ("number", Text(e.Number)), ("title", Text(e.Title)), ("text", Text(e.Number is null ? e.Title : e.Number + ". " + e.Title)))))))),
        ("subjects", Texts(record.Subjects.Select(s => s.Heading.Replace("--", " \u2014 ", StringComparison.Ordinal)).Where(NotBlank))),
        ("notes", Texts(record.Notes.Where(NotBlank))));

    /// <summary>"Place: Publisher, Year" with the parts that are known.</summary>
    public static string Publication(CatalogRecord record)
    {
        var who = string.Join(": ", new[] { record.Place, record.Publisher }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var year = record.YearPublished?.ToString(CultureInfo.InvariantCulture);
        return string.Join(", ", new[] { who, year }.Where(s => !string.IsNullOrEmpty(s)));
    }

    /// <summary>The facts of the page's list, in order: label, text, a link for web addresses, and the link type of a rights URI.</summary>
    public static IEnumerable<(string Label, string Text, string? Url, string? Rel)> Facts(CatalogRecord record)
    {
        foreach (var c in record.Contributors)
            yield return ("Contributor", c.Name + (c.Roles.Length > 0 ? " (" + string.Join(", ", c.Roles) + ")" : ""), null, null);
        var publication = Publication(record);
        if (publication.Length > 0) yield return ("Published", publication, null, null);
        if (record.FirstPublished is int first) yield return ("First published", first.ToString(CultureInfo.InvariantCulture), null, null);
        if (Blank(record.Edition) is { } edition) yield return ("Edition", edition, null, null);
        if (record.Extent is { } extent && extent.Display.Length > 0) yield return ("Extent", extent.Display, null, null);
        yield return ("Type", record.ResourceType.ToString(), null, null);
        foreach (var language in record.Languages) yield return ("Language", language, null, null);
        foreach (var id in record.Identifiers) yield return (IdentifierLabel(id), IdentifierText(id), WebAddress(id), null);
        foreach (var s in record.Series) yield return ("Series", SeriesText(s), null, null);
        // A rights statement URI is a link with rel="license" (HTML's link type for the main content's terms); a text is text.
        foreach (var rights in record.Rights)
            yield return RightsText.IsUri(rights) && Uri.TryCreate(rights, UriKind.Absolute, out var uri) ? ("Rights", rights, uri.AbsoluteUri, "license") : ("Rights", rights, null, null);
    }

    private static IEnumerable<string> Summary(CatalogRecord record) =>
        new[] { record.Abstract, record.Description }.Where(NotBlank).Distinct(StringComparer.Ordinal)!;

    private static string IdentifierLabel(Identifier id) => id.Type switch
    {
        IdentifierType.Local => "Catalog number",
        IdentifierType.Isbn => "ISBN",
        IdentifierType.Issn => "ISSN",
        IdentifierType.Lccn => "LCCN",
        IdentifierType.Oclc => "OCLC number",
        IdentifierType.Doi => "DOI",
        IdentifierType.Url => "Web address",
        _ => id.Type.ToString(),
    };

    private static string IdentifierText(Identifier id) => id.Qualifier is null ? id.Value : id.Value + " (" + id.Qualifier + ")";

    /// <summary>An http(s) web address identifier as a link; null for anything else.</summary>
    private static string? WebAddress(Identifier id) =>
        id.Type == IdentifierType.Url && Uri.TryCreate(id.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string SeriesText(SeriesStatement s) => s.Number is null ? s.Title : s.Title + " ; " + s.Number;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static bool NotBlank(string? s) => !string.IsNullOrWhiteSpace(s);
}
