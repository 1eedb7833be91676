using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Formats.Json;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.Turtle;
using Exporter.Pipeline;

namespace Exporter.Tests.Fuzz;

/// <summary>Each reader honours its size and nesting limits, with safe defaults and a clear error naming the option.</summary>
public sealed class ResourceLimitTests
{
    [Fact]
    public void Defaults_are_safe()
    {
        var options = new ReadOptions();
        Assert.InRange(options.MaxRecordBytes, 1 << 16, 64 << 20);
        Assert.InRange(options.MaxNesting, 16, 1000);
        Assert.InRange(JsonLdReaderOptions.Default.MaxDepth, 16, 1000);
        Assert.InRange(new Exporter.Formats.Marc.Iso2709.Iso2709ReaderOptions().MaxRecordBytes, 99_999, 64 << 20);
    }

    [Fact]
    public void Text_record_over_MaxRecordBytes_is_rejected_and_the_next_record_still_reads()
    {
        var big = "A title\n\n" + string.Concat(Enumerable.Repeat("A very long abstract line of some length.\n", 200));
        var small = File.ReadAllText(Path.Combine(Support.TestEnvironment.Examples, "CX7118.txt"));
        var results = Read(new CatalogTextFormat(), big + "\f\n" + small, new ReadOptions { MaxRecordBytes = 4096 });

        Assert.Equal(2, results.Count);
        var d = Assert.Single(results[0].Diagnostics);
        Assert.Equal(("TEXT0001", Severity.Error), (d.Code, d.Severity));
        Assert.Contains("4096", d.Message, StringComparison.Ordinal);
        Assert.False(results[1].IsRejected);
    }

    [Fact]
    public void Json_line_over_MaxRecordBytes_is_rejected_without_keeping_it()
    {
        var line = "{\"title\":\"" + new string('x', 10_000) + "\"}";
        var results = Read(new RecordJsonFormat(), line + "\n{\"title\":\"ok\"}\n", new ReadOptions { MaxRecordBytes = 4096 });

        Assert.Equal(2, results.Count);
        Assert.Equal("JSON0001", Assert.Single(results[0].Diagnostics).Code);
        Assert.Equal(0, results[0].Source.Raw.Length);
        Assert.False(results[1].IsRejected);
    }

    [Fact]
    public void After_a_skipped_long_line_positions_stay_right()
    {
        var longLine = "{\"title\":\"" + new string('x', 300_000) + "\"}";
        var results = Read(new RecordJsonFormat(), longLine + "\r\n{\"title\":\"ok\"}\n", new ReadOptions { MaxRecordBytes = 4096 });

        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsRejected);
        Assert.Equal((2, longLine.Length + 2L), (results[1].Source.Line, results[1].Source.ByteOffset));
        Assert.False(results[1].IsRejected);
    }

    [Fact]
    public void Long_lines_do_not_grow_memory_past_MaxRecordBytes()
    {
        // one 32 MiB line (no line end) against a 1 MiB limit: the line reader must not buffer it whole
        var input = new byte[32 << 20];
        Array.Fill(input, (byte)'x');
        foreach (IRecordFormat format in new IRecordFormat[] { new RecordJsonFormat(), new CatalogTextFormat() })
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var results = Read(format, input, new ReadOptions { MaxRecordBytes = 1 << 20 });
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(Assert.Single(results).IsRejected, format.Name);
            Assert.True(allocated < 8 << 20, $"{format.Name}: allocated {allocated:N0} bytes for a 32 MiB line with a 1 MiB limit");
        }
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public void Json_nesting_over_MaxNesting_is_a_clear_error(int depth, bool rejected)
    {
        // depth counts the record object itself: {"title":"t","x":[[...]]}
        var nested = new string('[', depth - 1) + new string(']', depth - 1);
        var results = Read(new RecordJsonFormat(), "{\"title\":\"t\",\"notes\":" + nested + "}\n", new ReadOptions { MaxNesting = 64 });
        var result = Assert.Single(results);
        if (!rejected)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.ToString().Contains("MaxNesting", StringComparison.Ordinal));
            return;
        }

        Assert.True(result.IsRejected);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("JSON0002", d.Code);
        Assert.Contains("(ReadOptions.MaxNesting)", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("64", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DublinCore_nesting_over_MaxNesting_stops_fast_with_DC0001()
    {
        var deep = string.Concat(Enumerable.Repeat("<dc:title>", 20_000));
        var xml = "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" + deep;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var reader = new Exporter.Formats.DublinCore.DublinCoreReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new() { OnRejected = _ => { } });
        var ex = Assert.Throws<RecordFormatException>(() => reader.ReadAll().Count());
        Assert.Equal(Exporter.Formats.DublinCore.DcDiagnosticCodes.MalformedXml, ex.Diagnostic.Code);
        Assert.Contains("DublinCoreReaderOptions.MaxNesting", ex.Diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, ex.Diagnostic.Line);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void JsonLd_nesting_over_MaxDepth_is_JSONLD0002()
    {
        var json = "{\"@id\":\"http://x/1\",\"http://x/p\":" + new string('[', 40) + new string(']', 40) + "}";
        var ex = Assert.Throws<RecordFormatException>(() => JsonLdReader.Parse(json, new JsonLdReaderOptions { MaxDepth = 16 }));
        Assert.Equal(JsonLdDiagnosticCodes.TooDeep, ex.Diagnostic.Code);
        Assert.Contains("(JsonLdReaderOptions.MaxDepth; set JsonLdReaderOptions.OnInvalidRecord = Skip to go on)", ex.Diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_nesting_over_its_limit_is_RDF0010_not_a_stack_overflow()
    {
        var depth = 100_000;
        var text = "<http://x/s> <http://x/p> " + string.Concat(Enumerable.Repeat("[ <http://x/p> ", depth)) + "1" + new string(']', depth) + " .";
        var ex = Assert.Throws<RdfParseException>(() => TurtleReader.Parse(text));
        Assert.Equal("RDF0010", ex.Diagnostic.Code);
        Assert.Contains(TurtleParser.MaxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Diagnostic.Message, StringComparison.Ordinal);
    }

    private static List<ReadResult> Read(IRecordFormat format, string text, ReadOptions options) => Read(format, Encoding.UTF8.GetBytes(text), options);

    private static List<ReadResult> Read(IRecordFormat format, byte[] bytes, ReadOptions options)
    {
        using var reader = format.CreateReader(new MemoryStream(bytes), options);
        return reader.ReadResults().ToList();
    }
}
