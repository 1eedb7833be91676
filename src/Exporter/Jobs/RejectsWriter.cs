namespace Exporter.Jobs;

/// <summary>
/// Keeps the raw input of every rejected record, in input order, so it can be repaired and run again. Records of
/// line-based formats are separated as their format separates them (a form-feed line for catalog text, a newline
/// for JSON Lines); binary MARC records are already self-delimiting.
/// </summary>
public sealed class RejectsWriter(Stream output)
{
    private bool _any;

    /// <summary>Number of records kept.</summary>
    public long Count { get; private set; }

    /// <summary>Appends one record's raw bytes.</summary>
    public void Add(ReadOnlySpan<byte> raw, string formatName)
    {
        if (formatName == "text" && _any) output.Write("\f\n"u8);
        output.Write(raw);
        if (formatName is "json" or "mrk" && (raw.IsEmpty || raw[^1] != '\n')) output.Write("\n"u8);
        if (formatName == "mrk") output.Write("\n"u8);
        _any = true;
        Count++;
    }
}
