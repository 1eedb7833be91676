namespace Exporter.Pipeline;

/// <summary>
/// How a format's raw records are told apart when several are put one after another, as the rejects file does with
/// the raw input of rejected records so that it can be repaired and read again. A format declares it
/// (<see cref="IRecordFormat.RawRecords"/>); the default, <see cref="SelfDelimiting"/>, adds nothing (ISO 2709
/// records end with their terminator, XML records are elements).
/// </summary>
public sealed record RawRecordLayout
{
    /// <summary>Records that need nothing around them.</summary>
    public static RawRecordLayout SelfDelimiting { get; } = new();

    /// <summary>Text written before each record but the first (catalog text: a form-feed line).</summary>
    public string Separator { get; init; } = "";

    /// <summary>True when a record must end with a line break, added when its raw bytes lack one (JSON Lines).</summary>
    public bool EndsWithLineBreak { get; init; }

    /// <summary>Text written after each record, after its line break (.mrk: a blank line).</summary>
    public string Terminator { get; init; } = "";
}
