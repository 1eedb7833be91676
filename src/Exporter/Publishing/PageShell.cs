namespace Exporter.Publishing;

/// <summary>
/// The parts every page of the site shares: the document start with charset, viewport, title, description and
/// canonical link, a small stylesheet (no script is needed), the site navigation, and the end.
/// </summary>
internal static class PageShell
{
    private const string Style = "body{max-width:48rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5;color:#111;background:#fff}"
        + "a{color:#0645ad}dt{font-weight:bold;margin-top:.5rem}dd{margin-left:1.5rem}nav ul{list-style:none;padding:0}nav li{display:inline;margin-right:.75rem}";

    /// <summary>Writes everything up to the end of the head's own links; the caller adds its links and scripts, then <see cref="StartBody"/>.</summary>
    public static void StartHead(HtmlWriter html, string title, string description, string canonicalUrl)
    {
        html.Raw("<!DOCTYPE html>\n");
        html.Open("html", ("lang", "en")).Line();
        html.Open("head").Line();
        html.Void("meta", ("charset", "utf-8")).Line();
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        html.Element("title", title).Line();
        html.Void("meta", ("name", "description"), ("content", description)).Line();
        html.Void("link", ("rel", "canonical"), ("href", canonicalUrl)).Line();
        html.Element("style", Style).Line();
    }

    /// <summary>Closes the head and opens the body with the link home (from the page at <paramref name="path"/>).</summary>
    public static void StartBody(HtmlWriter html, string path)
    {
        html.Close("head").Line();
        html.Open("body").Line();
        html.Open("header").Open("nav", ("aria-label", "Site")).Open("ul");
        html.Open("li").Element("a", "Catalog home", ("href", SiteFiles.Link(path, SiteFiles.Index))).Close("li");
        html.Open("li").Element("a", "Titles A-Z", ("href", SiteFiles.Link(path, SiteFiles.BrowsePage(BrowseList.Titles.Name, 1)))).Close("li");
        html.Open("li").Element("a", "Authors A-Z", ("href", SiteFiles.Link(path, SiteFiles.BrowsePage(BrowseList.Authors.Name, 1)))).Close("li");
        html.Close("ul").Close("nav").Close("header").Line();
        html.Open("main").Line();
    }

    /// <summary>Closes main, body and html.</summary>
    public static void End(HtmlWriter html)
    {
        html.Close("main").Line();
        html.Close("body").Line();
        html.Close("html").Line();
    }

    /// <summary>A description for the meta tag: at most <paramref name="max"/> characters, cut at a space, on one line.</summary>
    public static string Summary(string text, int max = 300)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOf(' ', max - 1);
        return flat[..(cut > max / 2 ? cut : max - 1)] + "\u2026";
    }
}
