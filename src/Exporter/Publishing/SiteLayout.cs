namespace Exporter.Publishing;

/// <summary>Where the site is served and where its record pages go in it.</summary>
/// <param name="BaseUrl">The absolute http(s) URL the site is served at, ending in '/'.</param>
/// <param name="RecordPath">The record pages' paths.</param>
internal sealed record SiteLayout(Uri BaseUrl, RecordPathTemplate RecordPath)
{
    /// <summary>The absolute URL of a site-relative path.</summary>
    public string UrlOf(string path) => BaseUrl.AbsoluteUri + path;
}
