using System.Globalization;
using System.Text;
using static Exporter.Publishing.TemplateValues;

namespace Exporter.Publishing;

/// <summary>
/// Writes one browse list as numbered pages of links to the record pages (<c>browse/title-1.html</c>...), from its
/// entries in order, a page at a time: page 1 always exists (empty when the list is), every page links to the
/// previous, next, first and last. Returns the pages for the index. The <c>browse.liquid</c> template gets, beside
/// <c>site</c> and <c>page</c>: <c>heading</c>, <c>list</c> (<c>name</c>, <c>heading</c>), <c>entries</c> (each with
/// <c>href</c>, <c>label</c>, <c>detail</c>) and <c>paging</c> (<c>number</c>, <c>count</c>, and the links
/// <c>first</c>, <c>previous</c>, <c>next</c>, <c>last</c>; <c>previous</c> and <c>next</c> are nil where there is none).
/// </summary>
internal static class BrowsePagesWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static List<BrowsePageSummary> Write(string root, PageRenderer renderer, BrowseList list, IEnumerable<BrowseEntry> sorted, long count, int pageSize, Action<string> page)
    {
        var pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        var summaries = new List<BrowsePageSummary>();
        Directory.CreateDirectory(Path.Combine(root, SiteFiles.BrowseFolder));
        var batch = new List<BrowseEntry>(pageSize);
        foreach (var entry in sorted)
        {
            batch.Add(entry);
            if (batch.Count < pageSize) continue;
            summaries.Add(WritePage(root, renderer, list, summaries.Count + 1, pages, batch, page));
            batch.Clear();
        }

        if (batch.Count > 0 || summaries.Count == 0) summaries.Add(WritePage(root, renderer, list, summaries.Count + 1, pages, batch, page));
        return summaries;
    }

    private static BrowsePageSummary WritePage(string root, PageRenderer renderer, BrowseList list, long number, long pages, List<BrowseEntry> entries, Action<string> page)
    {
        var path = SiteFiles.BrowsePage(list.Name, number);
        var heading = pages == 1 ? list.Heading : list.Heading + ", page " + number.ToString(CultureInfo.InvariantCulture) + " of " + pages.ToString(CultureInfo.InvariantCulture);
        var description = entries.Count == 0 ? list.Heading + ": no entries." : $"{list.Heading}: {entries[0].Label} to {entries[^1].Label}.";
        string Link(long n) => SiteFiles.Link(path, SiteFiles.BrowsePage(list.Name, n));
        var html = renderer.Browse(path, heading, PageText.Summary(description),
            ("heading", Text(heading)),
            ("list", Object(("name", Text(list.Name)), ("heading", Text(list.Heading)))),
            ("entries", List(entries, e => Object(("href", Text(SiteFiles.Link(path, e.Path))), ("label", Text(e.Label)), ("detail", Text(e.Detail))))),
            ("paging", Object(
                ("number", Number(number)),
                ("count", Number(pages)),
                ("first", Text(Link(1))),
                ("previous", number > 1 ? Text(Link(number - 1)) : null),
                ("next", number < pages ? Text(Link(number + 1)) : null),
                ("last", Text(Link(pages))))));
        File.WriteAllText(Path.Combine(root, path), html, Utf8);
        page(path);
        return entries.Count == 0 ? new BrowsePageSummary(path, "", "") : new BrowsePageSummary(path, entries[0].Label, entries[^1].Label);
    }
}
