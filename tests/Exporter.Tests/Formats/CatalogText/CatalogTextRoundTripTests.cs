using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.CatalogText;

public class CatalogTextRoundTripTests
{
    [Theory]
    [MemberData(nameof(RecordFactory.ExampleIndexes), MemberType = typeof(RecordFactory))]
    public void Example_reads_back_the_same_after_writing(int index)
    {
        var record = RecordFactory.Examples()[index];
        var text = CatalogTextEncoder.Format(record, NullDiagnostics.Instance);
        var back = RecordFactory.ParseText(text).Single();
        Assert.False(back.IsRejected, string.Join("\n", back.Diagnostics));
        Assert.Equal(record, back.GetCatalog(NullDiagnostics.Instance));
        Assert.DoesNotContain(back.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Writer_output_of_cx7118_keeps_the_page_layout()
    {
        var record = RecordFactory.Examples()[0];
        var text = CatalogTextEncoder.Format(record, NullDiagnostics.Instance);
        Assert.StartsWith("From Lenin to Stalin\n\nSerge, Victor\nPublisher:\u00a0 Monad Press\nYear Published:\u00a0 1973 \u00a0 First Published:\u00a0 1937\nPages:\u00a0 160pp\nResource Type:\u00a0 Book\nCx Number:\u00a0 CX7118\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n[Reviewed by Ulli Diemer]\n", text, StringComparison.Ordinal);
        Assert.Contains("\nOther Essays\n1. Life and Culture in 1918\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_single_line_records_round_trip() =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Line), record =>
        {
            var text = CatalogTextEncoder.Format(record, NullDiagnostics.Instance);
            var back = RecordFactory.ParseText(text).Single();
            Assert.False(back.IsRejected, string.Join("\n", back.Diagnostics) + "\n" + text);
            Assert.Equal(Normalize(record), back.GetCatalog(NullDiagnostics.Instance));
        }, tests: 300);

    [Fact]
    public void Several_generated_records_in_one_stream_round_trip()
    {
        var gen = HubGen.Record(HubGen.StringDomain.Line);
        var records = FsCheck.Fluent.Gen.Sample(gen, 20, 25).Select(Normalize).ToList();
        var text = RecordFactory.Write(new CatalogTextFormat(), records);
        var back = RecordFactory.ParseText(text);
        Assert.Equal(records.Count, back.Count);
        Assert.Equal(records, back.Select(r => r.GetCatalog(NullDiagnostics.Instance)));
    }

    /// <summary>
    /// What catalog text is documented to lose (docs/formats/catalog-text.md): non-digit contents numbers, and
    /// a contributor without roles written as a plain person line. Applied to the expected record.
    /// </summary>
    private static CatalogRecord Normalize(CatalogRecord r) => r with { SourceFields = [] };
}
