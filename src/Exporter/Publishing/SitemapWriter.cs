using System.Buffers;
using System.Text;
using Exporter.Formats.Common;

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
    private readonly ArrayBufferWriter<byte> _entry = new(1024);
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
        _entry.ResetWrittenCount();
        Entry(_entry, "url", _layout.UrlOf(path));
        var entry = _entry.WrittenSpan;
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

        var index = new ArrayBufferWriter<byte>();
        XmlUtf8Escaper.Raw(index, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"u8);
        for (var i = 1; i <= Files; i++) Entry(index, "sitemap", _layout.UrlOf(SiteFiles.NumberedSitemap(i)));
        XmlUtf8Escaper.Raw(index, "</sitemapindex>\n"u8);
        File.WriteAllBytes(Path.Combine(_root, SiteFiles.Sitemap), index.WrittenSpan);
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

    /// <summary>
    /// One <c>&lt;url&gt;</c> or <c>&lt;sitemap&gt;</c> entry: its URL entity-escaped (<see cref="XmlEscapeStyle.Entities"/>:
    /// the base URL may hold '&amp;', a record id quotes), then the run's <c>lastmod</c>.
    /// </summary>
    private void Entry(ArrayBufferWriter<byte> output, string element, string url)
    {
        XmlUtf8Escaper.Raw(output, "<"u8);
        XmlUtf8Escaper.WriteUtf8(output, element);
        XmlUtf8Escaper.Raw(output, "><loc>"u8);
        var rest = url.AsSpan();
        while (XmlUtf8Escaper.Write(output, rest, attribute: false, XmlEscapeStyle.Entities) is var i and >= 0)
        {
            XmlUtf8Escaper.Raw(output, "\uFFFD"u8); // a character XML cannot carry
            rest = rest[(i + 1)..];
        }

        XmlUtf8Escaper.Raw(output, "</loc><lastmod>"u8);
        XmlUtf8Escaper.WriteUtf8(output, _lastModified);
        XmlUtf8Escaper.Raw(output, "</lastmod></"u8);
        XmlUtf8Escaper.WriteUtf8(output, element);
        XmlUtf8Escaper.Raw(output, ">\n"u8);
    }
}
