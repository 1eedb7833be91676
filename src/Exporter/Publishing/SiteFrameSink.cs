namespace Exporter.Publishing;

/// <summary>
/// The converter's output stream for a publish run: it receives the framed records (<see cref="SiteRecordFrame"/>)
/// in input order, on the converter's writing thread, and hands each whole one to the <see cref="SiteBuilder"/>.
/// A frame may arrive in pieces; only the current frame's bytes are held.
/// </summary>
internal sealed class SiteFrameSink(SiteBuilder site) : Stream
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>True when no partial frame is held (the run's bytes ended on a frame boundary).</summary>
    public bool IsEmpty => _start == _end;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Append(buffer);
        while (_end - _start >= SiteRecordFrame.PrefixLength)
        {
            var length = SiteRecordFrame.BodyLength(_buffer.AsSpan(_start));
            if (_end - _start - SiteRecordFrame.PrefixLength < length) break;
            var record = SiteRecordFrame.Read(_buffer, _start + SiteRecordFrame.PrefixLength, length);
            _start += SiteRecordFrame.PrefixLength + length;
            site.Add(record);
        }

        if (_start == _end) _start = _end = 0;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_end + bytes.Length > _buffer.Length)
        {
            var held = _end - _start;
            var next = held + bytes.Length > _buffer.Length ? new byte[Math.Max(_buffer.Length * 2, held + bytes.Length)] : _buffer;
            _buffer.AsSpan(_start, held).CopyTo(next);
            _buffer = next;
            _start = 0;
            _end = held;
        }

        bytes.CopyTo(_buffer.AsSpan(_end));
        _end += bytes.Length;
    }
}
