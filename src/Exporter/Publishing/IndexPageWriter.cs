using System.Globalization;
using static Exporter.Publishing.TemplateValues;

namespace Exporter.Publishing;

/// <summary>
/// The home page: the site's title, how many records it holds, and every page of each browse list, so that every
/// record page is reachable by links from it. The <c>index.liquid</c> template gets, beside <c>site</c> and
/// <c>page</c>: <c>record_count</c> (a number), <c>record_count_text</c> ("12 records") and <c>browse_lists</c>,
/// each with <c>name</c>, <c>heading</c> and <c>pages</c> (each with <c>href</c>, <c>label</c>, <c>number</c>,
/// <c>first</c> and <c>last</c> entry).
/// </summary>
internal static class IndexPageWriter
{
    public static string Write(PageRenderer renderer, long records, IReadOnlyList<(BrowseList List, List<BrowsePageSummary> Pages)> lists)
    {
        var count = records.ToString("N0", CultureInfo.InvariantCulture) + (records == 1 ? " record" : " records");
        var description = PageText.Summary($"{renderer.SiteTitle}: {count}, browsable by title and by author.");
        return renderer.Index(description,
            ("record_count", Number(records)),
            ("record_count_text", Text(count)),
            ("browse_lists", List(lists, l => Object(
                ("name", Text(l.List.Name)),
                ("heading", Text(l.List.Heading)),
                ("pages", List(l.Pages.Select((p, i) => (p, i + 1)), x => Object(
                    ("href", Text(SiteFiles.Link(SiteFiles.Index, x.p.Path))),
                    ("label", Text(Label(x.p, x.Item2, l.Pages.Count))),
                    ("number", Number(x.Item2)),
                    ("first", Text(x.p.First)),
                    ("last", Text(x.p.Last)))))))));
    }

    private static string Label(BrowsePageSummary page, int number, int pages) =>
        page.First.Length == 0 ? "No entries"
        : pages == 1 ? "All entries"
        : "Page " + number.ToString(CultureInfo.InvariantCulture) + ": " + page.First + " \u2013 " + page.Last;
}
