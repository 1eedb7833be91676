namespace Exporter.Publishing;

/// <summary>The shape of a published site.</summary>
public sealed record PublishOptions
{
    /// <summary>The formats the default run writes beside each page.</summary>
    public static IReadOnlyList<string> DefaultAlternates { get; } = ["jsonld", "turtle", "marcxml", "marc21", "dc"];

    /// <summary>Where the site will be served: an absolute http(s) URL (a final '/' is added). Canonical links and the
    /// sitemap use it; the records' IRIs default to it too.</summary>
    public Uri BaseUrl { get; init; } = new("https://catalog.example.org/");

    /// <summary>Where record pages go (default <c>records/{id}.html</c>).</summary>
    public RecordPathTemplate RecordPath { get; init; } = RecordPathTemplate.Default;

    /// <summary>Format names written beside each page and linked as alternates; empty for none.</summary>
    public IReadOnlyList<string> Alternates { get; init; } = DefaultAlternates;

    /// <summary>The site's title, on the index page.</summary>
    public string SiteTitle { get; init; } = "Library catalog";

    /// <summary>A folder with the site's own Liquid templates (<c>record.liquid</c>, <c>index.liquid</c>,
    /// <c>browse.liquid</c>; one it lacks keeps the default); null for the default templates.</summary>
    public string? TemplateFolder { get; init; }

    /// <summary>Entries per browse page.</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>How much one sitemap file holds.</summary>
    public SitemapLimits Sitemap { get; init; } = SitemapLimits.Protocol;

    /// <summary>Browse entries held in memory before a sorted run goes to a temporary file.</summary>
    public int SortRunLength { get; init; } = 50_000;
}
