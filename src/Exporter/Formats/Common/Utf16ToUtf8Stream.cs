using System.Buffers;
using System.Text.Unicode;

namespace Exporter.Formats.Common;

/// <summary>
/// UTF-16 input (little- or big-endian, told by its byte-order mark or, without one, by the NUL beside its first
/// ASCII character) read as UTF-8, streaming, so that UTF-16 XML is framed by its bytes like UTF-8 XML. A byte-order
/// mark becomes the UTF-8 one. A lone surrogate, or an odd last byte, becomes the byte 0xFF, which is not UTF-8, so
/// the record holding it is rejected as not well-formed instead of being changed silently. Offsets in what this
/// stream gives count UTF-8 bytes.
/// </summary>
internal sealed class Utf16ToUtf8Stream(Stream inner) : ReadOnlyStream
{
    private const byte Invalid = 0xFF;
    private readonly byte[] _in = new byte[1 << 15];
    private readonly char[] _chars = new char[1 << 14];
    private readonly byte[] _out = new byte[(3 << 14) + 8];
    private int _inLen;
    private int _outPos;
    private int _outLen;
    private bool _started;
    private bool _bigEndian;
    private bool _eof;

    /// <summary>True when <paramref name="head"/> starts as UTF-16: a byte-order mark, or a NUL beside a first '&lt;'.</summary>
    public static bool Detects(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF) || (head[0] == '<' && head[1] == 0) || (head[0] == 0 && head[1] == '<'));

    /// <summary>The UTF-8 transcoding of some first bytes of UTF-16 input (for sniffing what it holds).</summary>
    public static byte[] Transcode(ReadOnlySpan<byte> head)
    {
        using var s = new Utf16ToUtf8Stream(new MemoryStream(head.ToArray()));
        var utf8 = new MemoryStream();
        s.CopyTo(utf8);
        return utf8.ToArray();
    }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        while (_outPos == _outLen)
        {
            if (!Fill()) return 0;
        }

        var n = Math.Min(buffer.Length, _outLen - _outPos);
        _out.AsSpan(_outPos, n).CopyTo(buffer);
        _outPos += n;
        return n;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Reads more input and transcodes what it can; false at the end, with nothing left.</summary>
    private bool Fill()
    {
        _outPos = 0;
        _outLen = 0;
        if (!_eof)
        {
            var n = inner.Read(_in, _inLen, _in.Length - _inLen);
            if (n == 0) _eof = true;
            _inLen += n;
        }

        var skip = 0;
        if (!_started)
        {
            if (_inLen < 2 && !_eof) return true;
            _started = true;
            if (_inLen >= 2 && ((_in[0] == 0xFF && _in[1] == 0xFE) || (_in[0] == 0xFE && _in[1] == 0xFF)))
            {
                _bigEndian = _in[0] == 0xFE;
                skip = 2;
                "\uFEFF"u8.CopyTo(_out);
                _outLen = 3;
            }
            else
            {
                _bigEndian = _inLen >= 1 && _in[0] == 0;
            }
        }

        var units = (_inLen - skip) / 2;
        for (var i = 0; i < units; i++)
        {
            var (a, b) = (_in[skip + (2 * i)], _in[skip + (2 * i) + 1]);
            _chars[i] = (char)(_bigEndian ? (a << 8) | b : (b << 8) | a);
        }

        var consumed = 0;
        while (consumed < units)
        {
            var status = Utf8.FromUtf16(_chars.AsSpan(consumed, units - consumed), _out.AsSpan(_outLen), out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _eof);
            consumed += read;
            _outLen += written;
            if (status != OperationStatus.InvalidData) break; // done, or a high surrogate waiting for the next read
            _out[_outLen++] = Invalid;
            consumed++;
        }

        var used = skip + (2 * consumed);
        Buffer.BlockCopy(_in, used, _in, 0, _inLen - used);
        _inLen -= used;
        if (_eof && _inLen > 0)
        {
            _out[_outLen++] = Invalid; // an odd last byte
            _inLen = 0;
        }

        return _outLen > 0 || !_eof;
    }
}
