using Exporter.Diagnostics;
using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Mrk;

/// <summary>
/// Reads MarcEdit MarcBreaker text (.mrk, UTF-8; CRLF or LF). Records are separated by blank lines. Errors carry
/// the line number; a record with a malformed line is rejected (strict) or read without it (permissive), and
/// reading goes on with the next record. The stream is not disposed.
/// </summary>
public sealed class MrkReader : IDisposable
{
    private readonly TextReader _text;
    private readonly MrkReaderOptions _options;
    private int _lineNumber;

    /// <summary>Reads from <paramref name="input"/> (UTF-8, a BOM is skipped).</summary>
    public MrkReader(Stream input, MrkReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _text = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        _options = options ?? MrkReaderOptions.Default;
    }

    /// <summary>Every record, lazily, in input order. A record over <see cref="MrkReaderOptions.MaxRecordChars"/> is
    /// rejected without being buffered (only its start is kept as raw text).</summary>
    public IEnumerable<MarcReadResult> ReadAll()
    {
        var lines = new List<(int Number, string Text)>();
        long index = 0;
        var size = 0;
        var tooLarge = false;
        var firstLine = 0;
        while (true)
        {
            var line = ReadLineBounded(_options.MaxRecordChars - size + 1);
            if (line is not null) _lineNumber++;
            if (_lineNumber == 1 && line is not null && line.StartsWith('\uFEFF')) line = line[1..]; // a BOM StreamReader missed (short first read)
            if (line is null || string.IsNullOrWhiteSpace(line))
            {
                if (tooLarge) yield return TooLarge(index++, firstLine, lines);
                else if (lines.Count > 0) yield return new MrkRecordParser(_options, index++).Parse(lines);
                lines.Clear();
                size = 0;
                tooLarge = false;
                if (line is null) yield break;
                continue;
            }

            if (lines.Count == 0 && !tooLarge) firstLine = _lineNumber;
            size += line.Length + 1;
            if (size > _options.MaxRecordChars)
            {
                tooLarge = true;
                continue;
            }

            lines.Add((_lineNumber, line));
        }
    }

    private MarcReadResult TooLarge(long index, int line, List<(int Number, string Text)> kept) => new()
    {
        Index = index,
        Line = line,
        RawBytes = Encoding.UTF8.GetBytes(string.Join("\n", kept.Select(l => l.Text))),
        Diagnostics =
        [
            new Diagnostic(MarcDiagnosticCodes.RecordTooLarge, Severity.Error, $"record is larger than {_options.MaxRecordChars} characters; rejected unread")
            {
                RecordIndex = index, Line = line, Source = _options.SourceName, Hints = [DiagnosticHint.LimitOf("record size", "MrkReaderOptions.MaxRecordChars")],
            },
        ],
    };

    /// <summary>One line without its end, at most <paramref name="max"/> characters kept (the rest is skipped).</summary>
    private string? ReadLineBounded(int max)
    {
        var sb = new StringBuilder();
        var any = false;
        while (true)
        {
            var c = _text.Read();
            if (c < 0) return any ? sb.ToString() : null;
            any = true;
            if (c == '\n') break;
            if (c == '\r')
            {
                if (_text.Peek() == '\n') _text.Read();
                break;
            }

            if (sb.Length <= max) sb.Append((char)c);
        }

        return sb.ToString();
    }

    /// <summary>Releases the text reader; the stream stays open.</summary>
    public void Dispose() => _text.Dispose();
}
