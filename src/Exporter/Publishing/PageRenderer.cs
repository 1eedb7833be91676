using Fluid.Values;

namespace Exporter.Publishing;

/// <summary>
/// Renders the site's pages from its <see cref="SiteTemplates"/>: gives every page the values all templates share
/// (<c>site</c>: title, base URL and the navigation links relative to the page; <c>page</c>: title, description,
/// canonical URL and path) beside the page's own. Holds nothing that changes, so the workers share one.
/// </summary>
internal sealed class PageRenderer(SiteTemplates templates, SiteLayout layout, string siteTitle)
{
    /// <summary>The templates.</summary>
    public SiteTemplates Templates { get; } = templates;

    /// <summary>Where the site is served.</summary>
    public SiteLayout Layout { get; } = layout;

    /// <summary>The site's title.</summary>
    public string SiteTitle { get; } = siteTitle;

    /// <summary>A record page.</summary>
    public string Record(RecordPage page) =>
        SiteTemplates.Render(Templates.Record, [.. Shared(page.Path, RecordPageWriter.Title(page.Record), RecordPageWriter.Description(page.Record)), .. RecordPageWriter.Model(page)]);

    /// <summary>The home page.</summary>
    public string Index(string description, params ReadOnlySpan<(string Name, FluidValue Value)> model) =>
        SiteTemplates.Render(Templates.Index, [.. Shared(SiteFiles.Index, SiteTitle, description), .. model]);

    /// <summary>A browse page at <paramref name="path"/>.</summary>
    public string Browse(string path, string title, string description, params ReadOnlySpan<(string Name, FluidValue Value)> model) =>
        SiteTemplates.Render(Templates.Browse, [.. Shared(path, title, description), .. model]);

    private (string, FluidValue)[] Shared(string path, string title, string description) =>
    [
        ("site", TemplateValues.Object(
            ("title", TemplateValues.Text(SiteTitle)),
            ("base_url", TemplateValues.Text(Layout.BaseUrl.AbsoluteUri)),
            ("home", TemplateValues.Text(SiteFiles.Link(path, SiteFiles.Index))),
            ("titles", TemplateValues.Text(SiteFiles.Link(path, SiteFiles.BrowsePage(BrowseList.Titles.Name, 1)))),
            ("authors", TemplateValues.Text(SiteFiles.Link(path, SiteFiles.BrowsePage(BrowseList.Authors.Name, 1)))))),
        ("page", TemplateValues.Object(
            ("title", TemplateValues.Text(title)),
            ("description", TemplateValues.Text(description)),
            ("canonical_url", TemplateValues.Text(Layout.UrlOf(path))),
            ("path", TemplateValues.Text(path)))),
    ];
}
