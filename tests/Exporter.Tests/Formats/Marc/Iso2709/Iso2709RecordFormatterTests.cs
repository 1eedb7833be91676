using System.Buffers;
using Exporter.Formats.Marc.Iso2709;

namespace Exporter.Tests.Formats.Marc.Iso2709;

public class Iso2709RecordFormatterTests
{
    [Theory]
    [InlineData(Iso2709OutputEncoding.Utf8)]
    [InlineData(Iso2709OutputEncoding.Marc8)]
    public void The_stream_writer_writes_what_the_formatter_writes(Iso2709OutputEncoding encoding)
    {
        var options = new Iso2709WriterOptions { Encoding = encoding };
        var records = MarcSamples.Random(11, 30).Prepend(MarcSamples.Minimal()).ToList();
        var formatter = new Iso2709RecordFormatter(options);
        var expected = new ArrayBufferWriter<byte>();
        for (var i = 0; i < records.Count; i++) formatter.Write(records[i], i, expected);

        using var ms = new MemoryStream();
        var writer = new Iso2709Writer(ms, options);
        foreach (var r in records) writer.Write(r);
        writer.Complete();
        Assert.Equal(expected.WrittenSpan.ToArray(), ms.ToArray());
        Assert.Equal(expected.WrittenSpan.ToArray(), records.SelectMany(r => Iso2709Writer.Encode(r, options)).ToArray());
    }

    [Fact]
    public void A_record_that_cannot_be_written_leaves_nothing_and_the_next_one_is_whole()
    {
        var formatter = new Iso2709RecordFormatter(Iso2709WriterOptions.Default);
        var output = new ArrayBufferWriter<byte>();
        var bad = MarcSamples.Minimal() with { AllFields = [new Exporter.Formats.Marc.Model.ControlField("001", "a\u001Eb")] };
        Assert.Throws<Exporter.Diagnostics.RecordWriteException>(() => formatter.Write(bad, 0, output));
        Assert.Equal(0, output.WrittenCount);
        formatter.Write(MarcSamples.Minimal(), 1, output);
        Assert.Equal(Iso2709Writer.Encode(MarcSamples.Minimal()), output.WrittenSpan.ToArray());
    }
}
