using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Exporter.Diagnostics;

/// <summary>
/// One problem or decision, with a stable code (e.g. <c>MARC0012</c>) and the place it applies to:
/// record index (0-based) and identifier, byte offset or line/column, and the tag/subfield.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message)
{
    /// <summary>0-based index of the record in its input, when known.</summary>
    public long? RecordIndex { get; init; }

    /// <summary>Identifier of the record (e.g. 001 or the catalog number), when known.</summary>
    public string? RecordId { get; init; }

    /// <summary>Byte offset in the input where the problem is, when known.</summary>
    public long? ByteOffset { get; init; }

    /// <summary>1-based line in a text input, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column in a text input, when known.</summary>
    public int? Column { get; init; }

    /// <summary>Field or element the problem concerns (MARC tag, label, property).</summary>
    public string? Field { get; init; }

    /// <summary>MARC subfield code or similar sub-part, when it applies.</summary>
    public string? Subfield { get; init; }

    /// <summary>The input's name (file path or "-"), when known.</summary>
    public string? Source { get; init; }

    /// <summary>What can be done about it (raise a limit, go on past bad records, supply a missing value), apart
    /// from <see cref="Message"/> so that the CLI can say it in its own terms; empty when nothing applies.</summary>
    public ImmutableArray<DiagnosticHint> Hints { get; init; } = [];

    /// <summary>One line for people: <c>error MARC0012 file.mrc record 3 (id ocm123) byte 1044 field 245$a: message</c>,
    /// followed by the <see cref="Hints"/> in the library's terms, in parentheses.</summary>
    public override string ToString() => ToString(Hints.IsDefaultOrEmpty ? null : string.Join("; ", Hints));

    /// <summary>The line of <see cref="ToString()"/> with <paramref name="hint"/> (in a front end's own terms) in
    /// parentheses after the message instead of the library's hints; none when null.</summary>
    public string ToString(string? hint)
    {
        var sb = new StringBuilder();
        sb.Append(Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" });
        sb.Append(' ').Append(Code);
        if (Source is not null) sb.Append(' ').Append(Source);
        if (RecordIndex is long i) sb.Append(CultureInfo.InvariantCulture, $" record {i + 1}");
        if (RecordId is not null) sb.Append(" (id ").Append(RecordId).Append(')');
        if (Line is int line)
        {
            sb.Append(CultureInfo.InvariantCulture, $" line {line}");
            if (Column is int col) sb.Append(CultureInfo.InvariantCulture, $" column {col}");
        }
        else if (ByteOffset is long off)
        {
            sb.Append(CultureInfo.InvariantCulture, $" byte {off}");
        }

        if (Field is not null)
        {
            sb.Append(" field ").Append(Field);
            if (Subfield is not null) sb.Append('$').Append(Subfield);
        }

        sb.Append(": ").Append(Message);
        if (hint is not null) sb.Append(" (").Append(hint).Append(')');
        return sb.ToString();
    }
}
