using System.Globalization;
using Exporter.Formats.Common.Text;
using Exporter.Model;

namespace Exporter.Publishing;

/// <summary>
/// The record's facts as visible text: title, contributors with roles, publication, edition, extent, identifiers,
/// series, languages, rights, then the summary, reviews, contents, subjects and notes as sections. Labels are English
/// (<c>lang="en"</c>); the record's own text takes the article's language.
/// </summary>
internal static class RecordFactsWriter
{
    public static void Write(HtmlWriter html, CatalogRecord record)
    {
        html.Element("h1", RecordPageWriter.FullTitle(record)).Line();
        html.Open("dl").Line();
        foreach (var c in record.Contributors)
            Fact(html, "Contributor", c.Name + (c.Roles.Length > 0 ? " (" + string.Join(", ", c.Roles) + ")" : ""));
        var publication = Publication(record);
        if (publication.Length > 0) Fact(html, "Published", publication);
        if (record.FirstPublished is int first) Fact(html, "First published", first.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(record.Edition)) Fact(html, "Edition", record.Edition);
        if (record.Extent is { } extent && extent.Display.Length > 0) Fact(html, "Extent", extent.Display);
        Fact(html, "Type", record.ResourceType.ToString());
        foreach (var language in record.Languages) Fact(html, "Language", language);
        foreach (var id in record.Identifiers) Identifier(html, id);
        foreach (var s in record.Series) Fact(html, "Series", s.Number is null ? s.Title : s.Title + " ; " + s.Number);
        foreach (var rights in record.Rights) Rights(html, rights);
        html.Close("dl").Line();

        Paragraphs(html, "summary", "Summary", [record.Abstract, record.Description]);
        Reviews(html, record);
        Contents(html, record);
        List(html, "subjects", "Subjects", record.Subjects.Select(s => s.Heading.Replace("--", " \u2014 ", StringComparison.Ordinal)));
        List(html, "notes", "Notes", record.Notes);
    }

    /// <summary>"Place: Publisher, Year" with the parts that are known.</summary>
    public static string Publication(CatalogRecord record)
    {
        var who = string.Join(": ", new[] { record.Place, record.Publisher }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var year = record.YearPublished?.ToString(CultureInfo.InvariantCulture);
        return string.Join(", ", new[] { who, year }.Where(s => !string.IsNullOrEmpty(s)));
    }

    private static void Fact(HtmlWriter html, string label, string value)
    {
        html.Element("dt", label, ("lang", "en")).Element("dd", value).Line();
    }

    private static void Identifier(HtmlWriter html, Identifier id)
    {
        var label = id.Type switch
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
        var text = id.Qualifier is null ? id.Value : id.Value + " (" + id.Qualifier + ")";
        html.Element("dt", label, ("lang", "en"));
        if (id.Type == IdentifierType.Url && Uri.TryCreate(id.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            html.Open("dd").Element("a", text, ("href", uri.AbsoluteUri)).Close("dd").Line();
        else html.Element("dd", text).Line();
    }

    // A rights statement URI is a link with rel="license" (HTML's link type for the page's main content's terms), a text is text.
    private static void Rights(HtmlWriter html, string rights)
    {
        html.Element("dt", "Rights", ("lang", "en"));
        if (RightsText.IsUri(rights) && Uri.TryCreate(rights, UriKind.Absolute, out var uri))
            html.Open("dd").Element("a", rights, ("href", uri.AbsoluteUri), ("rel", "license")).Close("dd").Line();
        else html.Element("dd", rights).Line();
    }

    private static void Paragraphs(HtmlWriter html, string id, string heading, IEnumerable<string?> paragraphs)
    {
        var texts = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToList();
        if (texts.Count == 0) return;
        Section(html, id, heading);
        foreach (var p in texts) html.Element("p", p!).Line();
        html.Close("section").Line();
    }

    private static void Reviews(HtmlWriter html, CatalogRecord record)
    {
        if (record.Reviews.Length == 0) return;
        Section(html, "reviews", "Reviews");
        foreach (var review in record.Reviews)
        {
            html.Open("figure").Open("blockquote");
            foreach (var p in review.Paragraphs) html.Element("p", p);
            html.Close("blockquote");
            if (review.Reviewer is not null) html.Element("figcaption", "\u2014 " + review.Reviewer);
            html.Close("figure").Line();
        }

        html.Close("section").Line();
    }

    private static void Contents(HtmlWriter html, CatalogRecord record)
    {
        if (record.Contents.Length == 0) return;
        Section(html, "contents", "Contents");
        foreach (var section in record.Contents)
        {
            if (section.Heading is not null) html.Element("h3", section.Heading).Line();
            html.Open("ul");
            foreach (var e in section.Entries) html.Element("li", e.Number is null ? e.Title : e.Number + ". " + e.Title);
            html.Close("ul").Line();
        }

        html.Close("section").Line();
    }

    private static void List(HtmlWriter html, string id, string heading, IEnumerable<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        if (list.Count == 0) return;
        Section(html, id, heading);
        html.Open("ul");
        foreach (var i in list) html.Element("li", i);
        html.Close("ul").Line();
        html.Close("section").Line();
    }

    private static void Section(HtmlWriter html, string id, string heading)
    {
        html.Open("section", ("aria-labelledby", id)).Line();
        html.Element("h2", heading, ("id", id), ("lang", "en")).Line();
    }
}
