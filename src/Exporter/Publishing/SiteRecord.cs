namespace Exporter.Publishing;

/// <summary>
/// What one record adds to the site, as encoded on a worker and handed in input order to <see cref="SiteBuilder"/>:
/// its page and alternates, its browse entries, and where it came from (for a clear error when its page's path is
/// already taken).
/// </summary>
/// <param name="Index">The record's 0-based index in its input (shown 1-based, as in every diagnostic).</param>
/// <param name="Source">The input it was read from.</param>
/// <param name="Id">The record id the page is named by.</param>
/// <param name="PagePath">The page's site-relative path (the sitemap's URL for the record).</param>
/// <param name="Files">The page and its alternates.</param>
/// <param name="Browse">Its entries in the browse lists, by list.</param>
internal sealed record SiteRecord(long Index, string Source, string Id, string PagePath, IReadOnlyList<SiteFile> Files, IReadOnlyList<(BrowseList List, BrowseEntry Entry)> Browse);
