using System.Buffers;
using System.Text;

namespace Exporter.Formats.Rdf;

/// <summary>
/// The lexical pieces Turtle and N-Triples share: IRIREF, quoted strings with ECHAR/UCHAR escapes, blank node
/// labels and language tags. Each method starts at the token's first character and consumes the whole token.
/// </summary>
internal sealed class RdfScanner
{
    private static readonly SearchValues<char> IriStops = SearchValues.Create(StopsFor("<>\"{}|^`\\", upToSpace: true));
    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create(StopsFor("\"\\", upToSpace: false));
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create(StopsFor("'\\", upToSpace: false));
    private readonly StringBuilder _text = new();

    public RdfScanner(RdfTextCursor cursor) => Cursor = cursor;

    /// <summary>The cursor read from.</summary>
    public RdfTextCursor Cursor { get; }

    /// <summary>Reads <c>&lt;...&gt;</c> and returns the IRI with UCHAR escapes decoded (not resolved).</summary>
    public string ReadIriRef()
    {
        Cursor.Read();
        _text.Clear();
        while (true)
        {
            Cursor.TakeRun(_text, IriStops);
            var c = Cursor.Peek();
            if (c == RdfTextCursor.End) throw Cursor.Error("RDF0002", "unterminated IRI: end of input before '>'");
            if (c == '>')
            {
                Cursor.Read();
                return _text.ToString();
            }

            if (c == '\\')
            {
                var next = Cursor.Peek(1);
                if (next is not ('u' or 'U')) throw Cursor.Error("RDF0003", "only \\u and \\U escapes are allowed in an IRI");
                var line = Cursor.Line;
                var column = Cursor.Column;
                Cursor.Skip(2);
                AppendUnicodeEscape(next == 'u' ? 4 : 8);
                if (RdfCharClasses.IsForbiddenInIriRef(_text[^1]))
                    throw Cursor.ErrorAt("RDF0005", $"escape for U+{(int)_text[^1]:X4}, a character IRIs cannot contain", line, column);
                continue;
            }

            if (RdfCharClasses.IsForbiddenInIriRef(c))
                throw Cursor.Error("RDF0005", $"character U+{c:X4} is not allowed in an IRI");
            _text.Append((char)Cursor.Read());
        }
    }

    /// <summary>
    /// Reads a quoted string starting at its opening quote. Turtle allows single quotes and the long forms;
    /// N-Triples (<paramref name="turtleForms"/> false) only <c>"..."</c>.
    /// </summary>
    public string ReadQuotedString(bool turtleForms)
    {
        var quote = Cursor.Peek();
        _text.Clear();
        if (turtleForms && Cursor.Peek(1) == quote && Cursor.Peek(2) == quote)
        {
            Cursor.Skip(3);
            ReadLongStringBody(quote);
        }
        else
        {
            Cursor.Read();
            ReadShortStringBody(quote);
        }

        return _text.ToString();
    }

    /// <summary>Reads <c>_:label</c>; a trailing '.' is left for the statement terminator.</summary>
    public string ReadBlankNodeLabel()
    {
        Cursor.Skip(2);
        _text.Clear();
        var first = Cursor.PeekCodePoint(0, out var width);
        if (!RdfCharClasses.IsPnCharsU(first) && !RdfCharClasses.IsDigit(first))
            throw Cursor.Error("RDF0006", "a blank node label must start with a letter, digit or '_'");
        Append(width);
        AppendNameTail(allowColon: false, allowLocalEscapes: false);
        return _text.ToString();
    }

    /// <summary>Reads <c>@tag</c> and returns the tag without '@'.</summary>
    public string ReadLanguageTag()
    {
        Cursor.Read();
        _text.Clear();
        if (!RdfCharClasses.IsAsciiLetter(Cursor.Peek())) throw Cursor.Error("RDF0007", "a language tag must start with a letter");
        while (RdfCharClasses.IsAsciiLetter(Cursor.Peek())) _text.Append((char)Cursor.Read());
        while (Cursor.Peek() == '-')
        {
            var c = Cursor.Peek(1);
            if (!RdfCharClasses.IsAsciiLetter(c) && !RdfCharClasses.IsDigit(c))
                throw Cursor.Error("RDF0007", "a language subtag must follow '-'");
            _text.Append((char)Cursor.Read());
            while (RdfCharClasses.IsAsciiLetter(Cursor.Peek()) || RdfCharClasses.IsDigit(Cursor.Peek())) _text.Append((char)Cursor.Read());
        }

        return _text.ToString();
    }

