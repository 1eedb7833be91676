using System.Xml.Linq;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Marc.Xml;
using Exporter.Pipeline;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// LoC's MARC21slim2OAIDC.xsl against our MARC -> simple DC as the CLI makes it (the marcxml reader and the dc
/// encoder: the hub record plus what only the MARC record holds, MarcDcCrosswalk) on every schema-valid MARCXML file
/// of tests/data/corpus/marc: element by element, every difference must fall in a category documented in
/// docs/mappings/dublin-core.md.
/// </summary>
public class LocDcComparisonTests
{
    public static TheoryData<string> ValidMarcXml()
    {
        var data = new TheoryData<string>();
        var manifest = TestEnvironment.TestData("corpus", "marc", "MANIFEST.md");

        string? folder = null;
        foreach (var line in File.ReadLines(manifest))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) folder = line[3..].Trim().Split(' ')[0].Trim('`', '/');
            var cells = line.Split('|');
            if (cells.Length < 7 || folder is null) continue;
            if (cells[3].Trim() == "marcxml" && cells[6].Contains("XSD valid", StringComparison.Ordinal) && !cells[6].Contains("XSD invalid", StringComparison.Ordinal))
            {
                data.Add(folder + "/" + cells[1].Trim().Trim('`'));
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ValidMarcXml))]
    public void Every_difference_with_loc_stylesheet_is_documented(string file)
    {
        var input = TestEnvironment.TestData(["corpus", "marc", .. file.Split('/')]);
        Assert.True(File.Exists(input), input);
        var xslt = TestEnvironment.TestData("reference", "xslt", "MARC21slim2OAIDC.xsl");
        var result = PeerTool.Run("xsltproc", ["--nonet", xslt, input]);
        Assert.True(result.ExitCode == 0, result.StdErr);
        var dcNs = XNamespace.Get(DcNamespaces.Elements);
        var loc = XDocument.Parse(result.StdOut).Descendants(XName.Get("dc", DcNamespaces.OaiDc)).ToList();

        using var reader = new MarcXmlReader(File.OpenRead(input));
        var marc = reader.ReadAll().ToList();
        Assert.Equal(marc.Count, loc.Count);
        var dc = OurRecords(input, file);
        Assert.Equal(marc.Count, dc.Count);
        var differences = new List<LocDcDifference>();
        for (var i = 0; i < marc.Count; i++)
        {
            if (marc[i].Record is not { } m) continue;
            var ours = dc[i];
            var theirs = loc[i].Elements().Where(e => e.Name.Namespace == dcNs).ToList();
            // LoC writes every name as dc:creator, we split creator/contributor: names compare as one group, "agent".
            static string Key(string name) => name is "creator" or "contributor" ? "agent" : name;
            foreach (var element in theirs.Select(e => Key(e.Name.LocalName)).Concat(ours.Select(s => Key(s.Name))).Distinct())
            {
                var l = theirs.Where(e => Key(e.Name.LocalName) == element).Select(e => e.Value).ToList();
                var o = ours.Where(s => Key(s.Name) == element).Select(s => s.Value).ToList();
                var oursAll = o;
                foreach (var v in Except(l, o)) differences.Add(new LocDcDifference(file, i, element, "loc", v) { Category = LocDcDifference.Classify(element, "loc", v, l, o, m, oursAll) });
                foreach (var v in Except(o, l)) differences.Add(new LocDcDifference(file, i, element, "ours", v) { Category = LocDcDifference.Classify(element, "ours", v, l, o, m, oursAll) });
            }
        }

        var unexplained = differences.Where(d => d.Category is null).ToList();
        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained.Take(40)));
        var doc = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "docs", "mappings", "dublin-core.md"));
        foreach (var category in differences.Select(d => d.Category!).Distinct()) Assert.Contains("`" + category + "`", doc, StringComparison.Ordinal);
    }

    // Our oai_dc of the file as `exporter convert --to dc` writes it: (element, value) per record, in order.
    private static List<List<(string Name, string Value)>> OurRecords(string file, string name)
    {
        var registry = FormatRegistry.CreateDefault();
        using var input = File.OpenRead(file);
        using var stream = new MemoryStream();
        var reader = registry.Get("marcxml").CreateReader(input, new ReadOptions { SourceName = name });
        new Converter(new ConversionOptions { OnError = ErrorPolicy.Skip, Threads = 1 }, new Quiet())
            .Run([new ConversionInput(name, reader)], [new ConversionTarget("dc", registry.Get("dc").CreateEncoder(new WriteOptions()), stream)]);
        stream.Position = 0;
        return [.. XDocument.Load(stream).Descendants(XName.Get("dc", DcNamespaces.OaiDc))
            .Select(dc => dc.Elements().Where(e => e.Name.NamespaceName == DcNamespaces.Elements).Select(e => (e.Name.LocalName, e.Value)).ToList())];
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

    // Values of a not matched exactly (after trimming) by a value of b, as multisets.
    private static List<string> Except(List<string> a, List<string> b)
    {
        var rest = b.Select(x => x.Trim()).ToList();
        var left = new List<string>();
        foreach (var v in a)
        {
            var k = rest.IndexOf(v.Trim());
            if (k >= 0) rest.RemoveAt(k);
            else left.Add(v);
        }

        return left;
    }
}
