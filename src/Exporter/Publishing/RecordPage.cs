using Exporter.Model;

namespace Exporter.Publishing;

/// <summary>What one record page shows: the record, where the page is, its alternates and its embedded graph.</summary>
/// <param name="Record">The record.</param>
/// <param name="Path">The page's site-relative path (<c>records/X.html</c>).</param>
/// <param name="CanonicalUrl">The page's absolute URL under the base URL.</param>
/// <param name="Alternates">The record in other formats.</param>
/// <param name="JsonLdScript">The JSON-LD document, already safe as script text (see <see cref="JsonLdGraphAdapter.ScriptText"/>).</param>
internal sealed record RecordPage(CatalogRecord Record, string Path, string CanonicalUrl, IReadOnlyList<AlternateLink> Alternates, string JsonLdScript);