    /// <summary>
    /// Appends the rest of a name (PN_CHARS, inner dots, optionally ':' and local-name escapes / %XX) to
    /// <paramref name="into"/> (or the scanner's own buffer). A dot is taken only when a name character follows.
    /// </summary>
    public void AppendNameTail(bool allowColon, bool allowLocalEscapes, StringBuilder? into = null)
    {
        var sb = into ?? _text;
        while (true)
        {
            var cp = Cursor.PeekCodePoint(0, out var width);
            if (RdfCharClasses.IsPnChars(cp) || (allowColon && cp == ':'))
            {
                AppendTo(sb, width);
            }
            else if (allowLocalEscapes && (cp == '%' || cp == '\\'))
            {
                AppendLocalEscape(sb);
            }
            else if (cp == '.' && DotContinuesName(allowColon, allowLocalEscapes))
            {
                sb.Append((char)Cursor.Read());
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Appends a PLX at the cursor: '%' HEX HEX (kept as written) or '\' PN_LOCAL_ESC (unescaped).</summary>
    public void AppendLocalEscape(StringBuilder sb)
    {
        if (Cursor.Peek() == '%')
        {
            if (!RdfCharClasses.IsHex(Cursor.Peek(1)) || !RdfCharClasses.IsHex(Cursor.Peek(2)))
                throw Cursor.Error("RDF0003", "'%' in a local name must be followed by two hex digits");
            for (var i = 0; i < 3; i++) sb.Append((char)Cursor.Read());
            return;
        }

        if (!RdfCharClasses.IsLocalEscapable(Cursor.Peek(1)))
            throw Cursor.Error("RDF0003", "invalid escape in a local name");
        Cursor.Read();
        sb.Append((char)Cursor.Read());
    }

    private bool DotContinuesName(bool allowColon, bool allowLocalEscapes)
    {
        var k = 1;
        while (Cursor.Peek(k) == '.') k++;
        var next = Cursor.PeekCodePoint(k, out _);
        return RdfCharClasses.IsPnChars(next) || (allowColon && next == ':')
            || (allowLocalEscapes && (next == '%' || next == '\\'));
    }

    private void ReadShortStringBody(int quote)
    {
        var stops = quote == '"' ? DoubleQuoteStops : SingleQuoteStops;
        while (true)
        {
            Cursor.TakeRun(_text, stops);
            var c = Cursor.Peek();
            if (c == quote)
            {
                Cursor.Read();
                return;
            }

            switch (c)
            {
                case RdfTextCursor.End:
                    throw Cursor.Error("RDF0002", "unterminated string: end of input");
                case '\n' or '\r':
                    throw Cursor.Error("RDF0008", "a line break inside a short string must be written as \\n or \\r");
                case '\\':
                    ReadStringEscape();
                    break;
                default:
                    _text.Append((char)Cursor.Read());
                    break;
            }
        }
    }

    private void ReadLongStringBody(int quote)
    {
        while (true)
        {
            var c = Cursor.Peek();
            if (c == quote && Cursor.Peek(1) == quote && Cursor.Peek(2) == quote)
            {
                Cursor.Skip(3);
                return;
            }

            if (c == RdfTextCursor.End) throw Cursor.Error("RDF0002", "unterminated long string: end of input");
            if (c == '\\') ReadStringEscape();
            else _text.Append((char)Cursor.Read());
        }
    }

    private void ReadStringEscape()
    {
        var c = Cursor.Peek(1);
        char? simple = c switch
        {
            't' => '\t', 'b' => '\b', 'n' => '\n', 'r' => '\r', 'f' => '\f', '"' => '"', '\'' => '\'', '\\' => '\\', _ => null,
        };
        if (simple is char s)
        {
            Cursor.Skip(2);
            _text.Append(s);
            return;
        }

        if (c is not ('u' or 'U')) throw Cursor.Error("RDF0003", "invalid escape sequence in a string");
        Cursor.Skip(2);
        AppendUnicodeEscape(c == 'u' ? 4 : 8);
    }

    private void AppendUnicodeEscape(int digits)
    {
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            var h = Cursor.Peek();
            if (!RdfCharClasses.IsHex(h)) throw Cursor.Error("RDF0003", $"\\{(digits == 4 ? 'u' : 'U')} needs {digits} hex digits");
            Cursor.Read();
            value = (value << 4) | RdfCharClasses.HexValue(h);
        }

        if (value is > 0x10FFFF or < 0 or >= 0xD800 and <= 0xDFFF)
            throw Cursor.Error("RDF0003", $"escape U+{value:X} is not a Unicode scalar value");
        if (value < 0x10000) _text.Append((char)value);
        else _text.Append(char.ConvertFromUtf32(value));
    }

    private static string StopsFor(string specials, bool upToSpace)
    {
        var sb = new StringBuilder(specials).Append('\n').Append('\r');
        if (upToSpace)
        {
            for (var c = 0; c <= 0x20; c++) sb.Append((char)c);
        }

        return sb.ToString();
    }

    private void Append(int width) => AppendTo(_text, width);

    private void AppendTo(StringBuilder sb, int width)
    {
        for (var i = 0; i < width; i++) sb.Append((char)Cursor.Read());
    }
}
