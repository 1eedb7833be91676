using System.Buffers;
using Exporter.Formats.Json;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Json;

public class RecordJsonLineFormatterTests
{
    [Fact]
    public void The_stream_writer_writes_what_the_formatter_writes()
    {
        var records = RecordFactory.Examples();
        var formatter = new RecordJsonLineFormatter();
        var expected = new ArrayBufferWriter<byte>();
        foreach (var r in records) formatter.Write(r, expected);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.WrittenSpan), RecordFactory.Write(new RecordJsonFormat(), records));
        Assert.Equal(string.Concat(records.Select(r => RecordJsonSerializer.Serialize(r) + "\n")), RecordFactory.Write(new RecordJsonFormat(), records));
    }
}
