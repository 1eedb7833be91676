namespace Exporter.Formats.Common;

/// <summary>
/// A read-only pass-through stream that keeps the bytes read since a mark, so that a reader decoding text through a
/// buffering <see cref="TextReader"/> can still hand out a record's raw input bytes by byte offset (never a
/// re-serialisation). Memory is bounded: past <c>maxRetained</c> bytes the oldest are dropped and
/// <see cref="Slice"/> answers null for them.
/// </summary>
internal sealed class RetainingStream(Stream inner, int maxRetained) : ReadOnlyStream
{
    private byte[] _kept = new byte[1 << 16];
    private int _keptLength;
    private long _keptStart;

    /// <summary>Bytes read from the inner stream so far.</summary>
    public long Consumed { get; private set; }

    /// <inheritdoc />
    public override long Position { get => Consumed; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Keep(buffer[..n]);
        Consumed += n;
        return n;
    }

    /// <summary>Forgets the bytes before <paramref name="offset"/>.</summary>
    public void Release(long offset)
    {
        var drop = (int)Math.Clamp(offset - _keptStart, 0, _keptLength);
        if (drop == 0) return;
        Buffer.BlockCopy(_kept, drop, _kept, 0, _keptLength - drop);
        _keptLength -= drop;
        _keptStart += drop;
    }

    /// <summary>A copy of the input bytes [<paramref name="from"/>, <paramref name="to"/>), or null when they are no longer kept.</summary>
    public byte[]? Slice(long from, long to)
    {
        if (from < _keptStart || to > _keptStart + _keptLength || to < from) return null;
        return _kept.AsSpan((int)(from - _keptStart), (int)(to - from)).ToArray();
    }

    /// <summary>
    /// The rest of the input from <paramref name="from"/> (or from the oldest byte still kept, when that is later; see
    /// <paramref name="start"/>), reading the inner stream to its end but keeping at most <paramref name="max"/> bytes;
    /// <paramref name="total"/> is the length of the rest, kept or not.
    /// </summary>
    public byte[] Rest(long from, int max, out long start, out long total)
    {
        start = Math.Max(from, _keptStart);
        using var rest = new MemoryStream();
        var kept = _kept.AsSpan(0, _keptLength)[(int)Math.Min(start - _keptStart, _keptLength)..];
        rest.Write(kept[..Math.Min(kept.Length, max)]);
        total = kept.Length;
        var buffer = new byte[1 << 16];
        int n;
        while ((n = inner.Read(buffer, 0, buffer.Length)) > 0)
        {
            Consumed += n;
            total += n;
            var room = (int)Math.Max(0, max - rest.Length);
            if (room > 0) rest.Write(buffer, 0, Math.Min(n, room));
            else if (total > (long)max * 16) break; // endless input (a device): do not read for ever
        }

        return rest.ToArray();
    }

    private void Keep(ReadOnlySpan<byte> data)
    {
        if (_keptLength + data.Length > maxRetained)
        {
            _keptStart += _keptLength + data.Length; // too much for one record: drop it all, keep from the next read
            _keptLength = 0;
            return;
        }

        if (_keptLength + data.Length > _kept.Length) Array.Resize(ref _kept, Math.Max(_kept.Length * 2, _keptLength + data.Length));
        data.CopyTo(_kept.AsSpan(_keptLength));
        _keptLength += data.Length;
    }
}
