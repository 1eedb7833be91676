using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Marc8;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>Reads one subfield (code + value) or one control field value, reporting problems on the context.</summary>
internal readonly ref struct Iso2709SubfieldReader
{
    private readonly Iso2709RecordParser _ctx;
    private readonly bool _utf8;
    private readonly int _offset;
    private readonly string _tag;

    internal Iso2709SubfieldReader(Iso2709RecordParser ctx, bool utf8, int offset, string tag)
    {
        _ctx = ctx;
        _utf8 = utf8;
        _offset = offset;
        _tag = tag;
    }

    /// <summary>Reads the bytes after a subfield delimiter; null when there is no subfield to keep (permissive).</summary>
    internal Subfield? Read(ReadOnlySpan<byte> piece, List<Marc8Problem>? marc8Problems)
    {
        if (piece.IsEmpty)
        {
            _ctx.Problem(MarcDiagnosticCodes.BadSubfieldCode, "subfield delimiter with no code and no data; dropped", _offset, _tag);
            return null;
        }

        var b = piece[0];
        char code;
        var codeBytes = 1;
        if (b is >= 0x20 and < 0x7F)
        {
            code = (char)b;
        }
        else if (b >= 0x80 && _utf8 && TryOneUtf8Char(piece, out code, out codeBytes))
        {
            // a non-ASCII code (bad data) still round-trips: kept, with the warning below
        }
        else
        {
            code = b < 0x80 ? (char)b : '\uFFFD';
            _ctx.Problem(MarcDiagnosticCodes.BadSubfieldCode,
                $"subfield code is byte 0x{b:X2} (control character or not a character); kept as U+{(int)code:X4}", _offset, _tag);
        }

        if (!char.IsAsciiDigit(code) && !char.IsAsciiLetterLower(code))
        {
            _ctx.Note(MarcDiagnosticCodes.NonStandardSubfieldCode, Severity.Warning,
                $"subfield code '{Iso2709FieldParser.Printable(code)}' is not [a-z0-9]; kept", _offset, _tag, code.ToString());
        }

        return new Subfield(code, Decode(piece[codeBytes..], marc8Problems, code.ToString()));
    }

    /// <summary>Decodes a value in the record's encoding, reporting invalid UTF-8 and MARC-8 problems.</summary>
    internal string Decode(ReadOnlySpan<byte> bytes, List<Marc8Problem>? marc8Problems, string? subfield)
    {
        if (_utf8)
        {
            if (!Iso2709ValueDecoder.TryDecodeUtf8(bytes, _ctx.Options.Normalization, out var value, out var normalized))
            {
                _ctx.Problem(MarcDiagnosticCodes.InvalidUtf8, "bytes that are not valid UTF-8; replaced by U+FFFD", _offset, _tag, subfield);
            }

            if (normalized) _ctx.NoteNormalized(_offset, _tag, subfield);

            return value;
        }

        var problems = marc8Problems!;
        problems.Clear();
        var text = Iso2709ValueDecoder.DecodeMarc8(bytes, problems);
        foreach (var p in problems)
        {
            _ctx.Note(MarcDiagnosticCodes.Marc8Problem, Severity.Warning, $"MARC-8 {p.Code}: {p.Message}", _offset + p.Offset, _tag, subfield);
        }

        return text;
    }

    private static bool TryOneUtf8Char(ReadOnlySpan<byte> piece, out char code, out int length)
    {
        var status = System.Text.Rune.DecodeFromUtf8(piece, out var rune, out length);
        code = status == System.Buffers.OperationStatus.Done && rune.IsBmp ? (char)rune.Value : '\0';
        return code != '\0';
    }
}
