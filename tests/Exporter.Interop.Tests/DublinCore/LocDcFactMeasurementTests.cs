using System.Xml.Linq;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Interop.Tests.Marc;
using Exporter.Interop.Tests.Support;
using Exporter.Pipeline;
using Xunit.Abstractions;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// The per-element table of docs/mappings/dublin-core.md ("Measured against LoC's stylesheet"): on every MARCXML and
/// ISO 2709 file of tests/data/corpus/marc, LoC's MARC21slim2OAIDC.xsl (xsltproc --nonet; ISO 2709 turned into MARCXML
/// by yaz-marcdump, not by our code) against our <c>exporter convert --to dc</c> of the same file (the library's
/// converter, permissive, rejects skipped), counted by <see cref="LocDcFactCount"/>. Files where the two sides do not
/// hold the same number of records (unreadable, truncated, mixed encodings) are left out and listed.
/// Target of issue #14: at least 95% of LoC's facts overall and 90% per element.
/// </summary>
public class LocDcFactMeasurementTests(ITestOutputHelper output)
{
    private static readonly XNamespace Slim = "http://www.loc.gov/MARC21/slim";

    [SkippableFact]
    public void Our_oai_dc_carries_the_facts_of_loc_stylesheet()
    {
        PeerTool.Require("xsltproc");
        PeerTool.Require("yaz-marcdump");
        var count = new LocDcFactCount();
        var files = 0;
        var left = new List<string>();
        foreach (var file in MarcCorpusFiles.Iso2709().Concat(MarcCorpusFiles.Xml()))
        {
            var name = MarcCorpusFiles.Name(file);
            var marcXml = LocInput(file);
            if (marcXml is null)
            {
                left.Add(name + " (mixed MARC-8/UTF-8)");
                continue;
            }

            var loc = LocRecords(marcXml);
            var ours = OurRecords(file, name);
            var slim = SlimRecords(marcXml);
            if (loc is null || loc.Count != ours.Count || slim.Count != loc.Count)
            {
                left.Add($"{name} (LoC {loc?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "error"}, ours {ours.Count})");
                continue;
            }

            if (loc.Count == 0) continue;
            files++;
            for (var i = 0; i < loc.Count; i++) count.Add($"{name} #{i + 1}", loc[i], ours[i], LocalNotes(slim[i]));
        }

        output.WriteLine($"{files} files compared");
        output.WriteLine(count.Table());
        output.WriteLine($"left out ({left.Count}): " + string.Join("; ", left));
        output.WriteLine("missed:\n" + string.Join("\n", count.Missed));
        Assert.True(files > 100, $"only {files} files compared");
        Assert.True(count.Carried >= 0.95 * count.Loc, count.Table());
        foreach (var (element, (l, c)) in count.Elements) Assert.True(c >= 0.90 * l, $"{element}: {LocDcFactCount.Percent(c, l)}\n" + count.Table());
    }

    // MARCXML for the sheet: the file itself, or yaz-marcdump's MARCXML of an ISO 2709 file (MARC-8 converted); null when mixed.
    private static byte[]? LocInput(string file)
    {
        if (file.EndsWith(".xml", StringComparison.Ordinal)) return File.ReadAllBytes(file);
        var profile = MarcCorpusFiles.Classify(File.ReadAllBytes(file));
        if (profile == MarcCorpusFiles.Profile.Mixed) return null;
        string[] args = profile == MarcCorpusFiles.Profile.Marc8 ? ["-i", "marc", "-o", "marcxml", "-f", "MARC-8", "-t", "UTF-8", file] : ["-i", "marc", "-o", "marcxml", file];
        return PeerTool.Run("yaz-marcdump", args).StdOutBytes;
    }

    private static List<List<(string, string)>>? LocRecords(byte[] marcXml)
    {
        var xslt = TestEnvironment.TestData("reference", "xslt", "MARC21slim2OAIDC.xsl");
        var dir = Directory.CreateTempSubdirectory("loc-dc-");
        try
        {
            var input = Path.Combine(dir.FullName, "in.xml");
            File.WriteAllBytes(input, marcXml);
            var result = PeerTool.Run("xsltproc", ["--nonet", xslt, input]);
            if (result.ExitCode != 0) return null;
            return [.. XDocument.Parse(result.StdOut).Descendants(XName.Get("dc", DcNamespaces.OaiDc))
                .Select(dc => dc.Elements().Where(e => e.Name.NamespaceName == DcNamespaces.Elements).Select(e => (e.Name.LocalName, e.Value)).ToList())];
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<XElement> SlimRecords(byte[] marcXml)
    {
        try
        {
            using var ms = new MemoryStream(marcXml);
            return [.. XDocument.Load(ms).Descendants(Slim + "record")];
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }
    }

    // Norm of $a of the local and staff notes (59X, 541, 561, 583): the issue leaves them out of the count.
    private static HashSet<string> LocalNotes(XElement record) =>
        [.. record.Elements(Slim + "datafield")
            .Where(f => (string?)f.Attribute("tag") is { } t && (t.StartsWith("59", StringComparison.Ordinal) || t is "541" or "561" or "583"))
            .Select(f => LocDcDifference.Norm(string.Concat(f.Elements(Slim + "subfield").Where(s => (string?)s.Attribute("code") == "a").Select(s => s.Value))))];

    private static List<List<(string Element, string Value)>> OurRecords(string file, string name)
    {
        var registry = FormatRegistry.CreateDefault();
        var from = registry.Get(file.EndsWith(".xml", StringComparison.Ordinal) ? "marcxml" : "marc21");
        using var input = File.OpenRead(file);
        using var stream = new MemoryStream();
        var reader = from.CreateReader(input, new ReadOptions { Strictness = Strictness.Permissive, SourceName = name });
        new Converter(new ConversionOptions { OnError = ErrorPolicy.Skip, Threads = 1 }, new Quiet())
            .Run([new ConversionInput(name, reader)], [new ConversionTarget("dc", registry.Get("dc").CreateEncoder(new WriteOptions()), stream)]);
        stream.Position = 0;
        return [.. XDocument.Load(stream).Descendants(XName.Get("dc", DcNamespaces.OaiDc))
            .Select(dc => dc.Elements().Select(e => (e.Name.LocalName, e.Value)).ToList())];
    }

    private sealed class Quiet : IConversionObserver
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
