using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Publishing;

/// <summary>
/// The converter's encoder for a publish run: each record becomes its page (with the JSON-LD graph from
/// <see cref="JsonLdGraphAdapter"/>), from the record template (<see cref="PageRenderer"/>, shared: templates are parsed once and each render has
/// its own context), its alternates (each format's own encoder, as a one-record document) and its
/// browse entries, framed as one <see cref="SiteRecord"/> for the <see cref="SiteFrameSink"/>. Runs on the workers,
/// so pages are made on every core; a record whose id cannot name a page, or that an alternate format refuses, is
/// rejected as a whole, with nothing written for it. Local data is left out of all of it unless asked for (<see cref="LocalData"/>).
/// </summary>
internal sealed class SitePageEncoder : IRecordEncoder
{
    private static readonly UTF8Encoding Utf8 = new(false, true);
    private readonly PageRenderer _pages;
    private readonly SiteLayout _layout;
    private readonly JsonLdGraphAdapter _jsonLd;
    private readonly IReadOnlyList<RecordDocumentEncoder> _alternates;
    private readonly bool _includeLocal;

    public SitePageEncoder(PageRenderer pages, JsonLdGraphAdapter jsonLd, IReadOnlyList<RecordDocumentEncoder> alternates, bool includeLocal = false)
    {
        _pages = pages;
        _layout = pages.Layout;
        _jsonLd = jsonLd;
        _alternates = alternates;
        _includeLocal = includeLocal;
    }

    /// <inheritdoc />
    public IRecordEncoder ForWorker() => new SitePageEncoder(_pages, _jsonLd.ForWorker(), [.. _alternates.Select(a => a.ForWorker())], _includeLocal);

    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        if (!_includeLocal) record = LocalData.Without(record, diagnostics);
        var catalog = record.GetCatalog(diagnostics);
        var id = RecordKey.Of(catalog);
        var pagePath = _layout.RecordPath.PathOf(id)
            ?? throw new RecordWriteException(new Diagnostic(PublishDiagnosticCodes.UnsafeId, Severity.Error,
                $"record id '{Shown(id)}' cannot name a page: only ASCII letters, digits, '.', '_' and '-' are taken (at most {RecordPathTemplate.MaxIdLength}, not starting with '.'); give the record such a catalog number")
            { Field = "id" });

        var once = new OnceDiagnostics(diagnostics);
        var jsonLd = _jsonLd.Document(record, once);
        var files = new List<SiteFile>(_alternates.Count + 1) { new(pagePath, []) };
        var links = new List<AlternateLink>(_alternates.Count);
        foreach (var alternate in _alternates)
        {
            var extension = alternate.Format.Extensions[0];
            var path = RecordPathTemplate.Beside(pagePath, extension);
            var bytes = alternate.Format.Name == _jsonLd.Format.Name ? jsonLd : alternate.Encode(record, once);
            files.Add(new SiteFile(path, bytes));
            links.Add(new AlternateLink(SiteFiles.Link(pagePath, path), alternate.Format.MediaType, Label(alternate.Format)));
        }

        var page = new RecordPage(catalog, pagePath, _layout.UrlOf(pagePath), links, JsonLdGraphAdapter.ScriptText(jsonLd));
        files[0] = new SiteFile(pagePath, Utf8.GetBytes(_pages.Record(page)));
        var title = RecordPageWriter.FullTitle(catalog);
        var browse = new List<(BrowseList, BrowseEntry)> { (BrowseList.Titles, new BrowseEntry(SortKeys.Of(title), title, string.Join("; ", catalog.Contributors.Take(3).Select(c => c.Name)), pagePath)) };
        foreach (var name in catalog.Contributors.Select(c => c.Name).Distinct(StringComparer.Ordinal))
            browse.Add((BrowseList.Authors, new BrowseEntry(SortKeys.Of(name), name, title, pagePath)));
        SiteRecordFrame.Write(new SiteRecord(record.Index, record.Source.SourceName ?? "", id, pagePath, files, browse), output);
    }

    /// <summary>The format's description up to its first comma, as a link label ("schema.org JSON-LD").</summary>
    private static string Label(IRecordFormat format)
    {
        var d = format.Description;
        var cut = d.IndexOfAny([',', ';', '(']);
        return (cut > 0 ? d[..cut] : d).Trim();
    }

    private static string Shown(string id) => id.Length > 40 ? id[..40] + "..." : id;
}
