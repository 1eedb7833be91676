namespace Exporter.Publishing;

/// <summary>The names of the site's own files, and how links between its pages are written.</summary>
internal static class SiteFiles
{
    /// <summary>The home page, with the browse lists' first pages.</summary>
    public const string Index = "index.html";

    /// <summary>The sitemap, or the sitemap index when the URLs need more than one sitemap.</summary>
    public const string Sitemap = "sitemap.xml";

    /// <summary>robots.txt, naming the sitemap.</summary>
    public const string Robots = "robots.txt";

    /// <summary>The file that marks a folder as a site this tool published, so that a rerun may replace it.</summary>
    public const string Marker = ".exporter-site";

    /// <summary>The browse pages' folder.</summary>
    public const string BrowseFolder = "browse";

    /// <summary>Page <paramref name="number"/> (1-based) of a browse list: <c>browse/title-1.html</c>.</summary>
    public static string BrowsePage(string list, long number) =>
        BrowseFolder + "/" + list + "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".html";

    /// <summary>The numbered sitemap files of a split sitemap, beside the index (a sitemap lists only URLs at or below its own folder).</summary>
    public static string NumberedSitemap(int number) => "sitemap-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".xml";

    /// <summary>The link from the page at <paramref name="from"/> to <paramref name="to"/> (both site-relative,
    /// '/'-separated), relative, so the site works wherever it is served and from the file system.</summary>
    public static string Link(string from, string to)
    {
        var fromParts = from.Split('/');
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length - 1 && common < toParts.Length - 1 && fromParts[common] == toParts[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - 1 - common));
        return up + string.Join('/', toParts.Skip(common));
    }
}
