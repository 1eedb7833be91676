using Exporter.Formats.Common;

namespace Exporter.Tests.Formats.Common;

public class WriteOnlyStreamTests
{
    /// <summary>A subclass that says only how it writes: it keeps the bytes.</summary>
    private sealed class Collecting : WriteOnlyStream
    {
        public List<byte> Bytes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer) => Bytes.AddRange(buffer);
    }

    [Fact]
    public void Every_way_of_writing_reaches_the_span_write()
    {
        var s = new Collecting();
        s.Write([1, 2, 3, 4], 1, 2);
        s.WriteByte(5);
        s.Write(new byte[] { 6, 7 });
        new MemoryStream([8, 9]).CopyTo(s);
        s.Flush();
        Assert.Equal([2, 3, 5, 6, 7, 8, 9], s.Bytes);
    }

    [Fact]
    public void It_can_be_written_only()
    {
        var s = new Collecting();
        Assert.True(s.CanWrite);
        Assert.False(s.CanRead);
        Assert.False(s.CanSeek);
        Assert.Throws<NotSupportedException>(() => s.Read(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => s.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => s.SetLength(1));
        Assert.Throws<NotSupportedException>(() => s.Length);
        Assert.Throws<NotSupportedException>(() => s.Position);
        Assert.Throws<NotSupportedException>(() => s.Position = 0);
    }
}
