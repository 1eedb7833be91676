using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Mrk;

/// <summary>Parses the lines of one .mrk record.</summary>
internal sealed class MrkRecordParser
{
    private readonly MrkReaderOptions _options;
    private readonly long _index;
    private readonly List<Diagnostic> _diags = [];
    private bool _normalized;
    private bool _rejected;
    private int _line;

    internal MrkRecordParser(MrkReaderOptions options, long index)
    {
        _options = options;
        _index = index;
    }

    internal MarcReadResult Parse(List<(int Number, string Text)> lines)
    {
        Leader? leader = null;
        var fields = ImmutableArray.CreateBuilder<MarcField>(lines.Count);
        foreach (var (number, text) in lines)
        {
            _line = number;
            if (text.Length < 4 || text[0] != '=')
            {
                Problem(MarcDiagnosticCodes.MrkBadLine, $"line does not start with '=' and a tag: '{Cut(text)}'; skipped", null);
                continue;
            }

            var start = Math.Min(text.Length, text.Length > 5 && text[4] == ' ' && text[5] == ' ' ? 6 : 4);
            if (start == 4 && text.Length > 4) Note(MarcDiagnosticCodes.MrkBadLine, "tag not followed by two blanks", text[1..4]);
            if (text.AsSpan(1, 3).SequenceEqual("LDR"))
            {
                if (leader is null) leader = ReadLeader(text, start);
                else Problem(MarcDiagnosticCodes.MrkBadLine, "second =LDR line in a record; ignored", "LDR");
                continue;
            }

            string? unknown = null;
            var tag = MrkEscaping.Unescape(text, 1, 4, MrkEscaping.BlankStyle.Backslash, ref unknown);
            if (tag.Length != 3)
            {
                Problem(MarcDiagnosticCodes.MrkBadLine, $"tag '{tag}' is not 3 characters; line skipped", tag);
                continue;
            }

            MarcField field = MarcField.IsControlTag(tag)
                ? new ControlField(tag, Normalize(MrkEscaping.Unescape(text, start, text.Length, MrkEscaping.BlankStyle.Backslash, ref unknown), tag))
                : ReadDataField(tag, text, start, ref unknown);
            if (unknown is not null)
            {
                Note(MarcDiagnosticCodes.MrkUnknownMnemonic, $"'{unknown}' is not a known escape; kept as written", tag);
            }

            fields.Add(field);
        }

        _line = lines.Count > 0 ? lines[0].Number : 0;
        if (leader is null && !_rejected)
        {
            Note(MarcDiagnosticCodes.MrkMissingLeader, "record has no =LDR line; a blank leader is used", null);
        }

        var record = _rejected ? null : new MarcRecord(leader ?? Leader.Blank, fields.ToImmutable());
        var id = record?.ControlValue("001");
        return new MarcReadResult
        {
            Index = _index,
            Line = _line,
            Record = record,
            RecordId = id,
            RawBytes = _rejected ? Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l => l.Text)) + "\n") : null,
            Diagnostics = [.. _diags.Select(d => d with { RecordId = id })],
        };
    }

    private Leader? ReadLeader(string text, int start)
    {
        string? unknown = null;
        var value = MrkEscaping.Unescape(text, start, text.Length, MrkEscaping.BlankStyle.Backslash, ref unknown);
        var chars = value.PadRight(24)[..24].Select(c => c < 0x80 ? c : ' ').ToArray();
        if (value.Length != 24 || value.Any(c => c >= 0x80))
        {
            Problem(MarcDiagnosticCodes.MrkBadLeader, $"leader '{value}' is not 24 ASCII characters; padded or cut", "LDR");
        }

        return new Leader(new string(chars));
    }

    private DataField ReadDataField(string tag, string text, int start, ref string? unknown)
    {
        var i = start;
        Span<char> ind = [' ', ' '];
        for (var k = 0; k < 2; k++)
        {
            if (i >= text.Length || text[i] == '$')
            {
                Problem(MarcDiagnosticCodes.MrkMissingIndicators, "fewer than two indicators; blank used", tag);
                break;
            }

            var one = MrkEscaping.ReadOne(text, ref i, MrkEscaping.BlankStyle.Backslash, ref unknown);
            ind[k] = one.Length == 1 ? one[0] : ' ';
        }

        var subfields = ImmutableArray.CreateBuilder<Subfield>();
        if (i < text.Length && text[i] != '$')
        {
            var first = text.IndexOf('$', i);
            var junk = first < 0 ? text[i..] : text[i..first];
            Problem(MarcDiagnosticCodes.DataBeforeFirstSubfield, $"'{Cut(junk)}' before the first '$'; dropped", tag);
            i = first < 0 ? text.Length : first;
        }

        while (i < text.Length)
        {
            i++; // the '$'
            var next = text.IndexOf('$', i);
            var end = next < 0 ? text.Length : next;
            if (i >= end)
            {
                Problem(MarcDiagnosticCodes.BadSubfieldCode, "'$' with no subfield code; dropped", tag);
                i = end;
                continue;
            }

            var code = MrkEscaping.ReadOne(text[..end], ref i, MrkEscaping.BlankStyle.Backslash, ref unknown);
            if (code.Length != 1) Problem(MarcDiagnosticCodes.BadSubfieldCode, $"subfield code '{code}' is not one character; first kept", tag);
            subfields.Add(new Subfield(code[0], Normalize(MrkEscaping.Unescape(text, i, end, MrkEscaping.BlankStyle.Literal, ref unknown), tag)));
            i = end;
        }

        return new DataField(tag, ind[0], ind[1], subfields.ToImmutable());
    }

    /// <summary>The value in NFC when <see cref="MrkReaderOptions.Normalization"/> asks for it; the first change of a record is reported (MARC0132).</summary>
    private string Normalize(string s, string tag)
    {
        var nfc = RequestedNormalization.Apply(s, _options.Normalization, out var changed);
        if (changed && !_normalized)
        {
            _normalized = true;
            Note(MarcDiagnosticCodes.NormalizedToNfc, MarcDiagnosticCodes.NormalizedToNfcMessage, tag, Severity.Info);
        }

        return nfc;
    }

    private void Problem(string code, string message, string? tag)
    {
        var strict = _options.Strictness == MarcStrictness.Strict;
        _rejected |= strict;
        Note(code, message, tag, strict ? Severity.Error : Severity.Warning);
    }

    private void Note(string code, string message, string? tag, Severity severity = Severity.Warning) =>
        _diags.Add(new Diagnostic(code, severity, message) { RecordIndex = _index, Line = _line, Field = tag, Source = _options.SourceName });

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
