namespace Exporter.Formats.Marc.Marc8;

/// <summary>
/// The bytes <see cref="Marc8Encoder"/> writes and the G0/G1 designations in force. Chooses the designation when a
/// code's set is not designated: Basic Latin, technique-1 sets, EACC and the non-Latin scripts to G0 (as LoC records
/// do: ESC ( N, ESC ( 2, ESC $ 1), ANSEL and Extended Arabic to G1 (ESC ) E, ESC ) 4).
/// </summary>
internal sealed class Marc8EncoderOutput
{
    private const byte Esc = 0x1B;
    private byte[] _buffer;
    private int _length;
    private int _g0 = Marc8Tables.Ascii;
    private int _g1 = Marc8Tables.Ansel;
    private bool _afterDelimiter;

    internal Marc8EncoderOutput(int capacity) => _buffer = new byte[Math.Max(capacity, 16)];

    /// <summary>Writes one byte as it is (controls, space).</summary>
    internal void Raw(int b)
    {
        if (_length == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        _buffer[_length++] = (byte)b;
        _afterDelimiter = false;
    }

    /// <summary>Writes a code from the reverse table (set &lt;&lt; 24 | code), designating its set when needed.</summary>
    internal void Code(int value, int scalar)
    {
        var set = (value >> 24) & 0xF;
        var code = value & 0xFFFFFF;
        if (set == Marc8Tables.Ansel && code < 0xA0)
        {
            Raw(code); // C1 controls of ANSEL (NSB, NSE, ZWJ, ZWNJ) need no designation
            return;
        }

        if (set == Marc8Tables.Eacc)
        {
            var high = _g1 == Marc8Tables.Eacc ? 0x80 : 0;
            if (_g0 != Marc8Tables.Eacc && high == 0) DesignateG0(Marc8Tables.Eacc);
            Raw(((code >> 16) & 0x7F) | high);
            Raw(((code >> 8) & 0x7F) | high);
            Raw((code & 0x7F) | high);
            return;
        }

        if (set != _g0 && set != _g1 && scalar is > 0 and <= 0xFFFF)
        {
            var combining = (value & Marc8Tables.CombiningBit) != 0;
            var inG0 = Marc8Tables.FindInSet(_g0, (char)scalar, combining);
            if (inG0 > 0) { Raw(inG0); return; }
            var inG1 = Marc8Tables.FindInSet(_g1, (char)scalar, combining);
            if (inG1 > 0) { Raw(inG1 | 0x80); return; }
        }

        if (set == _g0) Raw(code & 0x7F);
        else if (set == _g1) Raw(code | 0x80);
        else if (set is Marc8Tables.Ansel or Marc8Tables.ExtendedArabic) { DesignateG1(set); Raw(code | 0x80); }
        else { DesignateG0(set); Raw(code & 0x7F); }
    }

    /// <summary>Writes a lossless reference (&amp;#xXXXX;) in Basic Latin.</summary>
    internal void Reference(int scalar)
    {
        // Right after a delimiter the decoder takes a 7-bit byte as the subfield code: a no-op ESC ( B keeps '&' text.
        if (_g0 != Marc8Tables.Ascii || _afterDelimiter) DesignateG0(Marc8Tables.Ascii);
        Span<byte> text = stackalloc byte[Marc8Ncr.MaxLength];
        foreach (var b in text[..Marc8Ncr.Format(scalar, text)]) Raw(b);
    }

    /// <summary>Returns to the default designations and writes a subfield delimiter (0x1F).</summary>
    internal void Subfield()
    {
        RestoreDefaults();
        Raw(0x1F);
        _afterDelimiter = true;
    }

    /// <summary>Returns to the default designations and hands out the bytes.</summary>
    internal byte[] Finish()
    {
        RestoreDefaults();
        return _buffer.AsSpan(0, _length).ToArray();
    }

    private void RestoreDefaults()
    {
        if (_g0 != Marc8Tables.Ascii) DesignateG0(Marc8Tables.Ascii);
        if (_g1 != Marc8Tables.Ansel) DesignateG1(Marc8Tables.Ansel);
    }

    private void DesignateG0(int set)
    {
        Raw(Esc);
        if (set == Marc8Tables.Ascii && Marc8Tables.IsTechniqueOne(_g0)) Raw('s');
        else if (Marc8Tables.IsTechniqueOne(set)) Raw(Marc8Tables.FinalOf(set));
        else if (set == Marc8Tables.Eacc) { Raw('$'); Raw(Marc8Tables.FinalOf(set)); }
        else { Raw('('); Raw(Marc8Tables.FinalOf(set)); }
        _g0 = set;
    }

    private void DesignateG1(int set)
    {
        Raw(Esc);
        Raw(')');
        Raw(Marc8Tables.FinalOf(set));
        _g1 = set;
    }
}
