using Exporter.Diagnostics;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Publishing;

/// <summary>
/// The whole <c>exporter publish</c> run: the same inputs, converter, error policy, report and rejects as
/// <c>convert</c> (<see cref="ConvertJob"/>'s <see cref="JobOutputs"/>), with the site as the one output: record pages
/// and alternates made on the workers (<see cref="SitePageEncoder"/>), written in input order into a staging folder
/// (<see cref="SiteBuilder"/>), finished with browse pages, index, sitemap and robots.txt, and swapped in whole
/// (<see cref="SiteDirectory"/>). The commit order is the site, then rejects and report; if those fail, the previous
/// site is put back. A run that stops, fails or is interrupted leaves the previous site untouched.
/// </summary>
public sealed class PublishJob(FormatRegistry registry)
{
    private volatile JobOutputs? _outputs;
    private volatile SiteDirectory? _site;
    private volatile string? _published;

    /// <summary>The site folder once the run put it in place (empty before, and for a run that did not).</summary>
    public IReadOnlyList<string> Committed => _published is { } p ? [p] : [];

    /// <summary>The counts of the current or last run once it ended (null before).</summary>
    public ConversionSummary? Summary => _outputs?.Result?.Summary;

    /// <summary>Ends a run in progress from another thread as interrupted: no site, report or rejects are kept (the
    /// staging folder is deleted). Returns how many temporary files were discarded.</summary>
    public int Abandon()
    {
        var discarded = _outputs?.Abandon() ?? 0;
        if (_site is { } site && _published is null)
        {
            try
            {
                Directory.Delete(site.Staging, recursive: true);
                discarded++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        return discarded;
    }

    /// <summary>Runs the job. Usage problems throw <see cref="ExporterException"/> (codes CLI...) before anything is
    /// written; after that, <see cref="OperationCanceledException"/> or the I/O error that ended the run.</summary>
    public ConvertJobResult Run(PublishJobOptions options, IConversionObserver? observer = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var publish = options.Publish;
        if (string.IsNullOrWhiteSpace(options.Site)) throw Usage("CLI0060", "give the site folder with --site DIR");
        if (!publish.BaseUrl.IsAbsoluteUri || publish.BaseUrl.Scheme is not ("http" or "https"))
            throw Usage("CLI0065", $"--base-url must be an absolute http(s) URL, not '{publish.BaseUrl}'");
        var alternates = Alternates(publish.Alternates);
        var templates = SiteTemplates.Open(publish.TemplateFolder);
        var resolved = InputResolver.Resolve(options.Inputs, options.From, registry);
        var named = new List<(string Role, string Path)>();
        if (options.RejectsFile is not null) named.Add(("--rejects", options.RejectsFile));
        if (options.ReportFile is not null) named.Add(("--report", options.ReportFile));
        foreach (var (role, path) in resolved.Files.Select(f => ("input", f.Path)).Concat(named))
        {
            if (path != "-" && SiteDirectory.Contains(options.Site, path))
                throw Usage("CLI0066", $"{role} {path} is inside --site {options.Site}, which the run replaces whole; keep it outside the site");
        }

        if (SiteDirectory.Contains(options.Site, Environment.CurrentDirectory))
            throw Usage("CLI0066", $"--site {options.Site} holds the current folder, which the run would replace; give a folder below it");
        OutputGuard.Check(resolved.Files, named);

        var baseUrl = publish.BaseUrl.AbsoluteUri.EndsWith('/') ? publish.BaseUrl : new Uri(publish.BaseUrl.AbsoluteUri + "/");
        var layout = new SiteLayout(baseUrl, publish.RecordPath);
        using var site = SiteDirectory.Open(options.Site);
        _site = site;
        using var outputs = new JobOutputs(options.ReportFile, options.RejectsFile);
        _outputs = outputs;
        var jobObserver = new JobObserver(outputs, observer, resolved.Files);
        foreach (var skipped in resolved.Skipped) jobObserver.OnDiagnostic(skipped.ToDiagnostic());

        var end = JobEnd.Catching(() =>
        {
            var pages = new PageRenderer(templates, layout, publish.SiteTitle);
            using var builder = new SiteBuilder(site.Staging, pages, publish, options.Write.Clock.GetUtcNow());
            var write = options.Write with { RecordPath = publish.RecordPath.Template };   // record IRIs are the pages' URLs
            var encoder = new SitePageEncoder(pages, new JsonLdGraphAdapter(registry, write),
                [.. alternates.Select(f => new RecordDocumentEncoder(f, f.CreateEncoder(write)))], write.IncludeLocal);
            var converter = new Converter(options.Conversion with { Once = new RunOnce(registry.Formats.SelectMany(f => f.OncePerRun)) }, jobObserver);
            outputs.OpenGroup([], () => converter.Progress);
            ConversionSummary summary;
            try
            {
                summary = converter.Run(ConvertJob.Readers(resolved.Files, options.Read), [new ConversionTarget("publish", encoder, new SiteFrameSink(builder))], cancel);
            }
            catch (ExporterException ex) when (ex.Diagnostic.Code == PublishDiagnosticCodes.PathTaken)
            {
                jobObserver.OnDiagnostic(ex.Diagnostic);
                summary = converter.Progress with { StoppedBy = ex.Diagnostic };
            }

            if (summary.StoppedBy is not null) return new JobEnd(JobOutcome.Stopped, summary.StoppedBy);
            cancel.ThrowIfCancellationRequested();
            builder.Finish();
            cancel.ThrowIfCancellationRequested();
            outputs.FinishGroup(summary);
            return new JobEnd(JobOutcome.Completed);
        });

        if (end.Outcome != JobOutcome.Completed)
        {
            // Nothing of the site is kept: the group's counts are discarded (written 0), the report says why.
            var kept = outputs.Complete(end.Outcome, end.StoppedBy) with { Skipped = resolved.Skipped };
            end.Failure?.Throw();
            return kept;
        }

        site.Publish();
        ConvertJobResult result;
        try
        {
            result = outputs.Complete(JobOutcome.Completed, null);
        }
        catch
        {
            site.Restore();
            throw;
        }

        site.Finish();
        _published = site.Path;
        return result with { Outputs = [site.Path], Skipped = resolved.Skipped };
    }

    private IReadOnlyList<IRecordFormat> Alternates(IReadOnlyList<string> names)
    {
        var formats = new List<IRecordFormat>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (name.Equals("none", StringComparison.OrdinalIgnoreCase)) continue;
            var format = registry.Formats.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (format is null || !format.CanWrite)
                throw Usage("CLI0067", $"--alternates: '{name}' is not a format that can be written; known: {string.Join(", ", registry.Formats.Where(f => f.CanWrite).Select(f => f.Name))} or none");
            formats.Add(format);
        }

        return [.. formats.Distinct()];
    }

    private static ExporterException Usage(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
