using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>The stream writers are shells over the formatters: the same bytes as the formatter's pieces joined.</summary>
public class DcRecordFormatterTests
{
    private static readonly DublinCoreRecord[] Records =
    [
        DcSamples.Sample(),
        DcSamples.Sample("oai:catalog.example.org:CX7119") with { Statements = [DcStatement.Element("title", "Second <&> \"\r\n\t"), DcStatement.Term("audience", "x")] },
        DcSamples.Sample("oai:catalog.example.org:CX7120"),
    ];

    public static TheoryData<DcContainer, bool, int> Cases()
    {
        var data = new TheoryData<DcContainer, bool, int>();
        foreach (var indent in new[] { true, false })
        {
            data.Add(DcContainer.Collection, indent, 1);
            data.Add(DcContainer.Collection, indent, 3);
            data.Add(DcContainer.SingleRecord, indent, 1);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Oai_dc_writer_writes_what_the_formatter_writes(DcContainer container, bool indent, int count)
    {
        var options = DcSamples.OaiOptions(container) with { Indent = indent };
        var records = Records.Take(count).Select(r => container == DcContainer.SingleRecord ? r with { Header = null } : r).ToList();
        var expectedDiagnostics = new DiagnosticBag();
        var expected = Pieces(new OaiDcRecordFormatter(options), records, expectedDiagnostics);
        var diagnostics = new DiagnosticBag();
        Assert.Equal(expected, DcSamples.WriteOaiDc(records, options, diagnostics));
        Assert.Equal(expectedDiagnostics.Items, diagnostics.Items);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Qualified_dc_writer_writes_what_the_formatter_writes(DcContainer container, bool indent, int count)
    {
        var options = new QualifiedDcWriterOptions { Container = container, Indent = indent };
        var records = Records.Take(count).ToList();
        var expected = Pieces(new QualifiedDcRecordFormatter(options), records, new DiagnosticBag());
        Assert.Equal(expected, DcSamples.WriteQdc(records, options));
    }

    [Fact]
    public void An_empty_oai_pmh_response_is_the_envelope_alone_in_both_paths()
    {
        var formatter = new OaiDcRecordFormatter(DcSamples.OaiOptions());
        var empty = new ArrayBufferWriter<byte>();
        formatter.WriteEmptyDocument(empty, NullDiagnostics.Instance);
        Assert.Equal(Pieces(formatter, [], new DiagnosticBag()), Encoding.UTF8.GetString(empty.WrittenSpan));
        Assert.Equal(Encoding.UTF8.GetString(empty.WrittenSpan), DcSamples.WriteOaiDc([], DcSamples.OaiOptions()));
        Assert.Contains("noRecordsMatch", DcSamples.WriteOaiDc([], DcSamples.OaiOptions()));
    }

    [Fact]
    public void A_record_refused_by_the_formatter_leaves_nothing_in_the_output()
    {
        var formatter = new OaiDcRecordFormatter(DcSamples.OaiOptions());
        var output = new ArrayBufferWriter<byte>();
        Assert.Throws<RecordWriteException>(() => formatter.Write(DcSamples.Sample(null), 4, output, NullDiagnostics.Instance));
        Assert.Equal(0, output.WrittenCount);
    }

    /// <summary>Header, before-record bytes, each record and footer, each written as a piece of its own.</summary>
    private static string Pieces(DcRecordFormatter formatter, IReadOnlyList<DublinCoreRecord> records, IDiagnostics diagnostics)
    {
        var output = new ArrayBufferWriter<byte>();
        formatter.WriteHeader(output, diagnostics);
        for (var i = 0; i < records.Count; i++)
        {
            formatter.WriteBefore(output, i);
            formatter.Write(records[i], i, output, diagnostics);
        }

        formatter.WriteFooter(output, records.Count, diagnostics);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
