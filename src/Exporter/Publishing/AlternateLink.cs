namespace Exporter.Publishing;

/// <summary>One <c>&lt;link rel="alternate"&gt;</c> of a record page: the record in another format, beside the page.</summary>
/// <param name="Href">The link, relative to the page.</param>
/// <param name="MediaType">The format's media type.</param>
/// <param name="Label">The format's name for people ("schema.org JSON-LD").</param>
internal sealed record AlternateLink(string Href, string MediaType, string Label);
