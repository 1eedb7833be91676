using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using static Exporter.Tests.Formats.Marc.Iso2709.RawMarc;

namespace Exporter.Tests.Formats.Marc.Iso2709;

public class Iso2709FramerTests
{
    private static List<Iso2709RawRecord> Frame(byte[] input, Iso2709ReaderOptions? options = null) =>
        [.. new Iso2709Framer(new MemoryStream(input), options).ReadAll()];

    [Fact]
    public void Splits_consecutive_records_with_their_offsets()
    {
        byte[] a = Simple("a"), b = Simple("bb"), c = Simple("ccc");
        var raws = Frame([.. a, .. b, .. c]);
        Assert.Equal([0L, 1L, 2L], raws.Select(r => r.Index));
        Assert.Equal([0L, a.Length, a.Length + b.Length], raws.Select(r => r.ByteOffset));
        Assert.Equal(b, raws[1].Bytes);
        Assert.All(raws, r => Assert.Empty(r.FramingDiagnostics));
    }

    [Fact]
    public void Wrong_leader_length_falls_back_to_the_record_terminator()
    {
        var a = Patch(Simple("a"), 0, "00010");
        var raws = Frame([.. a, .. Simple("b")]);
        Assert.Equal(2, raws.Count);
        Assert.Equal(a, raws[0].Bytes);
    }

    [Fact]
    public void Filler_between_records_is_skipped_and_reported()
    {
        var a = Simple("a");
        var raws = Frame([.. a, 0x00, 0x1A, (byte)' ', (byte)' ', (byte)'\r', (byte)'\n', Rt, .. Simple("b")]);
        Assert.Equal(2, raws.Count);
        var d = Assert.Single(raws[1].FramingDiagnostics);
        Assert.Equal(MarcDiagnosticCodes.FillerSkipped, d.Code);
        Assert.Equal(a.Length, d.ByteOffset);
        Assert.Equal(a.Length + 7, raws[1].ByteOffset);
    }

    [Fact]
    public void Trailing_filler_is_reported_apart_from_records()
    {
        var framer = new Iso2709Framer(new MemoryStream([.. Simple(), 0x1A, (byte)'\n']));
        Assert.Single(framer.ReadAll());
        Assert.Equal(MarcDiagnosticCodes.FillerSkipped, Assert.Single(framer.TrailingDiagnostics).Code);
    }

    [Fact]
    public void A_truncated_last_record_is_still_framed()
    {
        var b = Simple("b");
        var raws = Frame([.. Simple("a"), .. b.AsSpan(0, 30)]);
        Assert.Equal(2, raws.Count);
        Assert.Equal(30, raws[1].Bytes.Length);
    }

    [Fact]
    public void A_segment_over_MaxRecordBytes_is_cut_and_the_rest_skipped_to_the_next_terminator()
    {
        var junk = Enumerable.Repeat((byte)'x', 500).ToArray();
        var raws = Frame([.. junk, Rt, .. Simple("b")], new Iso2709ReaderOptions { MaxRecordBytes = 100 });
        Assert.Equal(2, raws.Count);
        Assert.Equal(100, raws[0].Bytes.Length);
        var d = Assert.Single(raws[0].FramingDiagnostics);
        Assert.Equal((MarcDiagnosticCodes.RecordTooLarge, Severity.Error), (d.Code, d.Severity));
        Assert.Equal(501, raws[1].ByteOffset);
    }

    [Fact]
    public void Reads_a_stream_that_arrives_in_small_pieces()
    {
        byte[] input = [.. Simple("a"), .. Simple("b"), .. Simple("c")];
        var raws = new Iso2709Framer(new TrickleStream(input)).ReadAll().ToList();
        Assert.Equal(3, raws.Count);
        Assert.Equal(input, raws.SelectMany(r => r.Bytes));
    }

    [Fact]
    public void Memory_stays_bounded_on_a_large_input()
    {
        // 20,000 records (~1.4 MB) pass through; the framer never needs more than one record in memory.
        var one = Simple("x");
        var stream = new RepeatStream(one, 20_000);
        long count = 0;
        foreach (var raw in new Iso2709Framer(stream).ReadAll())
        {
            Assert.Equal(one.Length, raw.Bytes.Length);
            count++;
        }

        Assert.Equal(20_000, count);
    }

    /// <summary>Returns at most 7 bytes per read.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));
    }

    /// <summary>Yields the same record n times without holding them all.</summary>
    private sealed class RepeatStream(byte[] record, int times) : Stream
    {
        private long _pos;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _pos; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = (long)record.Length * times;
            var n = 0;
            while (n < count && _pos < total)
            {
                buffer[offset + n++] = record[_pos++ % record.Length];
            }

            return n;
        }
    }
}
