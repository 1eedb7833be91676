using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Jobs.Sharding;

/// <summary>
/// A forward-only stream of a slice of a file: the envelope's prologue, the file's bytes from start to end, the
/// epilogue. Counts the line feeds of the file's bytes it hands out (for the line numbers <c>exporter merge</c> mends).
/// </summary>
internal sealed class SliceStream(Stream file, long start, long end, SliceEnvelope envelope) : ReadOnlyStream
{
    private long _remaining = Math.Max(0, end - start);
    private int _prologue;
    private int _epilogue;
    private bool _positioned;

    /// <summary>Line feeds in the file's bytes read so far.</summary>
    public long LineFeeds { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        if (_prologue < envelope.Prologue.Length) return Copy(envelope.Prologue.Span, ref _prologue, buffer);
        if (_remaining > 0)
        {
            if (!_positioned)
            {
                file.Position = start;
                _positioned = true;
            }

            var n = file.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
            if (n > 0)
            {
                _remaining -= n;
                LineFeeds += buffer[..n].Count((byte)'\n');
                return n;
            }

            _remaining = 0; // the file shrank under us: the reader sees the end
        }

        return _epilogue < envelope.Epilogue.Length ? Copy(envelope.Epilogue.Span, ref _epilogue, buffer) : 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) file.Dispose();
        base.Dispose(disposing);
    }

    private static int Copy(ReadOnlySpan<byte> from, ref int at, Span<byte> to)
    {
        var n = Math.Min(from.Length - at, to.Length);
        from.Slice(at, n).CopyTo(to);
        at += n;
        return n;
    }
}
