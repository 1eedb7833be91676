using Exporter.Formats.Common;

namespace Exporter.Jobs;

/// <summary>A read-only stream wrapper that can look at the first bytes without consuming them (pipes included).</summary>
internal sealed class PeekableStream(Stream inner) : ReadOnlyStream
{
    private byte[] _peeked = [];
    private int _peekPos;

    /// <summary>The stream read through.</summary>
    public Stream Inner => inner;

    /// <summary>Up to <paramref name="count"/> first bytes; reading later still returns them.</summary>
    public byte[] Peek(int count)
    {
        if (_peeked.Length >= count || _peekPos > 0) return _peeked;
        var buffer = new byte[count];
        _peeked.CopyTo(buffer, 0); // bytes of an earlier, shorter peek were already taken from the inner stream
        var n = _peeked.Length;
        while (n < count)
        {
            var r = inner.Read(buffer, n, count - n);
            if (r == 0) break;
            n += r;
        }

        _peeked = buffer[..n];
        return _peeked;
    }

    public override int Read(Span<byte> buffer)
    {
        if (_peekPos < _peeked.Length)
        {
            var n = Math.Min(buffer.Length, _peeked.Length - _peekPos);
            _peeked.AsSpan(_peekPos, n).CopyTo(buffer);
            _peekPos += n;
            return n;
        }

        return inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
