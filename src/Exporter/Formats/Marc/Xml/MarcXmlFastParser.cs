using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Exporter.Formats.Common;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// Reads a framed MARCXML record straight from its UTF-8 bytes, without an <c>XmlReader</c>, when the record is plain:
/// one element in the MARC 21 slim namespace (any prefix, used throughout), holding one leader of 24 ASCII characters,
/// control fields with a 3-character tag and data fields with a 3-character tag, one-character indicators and at
/// least one subfield with a one-character code; text with only the five predefined entities and character
/// references; nothing else (no comment, processing instruction, CDATA, other element, unknown attribute, raw CR, or
/// value that reading in NFC would change). Guarantee: when it gives a result, it is the one the full parse
/// (<see cref="MarcXmlFramedRecord.ParseWithXmlReader"/>) gives, with the same record and record id, and no
/// diagnostic (the full parse has none for such a record). Anything else, however harmless, returns null and takes
/// the full parse, so that every diagnostic and rejection keeps coming from one place. Held to the full parse on the
/// corpus and on damaged records by its tests.
/// </summary>
internal ref struct MarcXmlFastParser
{
    private static readonly SearchValues<byte> NameEnd = SearchValues.Create(" \t\r\n/>"u8);

    /// <summary>
    /// Bytes of text that stand for themselves as ASCII characters: tab, LF and printable ASCII but '&amp;' (a
    /// reference) and '&gt;' (so that no "]]&gt;" can occur). CR, other controls and DEL are left to the general path.
    /// </summary>
    private static readonly SearchValues<byte> PlainAsciiText = SearchValues.Create(
        [(byte)'\t', (byte)'\n', .. Enumerable.Range(0x20, 0x7F - 0x20).Select(b => (byte)b).Where(b => b is not ((byte)'&' or (byte)'>'))]);

    /// <summary>What <see cref="Attributes"/> gives for ind1, ind2 or code when the attribute is not there.</summary>
    private const int Absent = -1;

    /// <summary>What <see cref="Attributes"/> gives for ind1, ind2 or code whose value is not one character.</summary>
    private const int NotOneChar = -2;

    private readonly ReadOnlySpan<byte> _bytes;
    private readonly MarcXmlReaderOptions _options;
    private readonly List<Subfield> _subfields = []; // scratch: the subfields of the data field being read
    private int _pos;
    private ReadOnlySpan<byte> _prefix;

    private MarcXmlFastParser(ReadOnlySpan<byte> bytes, MarcXmlReaderOptions options)
    {
        _bytes = bytes;
        _options = options;
    }

    /// <summary>The record read, or null when it must take the full parse.</summary>
    public static MarcReadResult? TryParse(XmlFramedRecord framed, MarcXmlReaderOptions options, long index)
    {
        ArgumentNullException.ThrowIfNull(framed);
        ArgumentNullException.ThrowIfNull(options);
        if (framed.Damage is not null || framed.StopsReading) return null;
        if (framed.EncodingName is { } name && !name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase)) return null;
        var parser = new MarcXmlFastParser(framed.Bytes, options);
        return parser.Record(framed.Namespaces, index, out var record, out var recordId)
            ? new MarcReadResult { Index = index, ByteOffset = framed.Offset, Line = framed.Line, Record = record, RecordId = recordId }
            : null;
    }

    private bool Record(IReadOnlyDictionary<string, string> envelope, long index, out MarcRecord? record, out string? recordId)
    {
        record = null;
        recordId = null;
        if (!Peek((byte)'<')) return false;
        _pos++;
        var nameEnd = _bytes[_pos..].IndexOfAny(NameEnd);
        if (nameEnd < 0) return false;
        var qname = _bytes.Slice(_pos, nameEnd);
        var colon = qname.IndexOf((byte)':');
        _prefix = colon < 0 ? [] : qname[..colon];
        if (!qname[(colon + 1)..].SequenceEqual("record"u8) || (colon >= 0 && !IsName(_prefix, colonAllowed: false))) return false;
        _pos += nameEnd;
        if (!RecordAttributes(envelope)) return false;

        Leader? leader = null;
        var fields = ImmutableArray.CreateBuilder<MarcField>();
        while (true)
        {
            SkipWhitespace();
            if (!Peek((byte)'<')) return false;
            if (EndTag("record"u8)) break;
            _pos++;
            if (Name("leader"u8))
            {
                if (leader is not null || !Attributes(out _, out _, out _, out _, out var empty) || empty) return false;
                var text = Text("leader"u8);
                if (text is not { Length: 24 } || !Ascii.IsValid(text)) return false;
                leader = new Leader(text).WithCharacterCodingScheme('a');
            }
            else if (Name("controlfield"u8))
            {
                var empty = false;
                if (!CanonicalControlFieldAttributes(out var tag))
                {
                    if (!Attributes(out tag, out var ind1, out var ind2, out var code, out empty)) return false;
                    if (tag is not { Length: 3 } || ind1 != Absent || ind2 != Absent || code != Absent) return false;
                }

                var value = empty ? string.Empty : Text("controlfield"u8);
                if (value is null) return false;
                if (tag == "001") recordId = value;
                fields.Add(new ControlField(tag, value));
            }
            else if (Name("datafield"u8))
            {
                if (!CanonicalDataFieldAttributes(out var tag, out var ind1, out var ind2))
                {
                    if (!Attributes(out tag, out ind1, out ind2, out var code, out var empty) || empty) return false;
                    if (tag is not { Length: 3 } || ind1 < 0 || ind2 < 0 || code != Absent) return false;
                }

                var subfields = Subfields();
                if (subfields.IsDefaultOrEmpty) return false;
                fields.Add(new DataField(tag, (char)ind1, (char)ind2, subfields));
            }
            else
            {
                return false;
            }
        }

        if (leader is null || _pos != _bytes.Length) return false;
        record = new MarcRecord(leader, fields.ToImmutable());
        return true;
    }

    /// <summary>
    /// The subfields of a data field up to its end tag, in an array of their number; default when anything is not
    /// plain.
    /// </summary>
    private ImmutableArray<Subfield> Subfields()
    {
        var subfields = _subfields;
        subfields.Clear();
        while (true)
        {
            SkipWhitespace();
            if (!Peek((byte)'<')) return default;
            if (EndTag("datafield"u8)) return ImmutableCollectionsMarshal.AsImmutableArray(subfields.ToArray());
            _pos++;
            if (!Name("subfield"u8)) return default;
            var empty = false;
            if (!CanonicalSubfieldAttributes(out var code))
            {
                if (!Attributes(out var tag, out var ind1, out var ind2, out code, out empty)) return default;
                if (code < 0 || tag is not null || ind1 != Absent || ind2 != Absent) return default;
            }

            var value = empty ? string.Empty : Text("subfield"u8);
            if (value is null) return default;
            subfields.Add(new Subfield((char)code, value));
        }
    }

    /// <summary>
    /// The record's attributes up to '&gt;': namespace declarations and attributes the full parse ignores. The record's
    /// prefix must resolve to the MARCXML namespace; no declaration may touch xml/xmlns or undeclare a prefix.
    /// </summary>
    private bool RecordAttributes(IReadOnlyDictionary<string, string> envelope)
    {
        var names = new List<string>();
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixed = new List<(string Prefix, string Local)>();
        while (true)
        {
            var spaced = SkipWhitespace();
            if (Peek((byte)'>'))
            {
                _pos++;
                break;
            }

            if (!spaced || !Attribute(out var rawName, out var rawValue) || !Decode(rawValue, out var value)) return false;
            var name = Encoding.ASCII.GetString(rawName);
            if (names.Contains(name)) return false;
            names.Add(name);
            var colon = name.IndexOf(':');
            if (name == "xmlns") own[""] = value;
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                var declared = name[6..];
                if (value.Length == 0 || declared is "xml" or "xmlns" || value == "http://www.w3.org/XML/1998/namespace" || value == "http://www.w3.org/2000/xmlns/") return false;
                own[declared] = value;
            }
            else if (name.StartsWith("xml", StringComparison.OrdinalIgnoreCase)) return false;
            else if (colon >= 0) prefixed.Add((name[..colon], name[(colon + 1)..]));
        }

        if (own.TryGetValue("", out var defaultNs) && defaultNs is "http://www.w3.org/XML/1998/namespace" or "http://www.w3.org/2000/xmlns/") return false;
        string? Resolve(string prefix) => own.TryGetValue(prefix, out var uri) ? uri : envelope.TryGetValue(prefix, out uri) ? uri : null;
        if (Resolve(Encoding.ASCII.GetString(_prefix)) != MarcXmlNames.Namespace) return false;
        var seen = new HashSet<(string, string)>();
        foreach (var (prefix, local) in prefixed)
        {
            if (prefix == "xmlns" || Resolve(prefix) is not { Length: > 0 } uri || !seen.Add((uri, local))) return false;
        }

        return true;
    }

    /// <summary>
    /// A child element's attributes up to '&gt;' or '/&gt;': only tag, ind1, ind2 and code, each at most once (the caller
    /// says which it takes); false for any other attribute or for anything not plain. The tag is its decoded value,
    /// ind1, ind2 and code their one character, <see cref="Absent"/> or <see cref="NotOneChar"/>.
    /// </summary>
    private bool Attributes(out string? tag, out int ind1, out int ind2, out int code, out bool empty)
    {
        tag = null;
        ind1 = ind2 = code = Absent;
        empty = false;
        while (true)
        {
            var spaced = SkipWhitespace();
            if (Peek((byte)'>'))
            {
                _pos++;
                return true;
            }

            if (Peek((byte)'/'))
            {
                if (_pos + 1 >= _bytes.Length || _bytes[_pos + 1] != (byte)'>') return false;
                _pos += 2;
                empty = true;
                return true;
            }

            if (!spaced || !Attribute(out var name, out var value)) return false;
            var decoded = name.SequenceEqual("tag"u8) && tag is null ? TagValue(value, out tag)
                : name.SequenceEqual("ind1"u8) && ind1 == Absent ? CharValue(value, out ind1)
                : name.SequenceEqual("ind2"u8) && ind2 == Absent ? CharValue(value, out ind2)
                : name.SequenceEqual("code"u8) && code == Absent && CharValue(value, out code);
            if (!decoded) return false;
        }
    }

    /// <summary>A tag attribute's raw value decoded; a numeric one is the shared string of <see cref="NumericMarcTags"/>.</summary>
    private static bool TagValue(ReadOnlySpan<byte> raw, out string tag)
    {
        if (!NumericMarcTags.IsNumeric(raw)) return Decode(raw, out tag);
        tag = NumericMarcTags.Get(raw);
        return true;
    }

    /// <summary>An ind1, ind2 or code attribute's raw value decoded: its one character, or <see cref="NotOneChar"/>.</summary>
    private static bool CharValue(ReadOnlySpan<byte> raw, out int c)
    {
        if (raw.Length == 1 && IsPlainAttributeByte(raw[0]))
        {
            c = raw[0];
            return true;
        }

        c = NotOneChar;
        if (!Decode(raw, out var value)) return false;
        if (value.Length == 1) c = value[0];
        return true;
    }

    /// <summary>A byte that, alone in a double-quoted attribute value, is that ASCII character: printable, not '"', '&amp;' or '&lt;'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainAttributeByte(byte b) => b is >= 0x20 and <= 0x7E and not ((byte)'"' or (byte)'&' or (byte)'<');

    /// <summary>
    /// At a controlfield's attributes, the spelling our writers and LoC's use, <c> tag="001"&gt;</c> (one space, double
    /// quotes, three digits), is consumed; nothing is when the bytes differ. Guarantee: the tag is what
    /// <see cref="Attributes"/> gives for those bytes, with no other attribute and not empty.
    /// </summary>
    private bool CanonicalControlFieldAttributes(out string tag)
    {
        var rest = _bytes[_pos..];
        if (rest.Length < 11 || !rest.StartsWith(" tag=\""u8) || !NumericMarcTags.IsNumeric(rest.Slice(6, 3)) || rest[9] != (byte)'"' || rest[10] != (byte)'>')
        {
            tag = null!;
            return false;
        }

        tag = NumericMarcTags.Get(rest.Slice(6, 3));
        _pos += 11;
        return true;
    }

    /// <summary>
    /// At a datafield's attributes, the spelling our writers and LoC's use, <c> tag="245" ind1="1" ind2="0"&gt;</c> (one
    /// space before each, double quotes, three digits, indicators that <see cref="IsPlainAttributeByte"/>), is consumed;
    /// nothing is when the bytes differ. Guarantee: tag and indicators are what <see cref="Attributes"/> gives for
    /// those bytes, with no code and not empty.
    /// </summary>
    private bool CanonicalDataFieldAttributes(out string tag, out int ind1, out int ind2)
    {
        var rest = _bytes[_pos..];
        if (rest.Length < 29 || !rest.StartsWith(" tag=\""u8) || !NumericMarcTags.IsNumeric(rest.Slice(6, 3))
            || !rest[9..].StartsWith("\" ind1=\""u8) || !IsPlainAttributeByte(rest[17])
            || !rest[18..].StartsWith("\" ind2=\""u8) || !IsPlainAttributeByte(rest[26]) || rest[27] != (byte)'"' || rest[28] != (byte)'>')
        {
            tag = null!;
            ind1 = ind2 = Absent;
            return false;
        }

        tag = NumericMarcTags.Get(rest.Slice(6, 3));
        ind1 = rest[17];
        ind2 = rest[26];
        _pos += 29;
        return true;
    }

    /// <summary>
    /// At a subfield's attributes, the spelling our writers and LoC's use, <c> code="a"&gt;</c> (one space, double quotes,
    /// a code that <see cref="IsPlainAttributeByte"/>), is consumed; nothing is when the bytes differ. Guarantee: the
    /// code is what <see cref="Attributes"/> gives for those bytes, with no other attribute and not empty.
    /// </summary>
    private bool CanonicalSubfieldAttributes(out int code)
    {
        var rest = _bytes[_pos..];
        if (rest.Length < 10 || !rest.StartsWith(" code=\""u8) || !IsPlainAttributeByte(rest[7]) || rest[8] != (byte)'"' || rest[9] != (byte)'>')
        {
            code = Absent;
            return false;
        }

        code = rest[7];
        _pos += 10;
        return true;
    }

    /// <summary>One name="value" (or single quotes); the value raw, undecoded. False for tabs, newlines or CR in it (XML would turn them into spaces), or '&lt;'.</summary>
    private bool Attribute(out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = [];
        var end = _bytes[_pos..].IndexOfAny(" \t\r\n="u8);
        name = end < 0 ? [] : _bytes.Slice(_pos, end);
        if (end <= 0 || !IsName(name, colonAllowed: true)) return false;
        _pos += end;
        SkipWhitespace();
        if (!Peek((byte)'=')) return false;
        _pos++;
        SkipWhitespace();
        if (!(Peek((byte)'"') || Peek((byte)'\''))) return false;
        var quote = _bytes[_pos++];
        var close = _bytes[_pos..].IndexOf(quote);
        if (close < 0) return false;
        value = _bytes.Slice(_pos, close);
        _pos += close + 1;
        return value.IndexOfAny("<\t\n\r"u8) < 0;
    }

    /// <summary>The text up to the end tag of <paramref name="local"/>; null when anything but text comes before it.</summary>
    private string? Text(ReadOnlySpan<byte> local)
    {
        var lt = _bytes[_pos..].IndexOf((byte)'<');
        if (lt < 0) return null;
        var raw = _bytes.Slice(_pos, lt);
        _pos += lt;
        if (!EndTag(local)) return null;

        // Plain ASCII text is itself, with no reference to decode and nothing normalization would change.
        if (raw.IndexOfAnyExcept(PlainAsciiText) < 0) return AsciiString(raw);
        if ((raw.IndexOfAny((byte)'\r', (byte)'>') >= 0 && (raw.Contains((byte)'\r') || raw.IndexOf("]]>"u8) >= 0)) || !Decode(raw, out var value)) return null;
        var nfc = RequestedNormalization.Apply(value, _options.Normalization, out var changed);
        return changed ? null : nfc;
    }

    private static string AsciiString(ReadOnlySpan<byte> ascii) =>
        string.Create(ascii.Length, ascii, static (chars, bytes) => Ascii.ToUtf16(bytes, chars, out _));

    /// <summary>
    /// Raw text or attribute value to a string: valid UTF-8, only characters XML 1.0 allows, and only the predefined
    /// entities and character references (of allowed characters).
    /// </summary>
    private static bool Decode(ReadOnlySpan<byte> raw, out string value)
    {
        value = string.Empty;
        if (raw.IsEmpty) return true;
        if (HasForbiddenControl(raw)) return false;
        var amp = raw.IndexOf((byte)'&');
        if (amp < 0) return Utf8Text(raw, out value);
        var firstHigh = raw.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (firstHigh >= 0 && (!Utf8.IsValid(raw[firstHigh..]) || raw.IndexOf("\uFFFE"u8) >= 0 || raw.IndexOf("\uFFFF"u8) >= 0)) return false;

        var rented = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var chars = rented.AsSpan();
            var n = 0;
            while (true)
            {
                var piece = amp < 0 ? raw : raw[..amp];
                n += Encoding.UTF8.GetChars(piece, chars[n..]);
                if (amp < 0) break;
                raw = raw[(amp + 1)..];
                var semi = raw.IndexOf((byte)';');
                if (semi <= 0 || !Reference(raw[..semi], chars[n..], out var written)) return false;
                n += written;
                raw = raw[(semi + 1)..];
                amp = raw.IndexOf((byte)'&');
            }

            value = new string(chars[..n]);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Text without references to a string, when it is valid UTF-8 without U+FFFE or U+FFFF (XML allows neither):
    /// validated while it is transcoded, in one pass, rather than checked and then decoded.
    /// </summary>
    private static bool Utf8Text(ReadOnlySpan<byte> raw, out string value)
    {
        value = string.Empty;
        var rented = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            if (Utf8.ToUtf16(raw, rented, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done) return false;
            var chars = rented.AsSpan(0, written);
            if (chars.IndexOfAny('\uFFFE', '\uFFFF') >= 0) return false;
            value = new string(chars);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>An entity or character reference's name (between '&amp;' and ';') to its characters.</summary>
    private static bool Reference(ReadOnlySpan<byte> name, Span<char> into, out int written)
    {
        written = 1;
        if (name.SequenceEqual("lt"u8)) into[0] = '<';
        else if (name.SequenceEqual("gt"u8)) into[0] = '>';
        else if (name.SequenceEqual("amp"u8)) into[0] = '&';
        else if (name.SequenceEqual("quot"u8)) into[0] = '"';
        else if (name.SequenceEqual("apos"u8)) into[0] = '\'';
        else if (name[0] == (byte)'#' && CodePoint(name[1..], out var cp) && IsXmlChar(cp)) written = new Rune(cp).EncodeToUtf16(into);
        else return false;
        return written > 0;
    }

    private static bool CodePoint(ReadOnlySpan<byte> digits, out int cp)
    {
        cp = 0;
        var hex = !digits.IsEmpty && digits[0] == (byte)'x';
        if (hex) digits = digits[1..];
        if (digits.IsEmpty || digits.Length > 8) return false;
        foreach (var d in digits)
        {
            int v = d is >= (byte)'0' and <= (byte)'9' ? d - '0'
                : hex && d is >= (byte)'a' and <= (byte)'f' ? d - 'a' + 10
                : hex && d is >= (byte)'A' and <= (byte)'F' ? d - 'A' + 10
                : -1;
            if (v < 0) return false;
            cp = (cp * (hex ? 16 : 10)) + v;
        }

        return true;
    }

    private static bool IsXmlChar(int cp) =>
        cp is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>A C0 control XML 1.0 forbids: all but tab, LF and CR.</summary>
    private static bool HasForbiddenControl(ReadOnlySpan<byte> raw)
    {
        while (true)
        {
            var i = raw.IndexOfAnyInRange((byte)0x00, (byte)0x1F);
            if (i < 0) return false;
            if (raw[i] is not ((byte)'\t' or (byte)'\n' or (byte)'\r')) return true;
            raw = raw[(i + 1)..];
        }
    }

    /// <summary>An ASCII XML name (letters, digits, '_', '-', '.', and ':' where allowed, not first).</summary>
    private static bool IsName(ReadOnlySpan<byte> name, bool colonAllowed)
    {
        if (name.IsEmpty || !(char.IsAsciiLetter((char)name[0]) || name[0] == (byte)'_')) return false;
        var colons = 0;
        foreach (var b in name)
        {
            if (b == (byte)':') colons++;
            else if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.')) return false;
        }

        return colons == 0 || (colonAllowed && colons == 1 && name[^1] != (byte)':');
    }

    /// <summary>At a child's name (after '&lt;'): the record's prefix and <paramref name="local"/>, then a space, '/' or '&gt;'.</summary>
    private bool Name(ReadOnlySpan<byte> local)
    {
        var rest = _bytes[_pos..];
        if (!_prefix.IsEmpty)
        {
            if (!rest.StartsWith(_prefix) || rest.Length <= _prefix.Length || rest[_prefix.Length] != (byte)':') return false;
            rest = rest[(_prefix.Length + 1)..];
        }

        if (!rest.StartsWith(local) || rest.Length == local.Length || rest[local.Length] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/' or (byte)'>')) return false;
        _pos += _bytes.Length - _pos - rest.Length + local.Length;
        return true;
    }

    /// <summary>At '&lt;': the end tag of <paramref name="local"/> (with the record's prefix) is consumed, or nothing is.</summary>
    private bool EndTag(ReadOnlySpan<byte> local)
    {
        var start = _pos;
        if (_pos + 1 >= _bytes.Length || _bytes[_pos + 1] != (byte)'/') return false;
        _pos += 2;
        if (Name(local))
        {
            SkipWhitespace();
            if (Peek((byte)'>'))
            {
                _pos++;
                return true;
            }
        }

        _pos = start;
        return false;
    }

    private readonly bool Peek(byte b) => _pos < _bytes.Length && _bytes[_pos] == b;

    /// <summary>Skips XML white space; true when there was any.</summary>
    private bool SkipWhitespace()
    {
        var bytes = _bytes;
        var start = _pos;
        var pos = start;
        while ((uint)pos < (uint)bytes.Length && IsXmlSpace(bytes[pos])) pos++;
        _pos = pos;
        return pos > start;
    }

    /// <summary>Space, tab, LF or CR, by one test of a bit mask (inlined: the AOT compiler left it a call per byte).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsXmlSpace(byte b) => b <= (byte)' ' && ((1UL << b) & ((1UL << ' ') | (1UL << '\t') | (1UL << '\n') | (1UL << '\r'))) != 0;
}
