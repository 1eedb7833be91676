using System.Diagnostics;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;
using Exporter.Pipeline;

namespace Exporter.Tools.BibframeAgreement;

/// <summary>
/// The comparison with LoC's marc2bibframe2: every MARCXML and ISO 2709 file of the corpus is read by our MARC readers
/// (permissive) and written as MARCXML, which both converters then get: marc2bibframe2 through xsltproc, ours through
/// the bibframe format (the same base URI, a fixed clock). Both outputs are read by our RDF/XML reader, records matched
/// by their bf:Local (001), and the facts of each class compared (<see cref="FactExtractor"/>).
/// </summary>
public static class AgreementRun
{
    public const string BaseUri = "http://example.org/";

    public static AgreementResult Measure(string corpus, string repo)
    {
        var stylesheet = Path.Combine(repo, "tests", "data", "reference", "marc2bibframe2", "xsl", "marc2bibframe2.xsl");
        var registry = FormatRegistry.CreateDefault();
        var result = new AgreementResult();
        var work = Directory.CreateTempSubdirectory("bibframe-agreement-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var format = Detect(registry, file);
                if (format is null) continue;
                var name = Path.GetRelativePath(corpus, file).Replace('\\', '/');
                var stem = Path.Combine(work.FullName, name.Replace('/', '_'));
                var marcXml = stem + ".marc.xml";
                if (Convert(registry, format, file, "marcxml", marcXml) == 0) continue;
                result.Files++;
                var loc = stem + ".loc.rdf";
                var ours = stem + ".ours.rdf";
                if (!RunXsltproc(stylesheet, marcXml, loc) || TryRead(loc) is not { } locGraph)
                {
                    result.FilesLocFailed.Add(name);
                    continue;
                }

                Convert(registry, registry.Get("marcxml"), marcXml, "bibframe", ours);
                var oursGraph = TryRead(ours) ?? throw new InvalidOperationException("our BIBFRAME output does not read back: " + name);
                Compare(name, locGraph, oursGraph, result);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        return result;
    }

    private static void Compare(string file, List<RdfGraph> locGraphs, List<RdfGraph> oursGraphs, AgreementResult result)
    {
        var loc = FactExtractor.Extract(locGraphs, out var locUnkeyed, out var locRepeated);
        var ours = FactExtractor.Extract(oursGraphs, out var oursUnkeyed, out var oursRepeated);
        result.Unkeyed += Math.Max(locUnkeyed, oursUnkeyed);
        foreach (var number in locRepeated.Keys.Union(oursRepeated.Keys).Order(StringComparer.Ordinal))
        {
            // matched by place only when both sides have as many records with the 001; otherwise places say nothing
            var (l, o) = (locRepeated.GetValueOrDefault(number, 1), oursRepeated.GetValueOrDefault(number, 1));
            if (l == o) continue;
            result.Ambiguous += Math.Max(l, o);
            for (var n = 1; n <= Math.Max(l, o); n++)
            {
                loc.Remove(FactExtractor.Key(number, n));
                ours.Remove(FactExtractor.Key(number, n));
            }
        }

        foreach (var (key, theirs) in loc.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!ours.TryGetValue(key, out var mine))
            {
                result.LocOnlyRecords++;
                continue;
            }

            result.Matched++;
            if (locRepeated.ContainsKey(FactExtractor.ControlNumber(key))) result.MatchedByPlace++;
            foreach (var cls in FactClass.All) CompareClass(file, key, cls, theirs.Of(cls), mine.Of(cls), result);
        }

        result.OursOnlyRecords += ours.Keys.Count(k => !loc.ContainsKey(k));
    }

    private static void CompareClass(string file, string key, string cls, IReadOnlyList<string> loc, IReadOnlyList<string> ours, AgreementResult result)
    {
        var tally = result.Classes[cls];
        var remaining = ours.ToList();
        var locOnly = new List<string>();
        foreach (var fact in loc)
        {
            if (remaining.Remove(fact)) tally.Agree++;
            else locOnly.Add(fact);
        }

        foreach (var fact in locOnly) OneSided(file, key, cls, "loc", fact, remaining, tally, result);
        foreach (var fact in remaining) OneSided(file, key, cls, "ours", fact, locOnly, tally, result);
    }

    private static void OneSided(string file, string key, string cls, string side, string fact, List<string> otherSide, ClassTally tally, AgreementResult result)
    {
        var rule = DeliberateDifferences.Classify(cls, side, fact, FactExtractor.ControlNumber(key), otherSide);
        if (rule is not null) tally.Deliberate++;
        else if (side == "loc") tally.LocOnly++;
        else tally.OursOnly++;
        result.Differences.Add(new FactDifference(file, FactExtractor.Display(key), cls, side, fact, rule));
    }

    private static IRecordFormat? Detect(FormatRegistry registry, string file)
    {
        var byName = registry.ForPath(file);
        if (byName is null || byName.Name is not ("marc21" or "marcxml"))
        {
            var head = new byte[4096];
            using var s = File.OpenRead(file);
            var n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            byName = registry.Sniff(head.AsSpan(0, n));
        }

        return byName is { Name: "marc21" or "marcxml" } ? byName : null;
    }

    /// <summary>Converts <paramref name="input"/> to <paramref name="target"/> with our pipeline (permissive, rejects skipped); returns records written.</summary>
    private static long Convert(FormatRegistry registry, IRecordFormat from, string input, string target, string output)
    {
        using var stream = File.Create(output);
        using var reader = from.CreateReader(File.OpenRead(input), new ReadOptions { Strictness = Strictness.Permissive, SourceName = input });
        var options = new WriteOptions { BaseUri = new Uri(BaseUri), Clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) };
        var summary = new Converter(new ConversionOptions { OnError = ErrorPolicy.Skip, Threads = 1 }, new QuietObserver())
            .Run([new ConversionInput(input, reader)], [new ConversionTarget(target, registry.Get(target).CreateEncoder(options), stream)]);
        return summary.Written;
    }

    private static bool RunXsltproc(string stylesheet, string input, string output)
    {
        var start = new ProcessStartInfo("xsltproc") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "--nonet", "--stringparam", "baseuri", BaseUri, "--stringparam", "pGenerationDatestamp", "2026-01-01T00:00:00", "-o", output, stylesheet, input }) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("xsltproc did not start");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = errors.Result;
        return process.ExitCode == 0 && File.Exists(output);
    }

    private static List<RdfGraph>? TryRead(string path)
    {
        try
        {
            return RecordDocuments.Split(path, BaseUri);
        }
        catch (Exception ex) when (ex is RdfParseException or System.Xml.XmlException or RecordFormatException)
        {
            return null;
        }
    }

    private sealed class QuietObserver : IConversionObserver
    {
        public void OnDiagnostic(Diagnostic diagnostic)
        {
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
