using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Interop.Tests.Rdf;
using Exporter.Interop.Tests.Support;
using Exporter.Pipeline;

namespace Exporter.Interop.Tests.Bibframe;

/// <summary>rapper and rdflib read every record of our `bibframe` output as the graph our reader reads, on corpus files of several kinds.</summary>
public sealed class BibframeOutputPeerTests
{
    public static TheoryData<string> Files =>
    [
        "marc4j/chabon.xml", "marc4j/OCLC_814388508.xml", "folio-srm/CornellFOLIOExemplars_Bibs.mrc", "marc-perl/charset_cjk1.marc",
        "natlibfi/marcxml_2RecordsFrom1.xml",
    ];

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Rapper_and_rdflib_read_our_bibframe_as_our_reader_does(string file)
    {
        PeerTool.Require("rapper");
        using var docs = new RdfXmlDocuments();
        var path = docs.PathOf("out.bf.rdf");
        var registry = FormatRegistry.CreateDefault();
        var input = TestEnvironment.TestData(["corpus", "marc", .. file.Split('/')]);
        var from = registry.Get(file.EndsWith(".xml", StringComparison.Ordinal) ? "marcxml" : "marc21");
        using (var stream = File.Create(path))
        {
            using var reader = from.CreateReader(File.OpenRead(input), new ReadOptions { Strictness = Strictness.Permissive, SourceName = file });
            var options = new WriteOptions { Clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) };
            var summary = new Converter(new ConversionOptions { OnError = ErrorPolicy.Skip, Threads = 2 }, new NoObserver())
                .Run([new ConversionInput(file, reader)], [new ConversionTarget("bibframe", registry.Get("bibframe").CreateEncoder(options), stream)]);
            Assert.True(summary.Written > 0, $"nothing written for {file}");
        }

        var ours = RdfXmlDocuments.Ours(path);
        Assert.True(ours.Count > 50, $"{ours.Count} triples");
        Assert.True(GraphIsomorphism.AreIsomorphic(ours, RdfXmlDocuments.Rapper(path)), "rapper reads our BIBFRAME differently");
        Assert.True(GraphIsomorphism.AreIsomorphic(ours, docs.Rdflib(path)), "rdflib reads our BIBFRAME differently");
    }

    private sealed class NoObserver : IConversionObserver
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
