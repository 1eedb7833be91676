using System.Buffers.Binary;
using System.IO.Compression;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// Decompresses gzip (RFC 1952, one member or several concatenated) and, unlike <see cref="GZipStream"/>, refuses a
/// file that ends early: a truncated header, deflate data or trailer, a CRC-32 or length that does not match, bytes
/// after the last member that are not another member, and corrupt deflate data all throw
/// <see cref="CorruptInputException"/> with the compressed byte offset. The members' deflate data is inflated by
/// <see cref="DeflateStream"/>; this class parses headers and trailers around it. Where a member's deflate data ends
/// inside the last chunk handed to the inflater is found by the trailer itself: the 8 bytes holding the CRC-32 and
/// length of exactly the data inflated. Opened to end at damage (<c>endAtDamage</c>), the stream instead reads as
/// ended where the damage is and keeps it in <see cref="Damage"/>, so that the reader frames the record cut there like any
/// truncated record (its bytes inflated before the damage are kept) and the caller then stops with the damage.
/// </summary>
internal sealed class GzipReadStream : ReadOnlyStream
{
    private const int TrailerLength = 8;
    private readonly Stream _source;
    private readonly string _name;
    private byte[] _buffer = new byte[1 << 16];
    private int _pos;
    private int _len;
    private long _base;
    private bool _sourceEof;
    private DeflateStream? _deflate;
    private int _handStart = -1;
    private bool _feedHitEof;
    private long _memberStart;
    private uint _crc;
    private long _size;
    private readonly bool _endAtDamage;
    private bool _done;

    public GzipReadStream(Stream source, string name, bool endAtDamage = false)
    {
        _source = source;
        _name = name;
        _endAtDamage = endAtDamage;
    }

    /// <summary>The damage the stream ended at (only when opened to end at damage), or null.</summary>
    public InputDamage? Damage { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (!_endAtDamage) return ReadChecked(buffer);
        try
        {
            return ReadChecked(buffer);
        }
        catch (CorruptInputException ex)
        {
            // Bytes after the last member leave the data whole (its CRC-32 checked); any other damage cuts it.
            Damage ??= new InputDamage(ex.Diagnostic, CutsLastRecord: ex.Diagnostic.Code != "GZIP0004");
            _done = true;
            return 0;
        }
    }

