namespace Exporter.Formats.Common;

/// <summary>
/// Splits a stream into lines (LF or CRLF) without decoding, streaming with a bounded buffer. A UTF-8 BOM at the
/// start is skipped. Each yielded line's memory is only valid until the next line is read; copy what you keep.
/// A line longer than the limit given to the constructor is yielded cut to one byte more than the limit (so callers
/// see it is over; its number and offset stay right) and the rest of it is skipped unbuffered, so memory stays
/// bounded whatever the input.
/// </summary>
internal sealed class ByteLineReader
{
    private readonly Stream _input;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _eof;
    private int _lineNumber;

    /// <summary>Creates a reader over <paramref name="input"/>; lines over <paramref name="maxLineBytes"/> are cut to that plus one byte.</summary>
    public ByteLineReader(Stream input, int maxLineBytes = int.MaxValue - 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        _input = input;
        _maxLineBytes = Math.Min(maxLineBytes, int.MaxValue - 1) + 1;
    }

    /// <summary>Bytes skipped at the start (3 for a BOM).</summary>
    public int PreambleLength { get; private set; }

    /// <summary>The lines, lazily.</summary>
    public IEnumerable<ByteLine> Lines()
    {
        while (!_eof && _end - _start < 3) Fill(); // a stream may hand out the BOM's bytes one read at a time
        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
        {
            _start += 3;
            PreambleLength = 3;
        }

        while (true)
        {
            var idx = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (idx < 0 && _end - _start > _maxLineBytes)
            {
                yield return Slice(_start, _start + _maxLineBytes, 0);
                SkipRestOfLine();
                continue;
            }

            if (idx < 0)
            {
                if (_eof)
                {
                    if (_end > _start)
                    {
                        var last = Slice(_start, _end, 0);
                        _start = _end;
                        yield return last;
                    }

                    yield break;
                }

                Compact();
                Fill();
                continue;
            }

            var stop = idx;
            var term = 1;
            if (stop > _start && _buffer[stop - 1] == '\r')
            {
                stop--;
                term = 2;
            }

            if (stop - _start > _maxLineBytes)
            {
                stop = _start + _maxLineBytes;
                term = 0;
            }

            var line = Slice(_start, stop, term);
            _start = idx + 1;
            yield return line;
        }
    }

    /// <summary>Discards input up to and including the next line feed (or to the end), reading in place.</summary>
    private void SkipRestOfLine()
    {
        while (true)
        {
            var idx = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (idx >= 0)
            {
                _start = idx + 1;
                return;
            }

            _bufferOffset += _end;
            _start = _end = 0;
            if (_eof) return;
            Fill();
        }
    }

    private ByteLine Slice(int from, int to, int term)
    {
        _lineNumber++;
        return new ByteLine(new ReadOnlyMemory<byte>(_buffer, from, to - from), _bufferOffset + from, _lineNumber, term);
    }

    private void Compact()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
    }

    private void Fill()
    {
        while (!_eof && _end < _buffer.Length)
        {
            var n = _input.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0) _eof = true;
            else _end += n;
            if (n > 0) break;
        }
    }
}
