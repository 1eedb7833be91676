namespace Exporter.Publishing;

/// <summary>A file of a record: its site-relative path ('/'-separated) and bytes.</summary>
internal sealed record SiteFile(string Path, byte[] Content);
