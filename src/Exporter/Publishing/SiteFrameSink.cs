using Exporter.Formats.Common;

namespace Exporter.Publishing;

/// <summary>
/// The converter's output stream for a publish run: it receives the framed records (<see cref="SiteRecordFrame"/>)
/// in input order, on the converter's writing thread, and hands each whole one to the <see cref="SiteBuilder"/>.
/// A frame may arrive in pieces; only the current frame's bytes are held.
/// </summary>
internal sealed class SiteFrameSink(SiteBuilder site) : WriteOnlyStream
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    /// <summary>True when no partial frame is held (the run's bytes ended on a frame boundary).</summary>
    public bool IsEmpty => _start == _end;

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
