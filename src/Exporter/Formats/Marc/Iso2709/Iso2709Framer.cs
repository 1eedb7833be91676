using System.Buffers;
using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>
/// Splits an ISO 2709 stream into raw records without parsing them, so callers can parse in parallel. Streaming:
/// only the current segment is buffered (bounded by <see cref="Iso2709ReaderOptions.MaxRecordBytes"/>), so files
/// of any size work. A segment ends where the leader length says when a record terminator (0x1D) is there,
/// else at the next 0x1D, else at the end of input (a truncated record). Filler between records (NUL, blanks,
/// line ends, DOS EOF 0x1A, stray 0x1D) is skipped and reported. The stream is not disposed.
/// </summary>
public sealed class Iso2709Framer
{
    private const byte RecordTerminator = 0x1D;
    private readonly Stream _input;
    private readonly Iso2709ReaderOptions _options;
    private readonly List<Diagnostic> _trailing = [];
    private byte[] _buf = new byte[1 << 16];
    private int _pos;
    private int _len;
    private long _bufOffset;
    private bool _eof;
    private long _index;
    private bool _stopped;
    private readonly ArrayBufferWriter<byte> _fillerKept = new(256);

    /// <summary>Frames <paramref name="input"/> (read forward only).</summary>
    public Iso2709Framer(Stream input, Iso2709ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _input = input;
        _options = options ?? Iso2709ReaderOptions.Default;
        if (_options.MaxRecordBytes < 24) throw new ArgumentException("MaxRecordBytes must be at least 24", nameof(options));
    }

    /// <summary>Diagnostics that belong to no record (filler after the last record).</summary>
    public IReadOnlyList<Diagnostic> TrailingDiagnostics => _trailing;

    /// <summary>Every raw record, lazily, in input order.</summary>
    public IEnumerable<Iso2709RawRecord> ReadAll()
    {
        while (TryReadNext(out var raw)) yield return raw;
    }

    /// <summary>Frames the next record; false at the end of input.</summary>
    public bool TryReadNext(out Iso2709RawRecord raw)
    {
        if (_stopped)
        {
            raw = null!;
            return false;
        }

        var filler = SkipFiller();
        if (filler >= _options.MaxRecordBytes || (_index == 0 && filler >= 24 && !Ensure(1)))
        {
            _stopped = true;
            var at = _bufOffset + _pos - filler;
            raw = new Iso2709RawRecord(_index, at, _fillerKept.WrittenSpan.ToArray())
            {
                StopsReading = true,
                FramingDiagnostics = [Make(MarcDiagnosticCodes.NotIso2709, Severity.Error, at,
                    $"{filler} bytes of filler (NUL, blank, line end, 0x1A, 0x1D) from byte {at} and no record: this is not ISO 2709; reading stops (the first {_fillerKept.WrittenCount} bytes of the rest are kept)")],
            };
            return true;
        }

        if (!Ensure(1))
        {
            if (filler > 0) _trailing.Add(FillerDiagnostic(filler, null));
            raw = null!;
            return false;
        }

        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        if (filler > 0) diags.Add(FillerDiagnostic(filler, _index));
        var start = _bufOffset + _pos;
        var length = FrameLength(out var tooLarge);
        var bytes = _buf.AsSpan(_pos, length).ToArray();
        _pos += length;
        if (tooLarge)
        {
            var rest = SkipPastTerminator();
            diags.Add(Make(MarcDiagnosticCodes.RecordTooLarge, Severity.Error, start,
                $"segment of {length + rest} bytes has no record terminator within {length} bytes (MaxRecordBytes); rejected, its first {length} bytes kept"));
        }

        raw = new Iso2709RawRecord(_index++, start, bytes) { FramingDiagnostics = diags.ToImmutable() };
        return true;
    }

    private int FrameLength(out bool tooLarge)
    {
        tooLarge = false;
        var max = _options.MaxRecordBytes;
        if (Ensure(5) && Iso2709Bytes.TryParseDigits(_buf.AsSpan(_pos, 5), out var declared) && declared >= 24 && declared <= max
            && Ensure(declared) && _buf[_pos + declared - 1] == RecordTerminator)
        {
            return declared;
        }

        var scanned = 0;
        while (true)
        {
            var found = _buf.AsSpan(_pos + scanned, Math.Min(_len - _pos, max) - scanned).IndexOf(RecordTerminator);
            if (found >= 0) return scanned + found + 1;
            scanned = Math.Min(_len - _pos, max);
            if (scanned >= max)
            {
                tooLarge = true;
                return max;
            }

            if (!Ensure(scanned + 1))
            {
                return scanned; // end of input: truncated record, the parser reports it
            }
        }
    }

    /// <summary>Consumes input up to and including the next record terminator, without buffering it; returns the count.</summary>
    private long SkipPastTerminator()
    {
        long skipped = 0;
        while (Ensure(1))
        {
            var found = _buf.AsSpan(_pos, _len - _pos).IndexOf(RecordTerminator);
            var n = found >= 0 ? found + 1 : _len - _pos;
            _pos += n;
            skipped += n;
            if (found >= 0) break;
        }

        return skipped;
    }

    /// <summary>Skips filler; stops after <see cref="Iso2709ReaderOptions.MaxRecordBytes"/> bytes of it (kept in _fillerKept), so that endless filler (/dev/zero) ends the read.</summary>
    private int SkipFiller()
    {
        var skipped = 0;
        var max = _options.MaxRecordBytes;
        _fillerKept.Clear();
        while (skipped < max && Ensure(1))
        {
            var b = _buf[_pos];
            if (b is 0x00 or 0x0A or 0x0D or 0x1A or RecordTerminator)
            {
                var span = 1;
                while (_pos + span < _len && skipped + span < max && IsFiller(_buf[_pos + span])) span++;
                _fillerKept.Write(_buf.AsSpan(_pos, span));
                _pos += span;
                skipped += span;
                continue;
            }

            if (b != (byte)' ') break;
            var run = 1; // blanks are filler only when a record (a digit) or the end follows them
            while (Ensure(run + 1) && _buf[_pos + run] == (byte)' ' && run < 4096) run++;
            if (Ensure(run + 1) && !char.IsAsciiDigit((char)_buf[_pos + run]) && !IsFiller(_buf[_pos + run])) break;
            _fillerKept.Write(_buf.AsSpan(_pos, run));
            _pos += run;
            skipped += run;
        }

        return skipped;
    }

    private static bool IsFiller(byte b) => b is 0x00 or 0x0A or 0x0D or 0x1A or RecordTerminator;

    private Diagnostic FillerDiagnostic(int count, long? index) =>
        Make(MarcDiagnosticCodes.FillerSkipped, Severity.Warning, _bufOffset + _pos - count,
            $"skipped {count} filler byte(s) (NUL, blank, line end, 0x1A or stray 0x1D) between records") with { RecordIndex = index };

    private Diagnostic Make(string code, Severity severity, long offset, string message) =>
        new(code, severity, message) { RecordIndex = _index, ByteOffset = offset, Source = _options.SourceName };

    /// <summary>Makes at least <paramref name="count"/> bytes available from _pos; false when input ends first.</summary>
    private bool Ensure(int count)
    {
        while (_len - _pos < count)
        {
            if (_eof) return false;
            if (_pos > 0)
            {
                Buffer.BlockCopy(_buf, _pos, _buf, 0, _len - _pos);
                _len -= _pos;
                _bufOffset += _pos;
                _pos = 0;
            }

            if (_len == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
            var n = _input.Read(_buf, _len, _buf.Length - _len);
            if (n == 0) _eof = true;
            _len += n;
        }

        return true;
    }
}
