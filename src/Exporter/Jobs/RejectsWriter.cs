using System.Text;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// Keeps the raw input of every rejected record, in input order, so it can be repaired and run again. Each record is
/// delimited as its format declares (<see cref="IRecordFormat.RawRecords"/>: a form-feed line between catalog text
/// records, a newline after a JSON Lines record); binary MARC records are already self-delimiting.
/// </summary>
internal sealed class RejectsWriter(Stream output)
{
    private bool _any;

    /// <summary>Number of records kept.</summary>
    public long Count { get; private set; }

    /// <summary>Appends one record's raw bytes, delimited by <paramref name="layout"/>.</summary>
    public void Add(ReadOnlySpan<byte> raw, RawRecordLayout layout)
    {
        if (_any) Write(layout.Separator);
        output.Write(raw);
        if (layout.EndsWithLineBreak && (raw.IsEmpty || raw[^1] != '\n')) output.Write("\n"u8);
        Write(layout.Terminator);
        _any = true;
        Count++;
    }

    private void Write(string text)
    {
        if (text.Length > 0) output.Write(Encoding.UTF8.GetBytes(text));
    }
}
