namespace Exporter.Publishing;

/// <summary>How much one sitemap file may hold (sitemaps.org: 50,000 URLs and 50 MB uncompressed); past either,
/// the URLs go to numbered sitemaps and <c>sitemap.xml</c> becomes their index.</summary>
public sealed record SitemapLimits
{
    /// <summary>The protocol's limits.</summary>
    public static SitemapLimits Protocol { get; } = new();

    /// <summary>URLs in one sitemap, at most.</summary>
    public int MaxUrls { get; init; } = 50_000;

    /// <summary>Bytes of one sitemap, at most.</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;
}
