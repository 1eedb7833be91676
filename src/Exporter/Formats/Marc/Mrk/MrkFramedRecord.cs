using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Mrk;

/// <summary>
/// The lines of one .mrk record as framed from the input's bytes (up to a blank line), parsed on a worker thread by
/// <see cref="MrkRecordParser"/>. A rejected record keeps exactly these bytes.
/// </summary>
internal sealed record MrkFramedRecord(byte[] Raw, IReadOnlyList<(int Number, int Start, int Length)> Lines, long Index, long ByteOffset, MrkReaderOptions Options) : IPendingMarcRecord
{
    /// <inheritdoc />
    public int Line => Lines.Count > 0 ? Lines[0].Number : 0;

    /// <inheritdoc />
    public MarcReadResult Parse()
    {
        var lines = new List<(int Number, string Text)>(Lines.Count);
        foreach (var (number, start, length) in Lines) lines.Add((number, Encoding.UTF8.GetString(Raw, start, length)));
        var result = new MrkRecordParser(Options, Index).Parse(lines);
        return result with { ByteOffset = ByteOffset, Line = Line, RawBytes = result.Record is null ? Raw : result.RawBytes };
    }
}
