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

    /// <summary>Every record, lazily, in input order.</summary>
    public IEnumerable<MarcReadResult> ReadAll()
    {
        var lines = new List<(int Number, string Text)>();
        long index = 0;
        while (true)
        {
            var line = _text.ReadLine();
            if (line is not null) _lineNumber++;
            if (line is null || string.IsNullOrWhiteSpace(line))
            {
                if (lines.Count > 0)
                {
                    yield return new MrkRecordParser(_options, index++).Parse(lines);
                    lines.Clear();
                }

                if (line is null) yield break;
                continue;
            }

            lines.Add((_lineNumber, line));
        }
    }

    /// <summary>Releases the text reader; the stream stays open.</summary>
    public void Dispose() => _text.Dispose();
}
