using System.Buffers;
using System.Text;
using Exporter.Diagnostics;

namespace Exporter.Formats.Rdf;

/// <summary>
/// A forward-only character cursor over a <see cref="TextReader"/> with arbitrary look-ahead and 1-based
/// line/column tracking, shared by the Turtle and N-Triples readers. Memory is bounded by the look-ahead used.
/// </summary>
internal sealed class RdfTextCursor
{
    /// <summary>Returned by the peek and read methods at the end of input.</summary>
    public const int End = -1;

    private readonly TextReader _reader;
    private char[] _buffer = new char[16384];
    private int _position;
    private int _length;
    private bool _exhausted;

    public RdfTextCursor(TextReader reader, string? source)
    {
        _reader = reader;
        Source = source;
    }

    /// <summary>The input's name for diagnostics (file path or "-"), or null.</summary>
    public string? Source { get; }

    /// <summary>1-based line of the next character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>UTF-8 bytes of the characters consumed so far: the byte offset of the next character in UTF-8 input.</summary>
    public long ByteOffset { get; private set; }

    /// <summary>1-based column (UTF-16 code units) of the next character.</summary>
    public int Column { get; private set; } = 1;

    /// <summary>The next character, or <see cref="End"/>.</summary>
    public int Peek() => _position < _length ? _buffer[_position] : PeekSlow(0);

    /// <summary>The character <paramref name="ahead"/> places after the next one, or <see cref="End"/>.</summary>
    public int Peek(int ahead) => _position + ahead < _length ? _buffer[_position + ahead] : PeekSlow(ahead);

    /// <summary>Consumes and returns the next character, or <see cref="End"/>.</summary>
    public int Read()
    {
        var c = Peek();
        if (c == End) return End;
        _position++;
        ByteOffset += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate((char)c) ? 2 : 3;
        if (c == '\n')
        {
            Line++;
            Column = 1;
        }
        else
        {
            Column++;
        }

        return c;
    }

    /// <summary>Skips a U+FEFF byte order mark at the very start (a TextReader that did not strip it).</summary>
    public void SkipByteOrderMark()
    {
        if (Line == 1 && Column == 1 && ByteOffset == 0 && Peek() == 0xFEFF)
        {
            _position++;
            ByteOffset += 3;
        }
    }

    /// <summary>
    /// Appends to <paramref name="into"/> and consumes the buffered characters up to (not including) the first
    /// one in <paramref name="stops"/>, which must include '\n' and '\r'; returns how many were taken (0 when the
    /// next character is a stop or the input has ended). Fast path for long runs of ordinary characters.
    /// </summary>
    public int TakeRun(StringBuilder into, SearchValues<char> stops)
    {
        if (Peek() == End) return 0;
        var available = _buffer.AsSpan(_position, _length - _position);
        var n = available.IndexOfAny(stops);
        if (n < 0) n = available.Length;
        into.Append(available[..n]);
        ByteOffset += Encoding.UTF8.GetByteCount(available[..n]);
        _position += n;
        Column += n;
        return n;
    }

    /// <summary>Consumes <paramref name="count"/> characters.</summary>
    public void Skip(int count)
    {
        for (var i = 0; i < count; i++) Read();
    }

    /// <summary>True when the next characters are <paramref name="text"/> (ordinal, or ASCII case-insensitive).</summary>
    public bool LookingAt(string text, bool ignoreAsciiCase = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = Peek(i);
            if (c == text[i]) continue;
            if (!ignoreAsciiCase || c == End || char.ToLowerInvariant((char)c) != char.ToLowerInvariant(text[i])) return false;
        }

        return true;
    }

    /// <summary>
    /// The Unicode code point at <paramref name="ahead"/> (combining a surrogate pair), its UTF-16 width in
    /// <paramref name="width"/>; <see cref="End"/> at the end of input.
    /// </summary>
    public int PeekCodePoint(int ahead, out int width)
    {
        var c = Peek(ahead);
        width = c == End ? 0 : 1;
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            var low = Peek(ahead + 1);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }

        return c;
    }

    /// <summary>Builds the exception for a problem at the cursor's position.</summary>
    public RdfParseException Error(string code, string message) => ErrorAt(code, message, Line, Column);

    /// <summary>Builds the exception for a problem at a given position.</summary>
    public RdfParseException ErrorAt(string code, string message, int line, int column) =>
        new(new Diagnostic(code, Severity.Error, message) { Line = line, Column = column, Source = Source });

    /// <summary>A readable name for a character in messages.</summary>
    public static string Describe(int c) => c == End ? "end of input" : c > ' ' && c < 0x7F ? $"'{(char)c}'" : $"U+{c:X4}";

    private int PeekSlow(int ahead)
    {
        while (_position + ahead >= _length)
        {
            if (_exhausted) return End;
            if (_position > 0)
            {
                Array.Copy(_buffer, _position, _buffer, 0, _length - _position);
                _length -= _position;
                _position = 0;
            }

            if (_length == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var read = _reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read <= 0) _exhausted = true;
            else _length += read;
        }

        return _buffer[_position + ahead];
    }
}
