using System.Text;
using Exporter.Diagnostics;

namespace Exporter.Publishing;

/// <summary>
/// Builds the site in its staging folder: record files as the records come (in input order, on the converter's
/// writing thread), their URLs into the sitemap and their browse entries into external sorts; then, when every
/// record is in, the browse pages, the index, the sitemap's end and robots.txt. A record whose page path is already
/// taken stops the run (<see cref="PublishDiagnosticCodes.PathTaken"/>): its page would replace another's.
/// </summary>
internal sealed class SiteBuilder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _root;
    private readonly SiteLayout _layout;
    private readonly PageRenderer _renderer;
    private readonly PublishOptions _options;
    private readonly SitemapWriter _sitemap;
    private readonly string _sortFolder;
    private readonly Dictionary<BrowseList, ExternalSorter> _sorters = [];
    private string? _lastFolder;

    public SiteBuilder(string root, PageRenderer renderer, PublishOptions options, DateTimeOffset lastModified)
    {
        _root = root;
        _renderer = renderer;
        _layout = renderer.Layout;
        var layout = _layout;
        _options = options;
        _sitemap = new SitemapWriter(root, layout, options.Sitemap, lastModified);
        _sitemap.Add(SiteFiles.Index);
        _sortFolder = Directory.CreateTempSubdirectory("exporter-publish-").FullName;
        foreach (var list in BrowseList.All) _sorters[list] = new ExternalSorter(_sortFolder, list.Name, options.SortRunLength);
    }

    /// <summary>Record pages written.</summary>
    public long Records { get; private set; }

    /// <summary>Adds a record's files, URL and browse entries.</summary>
    public void Add(SiteRecord record)
    {
        foreach (var file in record.Files)
        {
            var full = Full(file.Path);
            if (File.Exists(full)) throw Taken(record, file.Path);
            var folder = Path.GetDirectoryName(full)!;
            if (folder != _lastFolder)
            {
                Directory.CreateDirectory(folder);
                _lastFolder = folder;
            }

            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            stream.Write(file.Content);
        }

        _sitemap.Add(record.PagePath);
        foreach (var (list, entry) in record.Browse) _sorters[list].Add(entry.ToLine());
        Records++;
    }

    /// <summary>Writes the browse pages, index, sitemap and robots.txt, and the marker that lets a later run replace the site.</summary>
    public void Finish()
    {
        var lists = new List<(BrowseList, List<BrowsePageSummary>)>();
        foreach (var list in BrowseList.All)
        {
            var sorter = _sorters[list];
            lists.Add((list, BrowsePagesWriter.Write(_root, _renderer, list, sorter.Sorted().Select(BrowseEntry.FromLine), sorter.Count, _options.PageSize, _sitemap.Add)));
        }

        File.WriteAllText(Full(SiteFiles.Index), IndexPageWriter.Write(_renderer, Records, lists), Utf8);
        _sitemap.Finish();
        File.WriteAllText(Full(SiteFiles.Robots), RobotsText(_layout), Utf8);
        File.WriteAllText(Full(SiteFiles.Marker), "This folder is a site made by exporter publish; the next run replaces it whole.\n", Utf8);
    }

    /// <summary>robots.txt: everything may be crawled, and where the sitemap is.</summary>
    public static string RobotsText(SiteLayout layout) => "User-agent: *\nAllow: /\n\nSitemap: " + layout.UrlOf(SiteFiles.Sitemap) + "\n";

    public void Dispose()
    {
        _sitemap.Dispose();
        foreach (var s in _sorters.Values) s.Dispose();
        try
        {
            Directory.Delete(_sortFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string Full(string sitePath) => Path.Combine(_root, sitePath.Replace('/', Path.DirectorySeparatorChar));

    private static ExporterException Taken(SiteRecord record, string path) =>
        new(new Diagnostic(PublishDiagnosticCodes.PathTaken, Severity.Error,
            $"record id '{record.Id}' gives {path}, which an earlier record already has: two records with the same id (or ids a record path maps to the same file) cannot both have a page; give each record its own catalog number")
        { RecordIndex = record.Index, Source = record.Source, RecordId = record.Id, Field = "id" });
}
