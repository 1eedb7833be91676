using BenchmarkDotNet.Attributes;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;

namespace Exporter.Benchmarks;

/// <summary>
/// Codec-level throughput on real records: ISO 2709 framing + parsing, ISO 2709 and MARCXML writing, and the
/// crosswalks. Input: BENCH_MARC (an ISO 2709 file, e.g. from ../shared/tools/make-bench-marc.sh) or the corpus.
/// </summary>
[MemoryDiagnoser]
public class MarcCodecBenchmarks
{
    private byte[] _input = [];
    private List<MarcRecord> _records = [];
    private List<CatalogRecord> _hub = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("BENCH_MARC") ?? Path.Combine(FindRepo(), "tests", "data", "corpus", "marc", "marc4j", "brkrtest_UTF8.mrc");
        _input = File.ReadAllBytes(path);
        _records = [.. new Iso2709Reader(new MemoryStream(_input)).ReadAll().Where(r => r.Record is not null).Select(r => r.Record!)];
        var cw = new MarcCrosswalk();
        _hub = [.. _records.Select(r => cw.ToCatalog(r, NullDiagnostics.Instance))];
    }

    [Benchmark]
    public int ReadIso2709()
    {
        var n = 0;
        foreach (var r in new Iso2709Reader(new MemoryStream(_input)).ReadAll()) n += r.Record?.AllFields.Length ?? 0;
        return n;
    }

    [Benchmark]
    public long WriteIso2709()
    {
        long bytes = 0;
        foreach (var r in _records) bytes += Iso2709Writer.Encode(r).Length;
        return bytes;
    }

    [Benchmark]
    public long WriteMarcXml()
    {
        using var ms = new MemoryStream();
        using var w = new MarcXmlWriter(ms);
        foreach (var r in _records) w.Write(r);
        w.Complete();
        return ms.Length;
    }

    [Benchmark]
    public int MarcToHub()
    {
        var cw = new MarcCrosswalk();
        var n = 0;
        foreach (var r in _records) n += cw.ToCatalog(r, NullDiagnostics.Instance).Title.Length;
        return n;
    }

    [Benchmark]
    public int HubToSchemaOrgGraph()
    {
        var cw = new SchemaOrgCrosswalk();
        var n = 0;
        foreach (var r in _hub) n += cw.FromCatalog(r, NullDiagnostics.Instance).Count;
        return n;
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Exporter.sln"))) dir = dir.Parent;
        return dir?.FullName ?? ".";
    }
}
