namespace Exporter.Formats.Common;

/// <summary>
/// A read-only stream of some bytes already read from a stream, then the rest of that stream; disposing it disposes
/// that stream only when <paramref name="ownsRest"/>.
/// </summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest, bool ownsRest = false) : ReadOnlyStream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (_prefix.IsEmpty) return rest.Read(buffer);
        var n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsRest) rest.Dispose();
        base.Dispose(disposing);
    }
}
