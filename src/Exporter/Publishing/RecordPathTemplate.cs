namespace Exporter.Publishing;

/// <summary>
/// Where a record's page goes in the site: a relative path with one <c>{id}</c> placeholder, ending in <c>.html</c>
/// (default <c>records/{id}.html</c>; e.g. <c>cgi-bin/koha/opac-detail/{id}.html</c> to keep an OPAC's URLs). The
/// alternates go beside the page: the same path with the format's extension instead of <c>.html</c>. Record ids that
/// would leave the folder or make a path a web server or file system treats specially are refused
/// (<see cref="PathOf"/> returns null): only ASCII letters, digits, '.', '_' and '-' are taken, not starting with
/// '.', at most 128 characters.
/// </summary>
public sealed record RecordPathTemplate
{
    /// <summary>The placeholder for the record id.</summary>
    public const string Placeholder = "{id}";

    /// <summary>The default template.</summary>
    public static RecordPathTemplate Default { get; } = new("records/{id}.html");

    /// <summary>The longest record id taken into a path.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Checks and keeps <paramref name="template"/>; throws <see cref="ArgumentException"/> saying what is wrong.</summary>
    public RecordPathTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var problem = Problem(template);
        if (problem is not null) throw new ArgumentException($"the record path '{template}' {problem}", nameof(template));
        Template = template;
    }

    /// <summary>The template as given.</summary>
    public string Template { get; }

    /// <summary>The page's site-relative path for <paramref name="id"/> ('/'-separated), or null when the id is not safe.</summary>
    public string? PathOf(string id)
    {
        if (!IsSafeId(id)) return null;
        var path = Template.Replace(Placeholder, id, StringComparison.Ordinal);
        return path == SiteFiles.Index ? null : path;
    }

    /// <summary>The path of an alternate beside a page: <c>records/X.html</c> and <c>.jsonld</c> give <c>records/X.jsonld</c>.</summary>
    public static string Beside(string pagePath, string extension) => pagePath[..^".html".Length] + extension;

    /// <summary>True when <paramref name="id"/> may go into a path as it is.</summary>
    public static bool IsSafeId(string id) =>
        id.Length is > 0 and <= MaxIdLength && id[0] != '.' && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    private static string? Problem(string template)
    {
        var at = template.IndexOf(Placeholder, StringComparison.Ordinal);
        if (at < 0 || template.IndexOf(Placeholder, at + 1, StringComparison.Ordinal) >= 0) return "must hold {id} once";
        if (!template.EndsWith(".html", StringComparison.Ordinal)) return "must end in .html";
        if (template.StartsWith('/')) return "must be relative to the site";
        foreach (var segment in template.Split('/'))
        {
            if (segment.Length == 0 || segment[0] == '.') return "must not have empty, '.' or '..' segments, or names starting with '.'";
            if (!segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '{' or '}')) return "may hold only ASCII letters, digits, '.', '_', '-' and '/'";
        }

        var bare = template.Replace(Placeholder, "x", StringComparison.Ordinal);
        if (bare is "index.html" || bare.StartsWith("browse/", StringComparison.Ordinal)) return "would clash with the site's own pages (index.html, browse/)";
        return null;
    }
}
