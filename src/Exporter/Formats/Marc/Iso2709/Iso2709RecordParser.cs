using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>One parse of one raw record: leader, directory, then fields (see <see cref="Iso2709FieldParser"/>).</summary>
internal sealed class Iso2709RecordParser
{
    private const byte FieldTerminator = 0x1E;
    private const byte RecordTerminator = 0x1D;
    private readonly Iso2709RawRecord _raw;
    private readonly List<Diagnostic> _diags;

    internal Iso2709RecordParser(Iso2709RawRecord raw, Iso2709ReaderOptions options)
    {
        _raw = raw;
        Options = options;
        _diags = [.. raw.FramingDiagnostics];
    }

    internal Iso2709ReaderOptions Options { get; }

    internal string? RecordId { get; set; }

    /// <summary>Set when the model differs from the bytes without a diagnostic (NFC, MARC-8, layout): not canonical.</summary>
    internal bool Altered { get; set; }

    private bool _normalizedReported;

    internal MarcReadResult Run()
    {
        try
        {
            if (_diags.Exists(d => d.Severity == Severity.Error))
            {
                throw new RejectException(); // framing already failed (over MaxRecordBytes)
            }

            var record = Parse(_raw.Bytes);
            return Result(record);
        }
        catch (RejectException)
        {
            return Result(null);
        }
    }

    /// <summary>Reports a problem; in strict mode, or when <paramref name="fatal"/>, the record is rejected.</summary>
    internal void Problem(string code, string message, long relativeOffset, string? field = null, string? subfield = null, bool fatal = false)
    {
        var reject = fatal || Options.IsStrict;
        _diags.Add(Make(code, reject ? Severity.Error : Severity.Warning, message, relativeOffset, field, subfield));
        if (reject) throw new RejectException();
    }

    /// <summary>Reports, once per record, that NFC changed a value (MARC0132, Info): asked for with <see cref="Iso2709ReaderOptions.Normalization"/>.</summary>
    internal void NoteNormalized(long relativeOffset, string? field, string? subfield)
    {
        Altered = true;
        if (_normalizedReported) return;
        _normalizedReported = true;
        Note(MarcDiagnosticCodes.NormalizedToNfc, Severity.Info, MarcDiagnosticCodes.NormalizedToNfcMessage, relativeOffset, field, subfield);
    }

    /// <summary>Reports a warning or info that never rejects.</summary>
    internal void Note(string code, Severity severity, string message, long relativeOffset, string? field = null, string? subfield = null) =>
        _diags.Add(Make(code, severity, message, relativeOffset, field, subfield));

    private Diagnostic Make(string code, Severity severity, string message, long relativeOffset, string? field, string? subfield) =>
        new(code, severity, message)
        {
            RecordIndex = _raw.Index,
            ByteOffset = _raw.ByteOffset + relativeOffset,
            Field = field,
            Subfield = subfield,
            Source = Options.SourceName,
        };

    private MarcRecord Parse(ReadOnlySpan<byte> bytes)
    {
        var terminated = bytes.Length > 0 && bytes[^1] == RecordTerminator;
        var end = terminated ? bytes.Length - 1 : bytes.Length;
        if (end < 24) Problem(MarcDiagnosticCodes.TooShort, $"only {end} byte(s): not a record (a leader alone is 24)", 0, fatal: true);
        if (!terminated)
        {
            Problem(MarcDiagnosticCodes.MissingRecordTerminator, "record terminator (0x1D) missing: truncated record", bytes.Length);
        }

        var leader = ReadLeader(bytes[..24]);
        CheckRecordLength(leader, bytes.Length);
        var dirEnd = bytes[24..end].IndexOf(FieldTerminator);
        if (dirEnd < 0) Problem(MarcDiagnosticCodes.DirectoryUnterminated, "no field terminator after the directory", 24, fatal: true);
        dirEnd += 24;
        var baseAddress = dirEnd + 1;
        if (leader.BaseAddress != baseAddress)
        {
            Problem(MarcDiagnosticCodes.BadBaseAddress,
                $"base address in leader is '{leader.Value[12..17]}', the directory ends at {baseAddress}; using {baseAddress}", 12);
        }

        var dirLength = dirEnd - 24;
        if (dirLength % 12 != 0)
        {
            Problem(MarcDiagnosticCodes.DirectoryLength, $"directory length {dirLength} is not a multiple of 12; last {dirLength % 12} byte(s) ignored", 24);
        }

        var data = bytes[baseAddress..end];
        if (data.Contains(RecordTerminator)) Altered = true; // the writer refuses 0x1D in a value: not canonical
        var fields = new Iso2709FieldParser(this, leader, data, baseAddress).ParseAll(bytes[24..dirEnd]);
        return new MarcRecord(fields.Leader, fields.Fields);
    }

    private Leader ReadLeader(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[24];
        for (var i = 0; i < 24; i++)
        {
            var b = bytes[i];
            if (b >= 0x80)
            {
                Problem(MarcDiagnosticCodes.LeaderNotAscii, $"leader/{i:D2} is byte 0x{b:X2}, not ASCII; replaced by a blank", i);
                b = (byte)' ';
            }

            chars[i] = (char)b;
        }

        return new Leader(new string(chars));
    }

    private void CheckRecordLength(Leader leader, int actual)
    {
        var declared = leader.RecordLength;
        if (declared is null)
        {
            Problem(MarcDiagnosticCodes.RecordLengthNotNumeric, $"record length '{leader.Value[..5]}' is not numeric; using the real length {actual}", 0);
        }
        else if (declared != actual)
        {
            Problem(MarcDiagnosticCodes.RecordLengthMismatch, $"record length in leader is {declared}, the record has {actual} bytes", 0);
        }
    }

    private MarcReadResult Result(MarcRecord? record)
    {
        if (RecordId is not null)
        {
            for (var i = 0; i < _diags.Count; i++) _diags[i] = _diags[i] with { RecordId = RecordId };
        }

        return new MarcReadResult
        {
            Index = _raw.Index,
            ByteOffset = _raw.ByteOffset,
            Record = record,
            RawBytes = record is null ? _raw.Bytes : null,
            RecordId = RecordId,
            Diagnostics = [.. _diags],
            IsCanonicalIso2709 = record is not null && !Altered && _diags.Count == 0 && Iso2709CanonicalCheck.HasWriterLeaderPositions(_raw.Bytes),
        };
    }

    /// <summary>Unwinds a parse that must reject its record; the diagnostic is already reported.</summary>
    internal sealed class RejectException : Exception
    {
    }

    /// <summary>What the field parser gives back: the leader (09 set to 'a' once decoded) and the fields.</summary>
    internal readonly record struct ParsedFields(Leader Leader, ImmutableArray<MarcField> Fields);
}
