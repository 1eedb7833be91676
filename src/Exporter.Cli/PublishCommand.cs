using System.CommandLine;
using Exporter.Diagnostics;
using Exporter.Pipeline;
using Exporter.Publishing;

namespace Exporter.Cli;

/// <summary><c>exporter publish</c>: argument parsing and exit codes only; the work is <see cref="PublishJob"/>.</summary>
internal static class PublishCommand
{
    /// <summary>The help's closing sections.</summary>
    public const string Epilogue = """
        Examples:
          exporter publish examples/CX7118.txt examples/catalog.txt --site out/site --base-url https://library.example.net/
          exporter publish export/ --site /srv/www/catalog --base-url https://catalog.example.org/ --on-error skip --rejects rejects.mrc --report report.jsonl
          exporter publish records.mrc --site site --base-url https://opac.example.edu/ --record-path cgi-bin/koha/opac-detail/{id}.html --alternates none

        The site: one page per record (records/<id>.html by default) with its schema.org JSON-LD, the record in the
        --alternates formats beside it, index.html with browse lists by title and author, sitemap.xml (a sitemap
        index over 50,000 URLs or 50 MB) and robots.txt. It is built beside DIR and swapped in whole at the end: a run
        that fails leaves the previous site as it was. SOURCE_DATE_EPOCH fixes the sitemap's lastmod.
        --template DIR renders the pages from a library's own Liquid templates (the README lists what each one gets).

        Exit codes:
          0    every record published
          1    some records rejected (--on-error skip); the others were published
          2    usage error, or a --template that cannot be read or parsed (nothing read, nothing written)
          3    stopped on a bad record (--on-error fail), two records with one page path, or an I/O error; the previous site is untouched
          130  interrupted (Ctrl-C, SIGTERM); the previous site is untouched
        """;

    public static Command Create(FormatRegistry registry)
    {
        var common = new CommonOptions(registry, Strictness.Permissive);
        string[] writable = [.. registry.Formats.Where(f => f.CanWrite).Select(f => f.Name)];
        var site = new Option<string?>("--site") { Description = "the site folder; replaced whole when the run succeeds", HelpName = "DIR", Required = true }
            .NonEmpty("a folder name");
        var baseUrl = new Option<string?>("--base-url") { Description = "where the site is served (absolute http(s) URL): canonical links, sitemap, and the default --base-uri", HelpName = "URL", Required = true };
        var recordPath = new Option<string?>("--record-path") { Description = "record page path in the site, with {id} (default records/{id}.html)", HelpName = "TEMPLATE" };
        var alternates = new Option<string[]>("--alternates") { Description = "formats written beside each page, comma-separated, or none (default jsonld,turtle,marcxml,marc21,dc): " + string.Join(", ", writable), HelpName = "FMT[,FMT...]|none", AllowMultipleArgumentsPerToken = true };
        alternates.CompletionSources.Add(context => OptionValues.ListCompletions(context, [.. writable, "none"]));
        alternates.Validators.Add(r =>
        {
            var given = r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (given.Count == 0) r.AddError(UsageErrors.Coded("CLI0067", "--alternates needs format names or none"));
            var unknown = given.FirstOrDefault(g => g != "none" && !writable.Contains(g, StringComparer.OrdinalIgnoreCase));
            if (unknown is not null) r.AddError(UsageErrors.Coded("CLI0067", $"--alternates: unknown format '{unknown}'; known: {string.Join(", ", writable)} or none"));
            if (given.Contains("none") && given.Count > 1) r.AddError(UsageErrors.Coded("CLI0067", "--alternates none stands alone"));
        });
        var siteTitle = new Option<string?>("--site-title") { Description = "the title of the index page (default: Library catalog)", HelpName = "TEXT" }
            .NonEmpty("a title");
        var template = new Option<string?>("--template") { Description = "a folder with the site's own Liquid templates: record.liquid, index.liquid, browse.liquid (one it lacks keeps the default)", HelpName = "DIR" }
            .NonEmpty("a folder name");
        var pageSize = new Option<int?>("--page-size") { Description = "entries per browse page (default 500)", HelpName = "N", CustomParser = r => OptionValues.ParsePositive(r, "--page-size") };
        var onError = new Option<string?>("--on-error") { Description = "fail (default): stop at the first bad record, keep the previous site; skip: go on, keep rejects" }
            .OneOf("CLI0013", StringComparer.Ordinal, "fail", "skip");
        var rejects = new Option<string?>("--rejects") { Description = "file receiving the raw input of rejected records", HelpName = "FILE" }
            .NonEmpty("a file name");
        var report = new Option<string?>("--report") { Description = "JSON Lines report of rejected records, warnings and the counts", HelpName = "FILE" }
            .NonEmpty("a file name");
        var includeLocal = IncludeLocalOption.Create();
        var baseUri = new Option<string?>("--base-uri") { Description = "base for the records' IRIs (default: --base-url)", HelpName = "URI" };
        var writing = new FormatOptionBinder(registry.Options.Where(o => o.AppliesToWriting && !o.AppliesToReading));
        var command = new Command("publish", "publish records as a static web site for search engines: pages with schema.org JSON-LD, sitemaps, robots.txt");
        common.AddTo(command);
        foreach (var o in new Option[] { site, baseUrl, recordPath, alternates, siteTitle, template, pageSize, onError, rejects, report, baseUri, includeLocal }) command.Options.Add(o);
        writing.AddTo(command);
        command.SetAction(r => CliRunner.Run(new CliRun(registry, common.VerbosityOf(r), SummaryText.Convert, UsageErrors.HelpHint(r)), new PublishCliJob(registry, () =>
        {
            var url = BaseUrl(r.GetValue(baseUrl)!);
            var write = writing.Write(r, common.FormatOptions.Write(r, CommonWriteOptions.Of(r.GetValue(baseUri) ?? url.AbsoluteUri) with { IncludeLocal = r.GetValue(includeLocal) }));
            var defaults = new PublishOptions();
            return new PublishJobOptions
            {
                Inputs = r.GetValue(common.Inputs) ?? [],
                From = r.GetValue(common.From),
                Site = r.GetValue(site)!,
                RejectsFile = r.GetValue(rejects),
                ReportFile = r.GetValue(report),
                Conversion = common.ConversionOf(r, r.GetValue(onError) == "skip" ? ErrorPolicy.Skip : ErrorPolicy.Fail),
                Read = common.ReadOptionsOf(r),
                Write = write,
                Publish = defaults with
                {
                    BaseUrl = url,
                    RecordPath = RecordPath(r.GetValue(recordPath)),
                    Alternates = r.GetValue(alternates) is { Length: > 0 } a ? a : defaults.Alternates,
                    SiteTitle = r.GetValue(siteTitle) ?? defaults.SiteTitle,
                    PageSize = r.GetValue(pageSize) ?? defaults.PageSize,
                    TemplateFolder = r.GetValue(template),
                },
            };
        })));
        return command;
    }

    private static Uri BaseUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            throw Usage("CLI0065", $"--base-url must be an absolute http(s) URL without query or fragment, not '{value}'");
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static RecordPathTemplate RecordPath(string? value)
    {
        if (value is null) return RecordPathTemplate.Default;
        try
        {
            return new RecordPathTemplate(value);
        }
        catch (ArgumentException ex)
        {
            throw Usage("CLI0068", "--record-path: " + ex.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static ExporterException Usage(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
