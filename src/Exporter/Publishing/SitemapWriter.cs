using System.Text;

namespace Exporter.Publishing;

/// <summary>
/// Writes the sitemap as URLs come, streaming: into <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>... each within
/// <see cref="SitemapLimits"/>; at the end a single one is renamed <c>sitemap.xml</c>, and several get a sitemap index
/// <c>sitemap.xml</c> listing them. Every URL carries the run's <c>lastmod</c>. The numbered files sit at the site's
/// root, since a sitemap may only list URLs at or below its own folder.
/// </summary>
internal sealed class SitemapWriter : IDisposable
{
    private const string Header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    private const string Footer = "</urlset>\n";
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly string _root;
    private readonly SiteLayout _layout;
    private readonly SitemapLimits _limits;
    private readonly string _lastModified;
    private FileStream? _current;
    private int _urls;
    private long _bytes;

    public SitemapWriter(string root, SiteLayout layout, SitemapLimits limits, DateTimeOffset lastModified)
    {
        _root = root;
        _layout = layout;
        _limits = limits;
        _lastModified = lastModified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many sitemap files were started.</summary>
    public int Files { get; private set; }

    /// <summary>How many URLs were listed.</summary>
    public long Urls { get; private set; }

    /// <summary>Lists the page at a site-relative path.</summary>
    public void Add(string path)
    {
        var entry = Utf8.GetBytes("<url><loc>" + Escape(_layout.UrlOf(path)) + "</loc><lastmod>" + _lastModified + "</lastmod></url>\n");
        if (_current is null || _urls >= _limits.MaxUrls || _bytes + entry.Length + Footer.Length > _limits.MaxBytes) Next();
        _current!.Write(entry);
        _bytes += entry.Length;
        _urls++;
        Urls++;
    }

    /// <summary>Closes the last file and writes <c>sitemap.xml</c>.</summary>
    public void Finish()
    {
        if (_current is null) Next();
        Close();
        if (Files == 1)
        {
            File.Move(Path.Combine(_root, SiteFiles.NumberedSitemap(1)), Path.Combine(_root, SiteFiles.Sitemap));
            return;
        }

        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (var i = 1; i <= Files; i++)
            sb.Append("<sitemap><loc>").Append(Escape(_layout.UrlOf(SiteFiles.NumberedSitemap(i)))).Append("</loc><lastmod>").Append(_lastModified).Append("</lastmod></sitemap>\n");
        sb.Append("</sitemapindex>\n");
        File.WriteAllText(Path.Combine(_root, SiteFiles.Sitemap), sb.ToString(), Utf8);
    }

    public void Dispose() => _current?.Dispose();

    private void Next()
    {
        Close();
        Files++;
        _current = new FileStream(Path.Combine(_root, SiteFiles.NumberedSitemap(Files)), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        var header = Utf8.GetBytes(Header);
        _current.Write(header);
        _bytes = header.Length;
        _urls = 0;
    }

    private void Close()
    {
        if (_current is null) return;
        _current.Write(Utf8.GetBytes(Footer));
        _current.Dispose();
        _current = null;
    }

    /// <summary>XML text escaping for a URL (the base URL may hold '&amp;').</summary>
    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