    private int ReadChecked(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        while (!_done)
        {
            if (_deflate is null && !StartMember())
            {
                _done = true;
                break;
            }

            int n;
            try
            {
                n = _deflate!.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                throw Damaged("GZIP0002", _base + Math.Max(_handStart, 0), $"corrupt gzip data in the member that begins at byte {_memberStart} ({ex.Message.TrimEnd('.')})", ex);
            }

            if (n > 0)
            {
                _crc = Crc32.Update(_crc, buffer[..n]);
                _size += n;
                return n;
            }

            EndMember();
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _deflate?.Dispose();
            _source.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Parses a member header; false at the clean end of the input (after at least one member).</summary>
    private bool StartMember()
    {
        _memberStart = _base + _pos;
        if (!Ensure(1)) return false;
        if (!Ensure(2) && _memberStart == 0) throw Truncated("in a gzip header");
        if (!Ensure(2) || _buffer[_pos] != 0x1F || _buffer[_pos + 1] != 0x8B)
            throw Damaged("GZIP0004", _memberStart, $"{_len - _pos}{(_sourceEof ? "" : " or more")} bytes after the end of the gzip data are not another gzip member; they are not read");
        if (!Ensure(10)) throw Truncated("in a gzip header");
        var method = _buffer[_pos + 2];
        var flags = _buffer[_pos + 3];
        if (method != 8) throw Damaged("GZIP0002", _memberStart + 2, $"unknown gzip compression method {method} (only 8, deflate, exists)");
        if ((flags & 0xE0) != 0) throw Damaged("GZIP0002", _memberStart + 3, $"reserved gzip header flags set (0x{flags:X2})");
        _pos += 10;
        if ((flags & 0x04) != 0)
        {
            if (!Ensure(2)) throw Truncated("in a gzip header");
            var extra = BinaryPrimitives.ReadUInt16LittleEndian(_buffer.AsSpan(_pos));
            _pos += 2;
            Skip(extra);
        }

        if ((flags & 0x08) != 0) SkipZeroTerminated();
        if ((flags & 0x10) != 0) SkipZeroTerminated();
        if ((flags & 0x02) != 0) Skip(2);
        _deflate = new DeflateStream(new Feed(this), CompressionMode.Decompress, leaveOpen: false);
        _handStart = -1;
        _feedHitEof = false;
        _crc = 0;
        _size = 0;
        return true;
    }

    /// <summary>After the inflater's end: finds and checks the trailer and moves past it.</summary>
    private void EndMember()
    {
        _deflate!.Dispose();
        _deflate = null;
        if (_feedHitEof || _handStart < 0) throw Truncated("in the deflate data");

        // the deflate data ended somewhere in [_handStart, _pos]; keep that and read up to 8 bytes past it
        Compact(_handStart);
        Ensure(TrailerLength);
        var expected = new byte[TrailerLength];
        BinaryPrimitives.WriteUInt32LittleEndian(expected, _crc);
        BinaryPrimitives.WriteUInt32LittleEndian(expected.AsSpan(4), unchecked((uint)_size));
        for (var p = _handStart; p <= _pos && p + TrailerLength <= _len; p++)
        {
            if (!_buffer.AsSpan(p, TrailerLength).SequenceEqual(expected)) continue;
            _pos = p + TrailerLength;
            _handStart = -1;
            return;
        }

        if (_sourceEof && CutInTrailer(expected)) throw Truncated("in a gzip trailer");
        throw Damaged("GZIP0003", _base + _handStart, $"corrupt gzip data: no trailer with the CRC-32 and length of the {_size} bytes inflated follows the deflate data of the member that begins at byte {_memberStart} (or the file is cut inside that trailer)");
    }

    /// <summary>True when the input ends inside a trailer whose CRC-32 is there and right (only the length is cut).</summary>
    private bool CutInTrailer(byte[] expected)
    {
        for (var p = Math.Max(_handStart, _len - TrailerLength + 1); p <= _len - 4; p++)
        {
            if (_buffer.AsSpan(p, _len - p).SequenceEqual(expected.AsSpan(0, _len - p))) return true;
        }

        return false;
    }

    private CorruptInputException Truncated(string where) =>
        Damaged("GZIP0001", _base + _len, $"gzip file truncated: it ends at byte {_base + _len} {where} (member from byte {_memberStart})");

    private CorruptInputException Damaged(string code, long offset, string message, Exception? inner = null)
    {
        var d = new Diagnostic(code, Severity.Error, message + " (byte offsets count compressed bytes)") { Source = _name, ByteOffset = offset };
        return inner is null ? new CorruptInputException(d) : new CorruptInputException(d, inner);
    }

    private void Skip(int count)
    {
        while (count > 0)
        {
            if (!Ensure(1)) throw Truncated("in a gzip header");
            var n = Math.Min(count, _len - _pos);
            _pos += n;
            count -= n;
        }
    }

    private void SkipZeroTerminated()
    {
        while (true)
        {
            if (!Ensure(1)) throw Truncated("in a gzip header");
            if (_buffer[_pos++] == 0) return;
        }
    }

    /// <summary>True when at least <paramref name="count"/> bytes are buffered from <see cref="_pos"/> on (reading
    /// more as needed); false at the end of the source before that.</summary>
    private bool Ensure(int count)
    {
        while (_len - _pos < count)
        {
            if (_sourceEof) return false;
            Compact(_handStart >= 0 ? Math.Min(_handStart, _pos) : _pos);
            if (_len == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var n = _source.Read(_buffer, _len, _buffer.Length - _len);
            if (n == 0) _sourceEof = true;
            _len += n;
        }

        return true;
    }

    /// <summary>Moves the bytes from <paramref name="keep"/> on to the start of the buffer.</summary>
    private void Compact(int keep)
    {
        if (keep <= 0) return;
        Buffer.BlockCopy(_buffer, keep, _buffer, 0, _len - keep);
        _base += keep;
        _len -= keep;
        _pos -= keep;
        if (_handStart >= 0) _handStart -= keep;
    }

    /// <summary>The compressed bytes as the inflater reads them: every read is remembered (where it began), so that
    /// the end of the deflate data can be found in it afterwards.</summary>
    private sealed class Feed(GzipReadStream owner) : ReadOnlyStream
    {
        public override int Read(Span<byte> buffer)
        {
            if (buffer.IsEmpty) return 0;
            owner._handStart = -1; // the inflater asks again only when it has used all it was given
            if (!owner.Ensure(1))
            {
                owner._feedHitEof = true;
                return 0;
            }

            var n = Math.Min(buffer.Length, owner._len - owner._pos);
            owner._buffer.AsSpan(owner._pos, n).CopyTo(buffer);
            owner._handStart = owner._pos;
            owner._pos += n;
            return n;
        }
    }
}
