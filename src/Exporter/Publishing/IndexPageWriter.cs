using System.Globalization;
using System.Text;

namespace Exporter.Publishing;

/// <summary>The home page: the site's title, how many records it holds, and every page of each browse list, so
/// that every record page is reachable by links from it.</summary>
internal static class IndexPageWriter
{
    public static string Write(SiteLayout layout, string siteTitle, long records, IReadOnlyList<(BrowseList List, List<BrowsePageSummary> Pages)> lists)
    {
        var html = new HtmlWriter(new StringBuilder(4096));
        var count = records.ToString("N0", CultureInfo.InvariantCulture) + (records == 1 ? " record" : " records");
        PageShell.StartHead(html, siteTitle, PageShell.Summary($"{siteTitle}: {count}, browsable by title and by author."), layout.UrlOf(SiteFiles.Index));
        PageShell.StartBody(html, SiteFiles.Index);
        html.Element("h1", siteTitle).Line();
        html.Element("p", count + ".").Line();
        foreach (var (list, pages) in lists)
        {
            var id = "browse-" + list.Name;
            html.Open("section", ("aria-labelledby", id)).Line();
            html.Element("h2", list.Heading, ("id", id)).Line();
            html.Open("ul").Line();
            foreach (var (p, i) in pages.Select((p, i) => (p, i + 1)))
            {
                var label = p.First.Length == 0 ? "No entries"
                    : pages.Count == 1 ? "All entries"
                    : "Page " + i.ToString(CultureInfo.InvariantCulture) + ": " + p.First + " \u2013 " + p.Last;
                html.Open("li").Element("a", label, ("href", SiteFiles.Link(SiteFiles.Index, p.Path))).Close("li").Line();
            }

            html.Close("ul").Line();
            html.Close("section").Line();
        }

        PageShell.End(html);
        return html.Output.ToString();
    }
}
