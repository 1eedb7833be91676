using System.Buffers;
using System.Text;
using Exporter.Formats.Marc.Mrk;

namespace Exporter.Tests.Formats.Marc.Mrk;

public class MrkRecordFormatterTests
{
    [Fact]
    public void The_stream_writer_and_the_text_form_write_what_the_formatter_writes()
    {
        var records = MarcSamples.Random(7, 30).Prepend(MarcSamples.Minimal()).ToList();
        var formatter = new MrkRecordFormatter();
        var expected = new ArrayBufferWriter<byte>();
        foreach (var r in records) formatter.Write(r, expected);

        using var ms = new MemoryStream();
        using (var writer = new MrkWriter(ms))
        {
            foreach (var r in records) writer.Write(r);
            writer.Complete();
        }

        Assert.Equal(expected.WrittenSpan.ToArray(), ms.ToArray());
        Assert.Equal(expected.WrittenSpan.ToArray(), new UTF8Encoding(false).GetBytes(string.Concat(records.Select(MrkWriter.Format))));
    }
}
