using System.Text;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;
using Fluid.Values;
using static Exporter.Publishing.TemplateValues;

namespace Exporter.Publishing;

/// <summary>
/// A record page's model and the texts derived for it. The <c>record.liquid</c> template gets, beside <c>site</c> and
/// <c>page</c> (<see cref="PageRenderer"/>): <c>record</c> (<see cref="RecordModel"/>), <c>alternates</c> (each with
/// <c>href</c>, <c>media_type</c>, <c>label</c>) and <c>json_ld</c>, the record's JSON-LD document already safe as the
/// text of a <c>&lt;script type="application/ld+json"&gt;</c> (written as it is, never escaped).
/// </summary>
internal static class RecordPageWriter
{
    /// <summary>The page's own values.</summary>
    public static (string Name, FluidValue Value)[] Model(RecordPage page) =>
    [
        ("record", RecordModel.Of(page.Record)),
        ("alternates", List(page.Alternates, a => Object(("href", Text(a.Href)), ("media_type", Text(a.MediaType)), ("label", Text(a.Label))))),
        ("json_ld", Markup(page.JsonLdScript)),
    ];

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
        if (!string.IsNullOrWhiteSpace(text)) return PageText.Summary(text);
        var sb = new StringBuilder(FullTitle(record));
        if (record.Contributors.Length > 0) sb.Append(", by ").Append(string.Join("; ", record.Contributors.Take(3).Select(c => c.Name)));
        var publication = RecordModel.Publication(record);
        if (publication.Length > 0) sb.Append(". ").Append(publication);
        return PageText.Summary(sb.Append('.').ToString());
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
