using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.CatalogText;

public class CatalogTextRecordFormatterTests
{
    [Fact]
    public void The_stream_writer_writes_what_the_formatter_and_its_separator_write()
    {
        var records = RecordFactory.Examples();
        var formatter = new CatalogTextRecordFormatter();
        var expected = new ArrayBufferWriter<byte>();
        for (var i = 0; i < records.Count; i++)
        {
            if (i > 0) expected.Write("\f\n"u8);
            formatter.Write(records[i], expected, NullDiagnostics.Instance);
        }

        var text = System.Text.Encoding.UTF8.GetString(expected.WrittenSpan);
        Assert.Equal(text, RecordFactory.Write(new CatalogTextFormat(), records));
        Assert.Equal(text, string.Join("\f\n", records.Select(r => CatalogTextEncoder.Format(r, NullDiagnostics.Instance))));
    }
}
