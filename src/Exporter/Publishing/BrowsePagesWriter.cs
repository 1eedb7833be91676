using System.Globalization;
using System.Text;

namespace Exporter.Publishing;

/// <summary>
/// Writes one browse list as numbered pages of links to the record pages (<c>browse/title-1.html</c>...), from its
/// entries in order, a page at a time: page 1 always exists (empty when the list is), every page links to the
/// previous, next, first and last. Returns the pages for the index.
/// </summary>
internal static class BrowsePagesWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static List<BrowsePageSummary> Write(string root, SiteLayout layout, BrowseList list, IEnumerable<BrowseEntry> sorted, long count, int pageSize, Action<string> page)
    {
        var pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        var summaries = new List<BrowsePageSummary>();
        Directory.CreateDirectory(Path.Combine(root, SiteFiles.BrowseFolder));
        var batch = new List<BrowseEntry>(pageSize);
        foreach (var entry in sorted)
        {
            batch.Add(entry);
            if (batch.Count < pageSize) continue;
            summaries.Add(WritePage(root, layout, list, summaries.Count + 1, pages, batch, page));
            batch.Clear();
        }

        if (batch.Count > 0 || summaries.Count == 0) summaries.Add(WritePage(root, layout, list, summaries.Count + 1, pages, batch, page));
        return summaries;
    }

    private static BrowsePageSummary WritePage(string root, SiteLayout layout, BrowseList list, long number, long pages, List<BrowseEntry> entries, Action<string> page)
    {
        var path = SiteFiles.BrowsePage(list.Name, number);
        var heading = pages == 1 ? list.Heading : list.Heading + ", page " + number.ToString(CultureInfo.InvariantCulture) + " of " + pages.ToString(CultureInfo.InvariantCulture);
        var html = new HtmlWriter(new StringBuilder(64 * Math.Max(1, entries.Count)));
        var description = entries.Count == 0 ? list.Heading + ": no entries." : $"{list.Heading}: {entries[0].Label} to {entries[^1].Label}.";
        PageShell.StartHead(html, heading, PageShell.Summary(description), layout.UrlOf(path));
        if (number > 1) html.Void("link", ("rel", "prev"), ("href", SiteFiles.Link(path, SiteFiles.BrowsePage(list.Name, number - 1)))).Line();
        if (number < pages) html.Void("link", ("rel", "next"), ("href", SiteFiles.Link(path, SiteFiles.BrowsePage(list.Name, number + 1)))).Line();
        PageShell.StartBody(html, path);
        html.Element("h1", heading).Line();
        if (entries.Count == 0) html.Element("p", "No entries.").Line();
        else
        {
            html.Open("ul").Line();
            foreach (var e in entries)
            {
                html.Open("li").Element("a", e.Label, ("href", SiteFiles.Link(path, e.Path)));
                if (e.Detail.Length > 0) html.Text(" \u2014 " + e.Detail);
                html.Close("li").Line();
            }

            html.Close("ul").Line();
        }

        Pager(html, list, path, number, pages);
        PageShell.End(html);
        File.WriteAllText(Path.Combine(root, path), html.Output.ToString(), Utf8);
        page(path);
        return entries.Count == 0 ? new BrowsePageSummary(path, "", "") : new BrowsePageSummary(path, entries[0].Label, entries[^1].Label);
    }

    private static void Pager(HtmlWriter html, BrowseList list, string path, long number, long pages)
    {
        if (pages == 1) return;
        html.Open("nav", ("aria-label", "Pages")).Open("ul");
        if (number > 1)
        {
            html.Open("li").Element("a", "First page", ("href", SiteFiles.Link(path, SiteFiles.BrowsePage(list.Name, 1)))).Close("li");
            html.Open("li").Element("a", "Previous page", ("href", SiteFiles.Link(path, SiteFiles.BrowsePage(list.Name, number - 1))), ("rel", "prev")).Close("li");
        }

        if (number < pages)
        {
            html.Open("li").Element("a", "Next page", ("href", SiteFiles.Link(path, SiteFiles.BrowsePage(list.Name, number + 1))), ("rel", "next")).Close("li");
            html.Open("li").Element("a", "Last page", ("href", SiteFiles.Link(path, SiteFiles.BrowsePage(list.Name, pages)))).Close("li");
        }

        html.Close("ul").Close("nav").Line();
    }
}
