using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Marc8;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>Walks the directory, finds each field's bytes (recovering via field terminators) and decodes them.</summary>
internal ref struct Iso2709FieldParser
{
    private const byte FieldTerminator = 0x1E;
    private readonly Iso2709RecordParser _ctx;
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _base;
    private Leader _leader;
    private bool _utf8;
    private int _indicators = 2;
    private List<Marc8Problem>? _marc8Problems;

    internal Iso2709FieldParser(Iso2709RecordParser ctx, Leader leader, ReadOnlySpan<byte> data, int baseAddress)
    {
        _ctx = ctx;
        _leader = leader;
        _data = data;
        _base = baseAddress;
    }

    internal Iso2709RecordParser.ParsedFields ParseAll(ReadOnlySpan<byte> directory)
    {
        ChooseEncoding();
        CheckCounts();
        var count = directory.Length / 12;
        var fields = ImmutableArray.CreateBuilder<MarcField>(count);
        var cursor = 0;
        for (var i = 0; i < count; i++)
        {
            var entry = directory.Slice(i * 12, 12);
            var entryOffset = 24 + (i * 12);
            var tag = ReadTag(entry[..3], entryOffset);
            if (!Locate(entry, tag, entryOffset, cursor, out var start, out var length)) continue;
            if (start != cursor) _ctx.Altered = true; // fields out of order or gaps: the writer packs them
            cursor = start + length + 1;
            var field = _data.Slice(start, length);
            fields.Add(MarcField.IsControlTag(tag)
                ? new ControlField(tag, DecodeControl(field, tag, start))
                : ParseDataField(tag, field, start));
        }

        if (cursor != _data.Length) _ctx.Altered = true;
        return new Iso2709RecordParser.ParsedFields(_leader, fields.DrainToImmutable());
    }

    private void ChooseEncoding()
    {
        var scheme = _leader.CharacterCodingScheme;
        var mode = _ctx.Options.Encoding;
        if (mode == Iso2709Encoding.FromLeader && scheme is not (' ' or 'a'))
        {
            _ctx.Note(MarcDiagnosticCodes.UnknownCodingScheme, Severity.Warning,
                $"leader/09 is '{Printable(scheme)}', neither blank (MARC-8) nor 'a' (UTF-8); detecting from content", 9);
            mode = Iso2709Encoding.Auto;
        }

        _utf8 = mode switch
        {
            Iso2709Encoding.Utf8 => true,
            Iso2709Encoding.Marc8 => false,
            Iso2709Encoding.Auto => Detect(scheme),
            _ => scheme == 'a',
        };
        if (!_utf8)
        {
            _marc8Problems = [];
            _ctx.Altered = true;
        }

        _leader = _leader.WithCharacterCodingScheme('a');
    }

    private void CheckCounts()
    {
        var ind = _leader.IndicatorCount;
        var codes = _leader.SubfieldCodeCount;
        if (ind == '2' && codes == '2') return;
        if (char.IsAsciiDigit(ind) && ind != '2')
        {
            _ctx.Problem(MarcDiagnosticCodes.NonStandardCounts,
                $"leader/10 says {ind} indicators; MARC 21 has 2: the first 2 are kept, the rest skipped", 10);
            _indicators = ind - '0';
        }
        else if (ind != '2')
        {
            _ctx.Note(MarcDiagnosticCodes.NonStandardCounts, Severity.Warning, $"leader/10 is '{Printable(ind)}', not a digit; 2 indicators assumed", 10);
        }

        if (codes != '2')
        {
            _ctx.Note(MarcDiagnosticCodes.NonStandardCounts, Severity.Warning, $"leader/11 is '{Printable(codes)}', not 2; 1-character subfield codes assumed", 11);
        }
    }

    private readonly bool Detect(char scheme)
    {
        var guess = Iso2709EncodingDetector.Detect(_data);
        var utf8 = guess switch
        {
            Iso2709EncodingDetector.Guess.Utf8 => true,
            Iso2709EncodingDetector.Guess.Marc8 => false,
            _ => scheme == 'a',
        };
        var why = guess switch
        {
            Iso2709EncodingDetector.Guess.Utf8 => "valid multi-byte UTF-8 and no escape sequence",
            Iso2709EncodingDetector.Guess.Marc8 => "escape sequences or bytes that are not UTF-8",
            _ => "ASCII only (both readings agree)",
        };
        _ctx.Note(MarcDiagnosticCodes.EncodingDetected, Severity.Info,
            $"read as {(utf8 ? "UTF-8" : "MARC-8")}: {why}; leader/09 was '{Printable(scheme)}'", 9);
        return utf8;
    }

    private readonly string ReadTag(ReadOnlySpan<byte> bytes, int offset)
    {
        if (NumericMarcTags.IsNumeric(bytes)) return NumericMarcTags.Get(bytes);

        Span<char> tag = stackalloc char[3];
        var odd = false;
        for (var i = 0; i < 3; i++)
        {
            var b = bytes[i];
            if (b is < 0x20 or >= 0x7F)
            {
                _ctx.Problem(MarcDiagnosticCodes.BadTag, $"tag byte 0x{b:X2} is not a printable ASCII character; replaced by '?'", offset + i);
                b = (byte)'?';
            }

            odd |= !char.IsAsciiLetterOrDigit((char)b);
            tag[i] = (char)b;
        }

        var s = new string(tag);
        if (odd) _ctx.Note(MarcDiagnosticCodes.BadTag, Severity.Warning, $"tag '{s}' is not letters and digits; kept", offset, s);
        return s;
    }

    /// <summary>Finds a field's bytes (without its terminator); false when it cannot be found (permissive: dropped).</summary>
    private readonly bool Locate(ReadOnlySpan<byte> entry, string tag, int entryOffset, int cursor, out int start, out int length)
    {
        var numeric = Iso2709Bytes.TryParseDigits(entry.Slice(3, 4), out var declaredLength) & Iso2709Bytes.TryParseDigits(entry.Slice(7, 5), out var declaredStart);
        if (numeric && declaredLength >= 1 && declaredStart < _data.Length
            && _data[declaredStart..].IndexOf(FieldTerminator) == declaredLength - 1)
        {
            start = declaredStart;
            length = declaredLength - 1;
            return true;
        }

        var what = numeric
            ? $"directory says {declaredLength} bytes at {declaredStart}, which is not one field ending with a field terminator"
            : $"directory entry '{Printable(entry[3..])}' is not numeric";
        _ctx.Problem(numeric ? MarcDiagnosticCodes.DirectoryEntryMismatch : MarcDiagnosticCodes.DirectoryEntryNotNumeric, what, entryOffset, tag);
        start = numeric && declaredStart < _data.Length && (declaredStart == 0 || _data[declaredStart - 1] == FieldTerminator)
            ? declaredStart
            : cursor;
        if (start >= _data.Length)
        {
            _ctx.Note(MarcDiagnosticCodes.DirectoryEntryMismatch, Severity.Warning, "no data left for this field; field dropped", entryOffset, tag);
            length = 0;
            return false;
        }

        length = _data[start..].IndexOf(FieldTerminator);
        if (length < 0)
        {
            length = _data.Length - start;
            _ctx.Note(MarcDiagnosticCodes.MissingFieldTerminator, Severity.Warning,
                "field runs to the end of the record without a field terminator", _base + start, tag);
        }
        else
        {
            _ctx.Note(MarcDiagnosticCodes.DirectoryEntryMismatch, Severity.Warning,
                $"recovered {length + 1} bytes at {start} up to the next field terminator", _base + start, tag);
        }

        return true;
    }

    private DataField ParseDataField(string tag, ReadOnlySpan<byte> field, int start)
    {
        var ind1 = Indicator(field, 0, tag, start);
        var ind2 = Indicator(field, 1, tag, start);
        var rest = field[Math.Min(IndicatorBytes(field), field.Length)..];
        for (var k = 2; k < _indicators && !rest.IsEmpty && rest[0] != Iso2709Bytes.SubfieldDelimiter; k++) rest = rest[1..];
        var restOffset = start + (field.Length - rest.Length);
        var first = rest.IndexOf(Iso2709Bytes.SubfieldDelimiter);
        if (first != 0 && !rest.IsEmpty)
        {
            var junk = first < 0 ? rest : rest[..first];
            _ctx.Problem(MarcDiagnosticCodes.DataBeforeFirstSubfield,
                $"{junk.Length} byte(s) before the first subfield delimiter; dropped: '{Printable(junk)}'", _base + restOffset, tag);
            rest = first < 0 ? [] : rest[first..];
            restOffset += junk.Length;
        }

        var subfields = ImmutableArray.CreateBuilder<Subfield>(rest.Count(Iso2709Bytes.SubfieldDelimiter));
        while (!rest.IsEmpty)
        {
            rest = rest[1..];
            restOffset++;
            var next = rest.IndexOf(Iso2709Bytes.SubfieldDelimiter);
            var piece = next < 0 ? rest : rest[..next];
            var sub = new Iso2709SubfieldReader(_ctx, _utf8, _base + restOffset, tag).Read(piece, _marc8Problems);
            if (sub is Subfield s) subfields.Add(s);
            rest = next < 0 ? [] : rest[next..];
            restOffset += piece.Length;
        }

        if (subfields.Count == 0)
        {
            _ctx.Note(MarcDiagnosticCodes.EmptyDataField, Severity.Warning, "data field has no subfields", _base + start, tag);
        }

        return new DataField(tag, ind1, ind2, subfields.Count == subfields.Capacity ? subfields.MoveToImmutable() : subfields.ToImmutable());
    }

    private static int IndicatorBytes(ReadOnlySpan<byte> field)
    {
        var n = 0;
        while (n < 2 && n < field.Length && field[n] != Iso2709Bytes.SubfieldDelimiter) n++;
        return n;
    }

    private readonly char Indicator(ReadOnlySpan<byte> field, int position, string tag, int start)
    {
        var name = position == 0 ? "first" : "second";
        if (position >= IndicatorBytes(field))
        {
            _ctx.Problem(MarcDiagnosticCodes.BadIndicator, $"{name} indicator missing; blank used", _base + start, tag);
            return ' ';
        }

        var b = field[position];
        if (b is < 0x20 or >= 0x7F)
        {
            _ctx.Problem(MarcDiagnosticCodes.BadIndicator, $"{name} indicator is byte 0x{b:X2}; blank used", _base + start + position, tag);
            return ' ';
        }

        var c = (char)b;
        if (c != ' ' && !char.IsAsciiDigit(c) && !char.IsAsciiLetterLower(c))
        {
            _ctx.Note(MarcDiagnosticCodes.NonStandardIndicator, Severity.Warning, $"{name} indicator '{c}' is not [0-9a-z ]; kept", _base + start + position, tag);
        }

        return c;
    }

    private readonly string DecodeControl(ReadOnlySpan<byte> field, string tag, int start)
    {
        var value = new Iso2709SubfieldReader(_ctx, _utf8, _base + start, tag).Decode(field, _marc8Problems, null);
        if (tag == "001") _ctx.RecordId = value;
        return value;
    }

    internal static string Printable(char c) => c is < ' ' or >= (char)0x7F ? $"\\x{(int)c:X2}" : c.ToString();

    internal static string Printable(ReadOnlySpan<byte> bytes)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var b in bytes[..Math.Min(bytes.Length, 40)]) sb.Append(Printable((char)b));
        if (bytes.Length > 40) sb.Append('…');
        return sb.ToString();
    }
}
