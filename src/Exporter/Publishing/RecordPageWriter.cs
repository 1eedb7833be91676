using System.Text;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;

namespace Exporter.Publishing;

/// <summary>
/// A record's HTML5 page: head with title, description, canonical and alternate links and the record's JSON-LD;
/// body with the facts as visible text (<see cref="RecordFactsWriter"/>). Every piece of record text goes through
/// <see cref="HtmlWriter"/>'s escaping.
/// </summary>
internal static class RecordPageWriter
{
    public static string Write(RecordPage page)
    {
        var record = page.Record;
        var html = new HtmlWriter(new StringBuilder(8192));
        PageShell.StartHead(html, Title(record), Description(record), page.CanonicalUrl);
        foreach (var a in page.Alternates)
            html.Void("link", ("rel", "alternate"), ("type", a.MediaType), ("href", a.Href), ("title", a.Label)).Line();
        html.Open("script", ("type", "application/ld+json")).Line().Raw(page.JsonLdScript).Line().Close("script").Line();
        PageShell.StartBody(html, page.Path);
        html.Open("article", ("lang", ContentLanguage(record))).Line();
        RecordFactsWriter.Write(html, record);
        if (page.Alternates.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "formats")).Line();
            html.Element("h2", "This record in other formats", ("id", "formats")).Line();
            html.Open("ul", ("lang", "en"));
            foreach (var a in page.Alternates) html.Open("li").Element("a", a.Label, ("href", a.Href), ("type", a.MediaType)).Close("li");
            html.Close("ul").Line();
            html.Close("section").Line();
        }

        html.Close("article").Line();
        PageShell.End(html);
        return html.Output.ToString();
    }

    /// <summary>"Title: subtitle / first contributor", for the title element.</summary>
    public static string Title(CatalogRecord record)
    {
        var title = FullTitle(record);
        var first = record.Contributors.FirstOrDefault();
        return first is null ? title : title + " / " + first.Name;
    }

    /// <summary>The title with its subtitle; "Untitled record" for a record without one.</summary>
    public static string FullTitle(CatalogRecord record)
    {
        var title = string.IsNullOrWhiteSpace(record.Title) ? "Untitled record" : record.Title;
        return string.IsNullOrWhiteSpace(record.Subtitle) ? title : title + ": " + record.Subtitle;
    }

    /// <summary>The summary or blurb, else a sentence of title, contributors and publication.</summary>
    public static string Description(CatalogRecord record)
    {
        var text = record.Abstract ?? record.Description;
        if (!string.IsNullOrWhiteSpace(text)) return PageShell.Summary(text);
        var sb = new StringBuilder(FullTitle(record));
        if (record.Contributors.Length > 0) sb.Append(", by ").Append(string.Join("; ", record.Contributors.Take(3).Select(c => c.Name)));
        var publication = RecordFactsWriter.Publication(record);
        if (publication.Length > 0) sb.Append(". ").Append(publication);
        return PageShell.Summary(sb.Append('.').ToString());
    }

    /// <summary>The BCP 47 tag of the record's first language, or "und" when unknown.</summary>
    public static string ContentLanguage(CatalogRecord record)
    {
        var code = record.Languages.FirstOrDefault();
        if (code is null) return "und";
        var tag = LanguageCodes.Bcp47(code);
        return tag.Length is >= 2 and <= 3 && tag.All(char.IsAsciiLetterLower) ? tag : "und";
    }
}
