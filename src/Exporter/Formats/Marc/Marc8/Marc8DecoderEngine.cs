using System.Globalization;

namespace Exporter.Formats.Marc.Marc8;

/// <summary>
/// The MARC-8 state machine behind <see cref="Marc8Decoder"/>: G0/G1 designations, combining marks held until their
/// base arrives (MARC-8 writes them first, Unicode after), references, problems. Output is written to caller buffers.
/// </summary>
internal ref struct Marc8DecoderEngine
{
    private const byte SubfieldDelimiter = 0x1F;
    private readonly ReadOnlySpan<byte> _data;
    private readonly Span<char> _output;
    private readonly Span<char> _pending;
    private readonly List<Marc8Problem>? _problems;
    private int _length;
    private int _pendingLength;
    private int _pendingStart;
    private bool _pendingAny;
    private int _g0;
    private int _g1;

    internal Marc8DecoderEngine(ReadOnlySpan<byte> data, Span<char> output, Span<char> pending, List<Marc8Problem>? problems)
    {
        _data = data;
        _output = output;
        _pending = pending;
        _problems = problems;
        _g0 = Marc8Tables.Ascii;
        _g1 = Marc8Tables.Ansel;
    }

    /// <summary>Decodes all data; returns the number of chars written to the output buffer.</summary>
    internal int Run()
    {
        var data = _data;
        var i = 0;
        while (i < data.Length)
        {
            var b = data[i];
            if (b == 0x1B) i = Escape(i);
            else if (b == SubfieldDelimiter) i = Subfield(i);
            else if (b < 0x20) { FlushDangling(); _output[_length++] = (char)b; i++; }
            else if (b == 0x20) { Base(' '); i++; }
            else if (b == (byte)'&' && _g0 == Marc8Tables.Ascii) i = Ampersand(i);
            else if (b <= 0x7E) i = Graphic(i, _g0, 0);
            else if (b is >= 0xA1 and <= 0xFE) i = Graphic(i, _g1, 0x80);
            else if (b is >= 0x80 and <= 0x9F && Marc8Tables.AnselC1(b) != '\0') { Base(Marc8Tables.AnselC1(b)); i++; }
            else { Problem(i, Marc8ProblemCodes.InvalidByte, $"byte 0x{b:X2} is not a MARC-8 character"); Base('\uFFFD'); i++; }
        }

        FlushDangling();
        return _length;
    }

    /// <summary>
    /// A subfield starts: designations return to the defaults (as MARC4J and pymarc, which convert subfield by
    /// subfield) and a 7-bit graphic code byte right after the delimiter is taken as it is.
    /// </summary>
    private int Subfield(int i)
    {
        FlushDangling();
        _output[_length++] = (char)SubfieldDelimiter;
        _g0 = Marc8Tables.Ascii;
        _g1 = Marc8Tables.Ansel;
        if (i + 1 < _data.Length && _data[i + 1] is >= 0x20 and <= 0x7E)
        {
            _output[_length++] = (char)_data[i + 1];
            return i + 2;
        }

        return i + 1;
    }

    private int Graphic(int i, int set, int half)
    {
        if (set == Marc8Tables.Eacc) return Multibyte(i, half);
        var b = _data[i];
        var flags = Marc8Tables.Single(set, b, out var ch);
        if ((flags & Marc8Tables.Mapped) == 0)
        {
            if (half == 0)
            {
                Problem(i, Marc8ProblemCodes.BasicLatinFallback, $"code 0x{b:X2} is not in {SetName(set)}; read as Basic Latin");
                Base((char)b);
            }
            else
            {
                Problem(i, Marc8ProblemCodes.UnmappedCode, $"code 0x{b:X2} is not defined in {SetName(set)}");
                Base('\uFFFD');
            }
        }
        else if ((flags & Marc8Tables.Combining) != 0)
        {
            if (!_pendingAny) _pendingStart = i;
            _pendingAny = true;
            if ((flags & Marc8Tables.Empty) == 0) _pending[_pendingLength++] = ch;
        }
        else
        {
            Base(ch);
        }

        return i + 1;
    }

    private int Multibyte(int i, int half)
    {
        var data = _data;
        var end = Math.Min(i + 3, data.Length);
        var j = i + 1;
        while (j < end && data[j] >= 0x20 && data[j] != 0x7F && data[j] != 0xFF) j++;
        if (j < i + 3)
        {
            // Best effort, as MARC4J: the stray bytes of a cut character are read as Basic Latin ("." at field end).
            Problem(i, Marc8ProblemCodes.TruncatedMultibyte, "multibyte (EACC) character cut short; read as Basic Latin");
            for (var k = i; k < j; k++) Base(data[k] is >= 0x21 and <= 0x7E ? data[k] : '\uFFFD');
            return j;
        }

        var code = ((data[i] & 0x7F) << 16) | ((data[i + 1] & 0x7F) << 8) | (data[i + 2] & 0x7F);
        var scalar = (data[i] & 0x80) == half ? Marc8Tables.Eacc3(code) : -1;
        if (scalar < 0)
        {
            Problem(i, Marc8ProblemCodes.UnmappedCode, $"code 0x{code:X6} is not defined in EACC");
            scalar = 0xFFFD;
        }

        Base(scalar);
        return i + 3;
    }

    private int Ampersand(int i)
    {
        var length = Marc8Ncr.Parse(_data[i..], out var scalar);
        if (length > 0)
        {
            Base(scalar);
            return i + length;
        }

        if (length < 0) Problem(i, Marc8ProblemCodes.InvalidCharacterReference, "character reference names no Unicode scalar; kept as text");
        Base('&');
        return i + 1;
    }

    private int Escape(int i)
    {
        var data = _data;
        if (i + 1 >= data.Length) return Cut(i, data.Length);
        var b = data[i + 1];
        switch (b)
        {
            case 0x73: _g0 = Marc8Tables.Ascii; return i + 2; // ESC s
            case 0x67: _g0 = Marc8Tables.GreekSymbols; return i + 2; // ESC g
            case 0x62: _g0 = Marc8Tables.Subscripts; return i + 2; // ESC b
            case 0x70: _g0 = Marc8Tables.Superscripts; return i + 2; // ESC p
        }

        var j = i + 1;
        var multibyte = b == 0x24;
        if (multibyte) j++;
        var toG1 = false;
        if (j < data.Length && data[j] is 0x28 or 0x29 or 0x2C or 0x2D)
        {
            toG1 = data[j] is 0x29 or 0x2D;
            j++;
        }
        else if (!multibyte)
        {
            Problem(i, Marc8ProblemCodes.UnknownEscape, $"unknown escape sequence ESC 0x{b:X2}");
            return i + 1;
        }

        if (j < data.Length && data[j] == 0x21) j++; // optional '!' intermediate (ESC ) ! E)
        if (j >= data.Length || data[j] < 0x20 || data[j] == 0x7F) return Cut(i, j);
        var set = Marc8Tables.SetForFinal(data[j]);
        if (set < 0 || Marc8Tables.IsTechniqueOne(set))
        {
            Problem(i, Marc8ProblemCodes.UnknownEscape, $"escape sequence names no MARC-8 set (final 0x{data[j]:X2})");
            return j + 1;
        }

        if (toG1) _g1 = set;
        else _g0 = set;
        return j + 1;
    }

    private int Cut(int i, int next)
    {
        Problem(i, Marc8ProblemCodes.IncompleteEscape, "escape sequence cut short");
        return next;
    }

    private void Base(int scalar)
    {
        if (scalar > 0xFFFF)
        {
            _output[_length++] = (char)(0xD7C0 + (scalar >> 10));
            _output[_length++] = (char)(0xDC00 | (scalar & 0x3FF));
        }
        else
        {
            _output[_length++] = (char)scalar;
        }

        if (_pendingAny) AppendPending();
    }

    private void FlushDangling()
    {
        if (!_pendingAny) return;
        if (_pendingLength > 0)
        {
            Problem(_pendingStart, Marc8ProblemCodes.DanglingCombiningMark, "combining mark with no base character after it");
        }

        AppendPending();
    }

    private void AppendPending()
    {
        _pending[.._pendingLength].CopyTo(_output[_length..]);
        _length += _pendingLength;
        _pendingLength = 0;
        _pendingAny = false;
    }

    private readonly void Problem(int offset, string code, string message) =>
        _problems?.Add(new Marc8Problem(offset, code, message));

    private static string SetName(int set) => set switch
    {
        Marc8Tables.Ascii => "Basic Latin",
        Marc8Tables.Ansel => "ANSEL",
        _ => string.Create(CultureInfo.InvariantCulture, $"the set with final 0x{Marc8Tables.FinalOf(set):X2}"),
    };
}
