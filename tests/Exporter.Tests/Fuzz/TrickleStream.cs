namespace Exporter.Tests.Fuzz;

/// <summary>
/// A read-only, non-seekable stream that hands out at most a few bytes per read, as pipes and sockets do: readers
/// that assume a full buffer per read, or mishandle data split across reads, break on it.
/// </summary>
public sealed class TrickleStream(byte[] data, int chunk) : Stream
{
    private int _position;

    /// <summary>A trickle of <paramref name="data"/> in chunks of 1..13 bytes chosen from the data (deterministic).</summary>
    public static TrickleStream Over(byte[] data) => new(data, 1 + (data.Length % 13));

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
