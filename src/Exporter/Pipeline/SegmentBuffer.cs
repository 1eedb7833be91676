using System.Buffers;
using Exporter.Formats.Common;

namespace Exporter.Pipeline;

/// <summary>
/// A growable byte buffer that records of one batch are encoded into one after another, for one target. It can be
/// cut back to an earlier length (a record rejected by another target leaves nothing) and is reused from batch to
/// batch, so steady-state conversion allocates no output buffers.
/// </summary>
internal sealed class SegmentBuffer : IBufferWriter<byte>
{
    private byte[] _buffer;
    private int _length;

    public SegmentBuffer(int capacity = 1 << 16) => _buffer = new byte[capacity];

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    /// <summary>Bytes the buffer holds without growing.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>The bytes from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public ReadOnlySpan<byte> Slice(int start, int end) => _buffer.AsSpan(start, end - start);

    /// <summary>Forgets everything after <paramref name="length"/> bytes.</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _length);
        _length = length;
    }

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > _buffer.Length - _length) throw new InvalidOperationException("advanced past the end of the buffer");
        _length += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    private void Ensure(int sizeHint)
    {
        var need = Math.Max(sizeHint, 1);
        if (_buffer.Length - _length >= need) return;
        ByteArrayGrowth.Grow(ref _buffer, _length, need, "a batch's output");
    }
}
