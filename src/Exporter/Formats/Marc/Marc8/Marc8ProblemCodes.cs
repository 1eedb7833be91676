namespace Exporter.Formats.Marc.Marc8;

/// <summary>Stable codes of <see cref="Marc8Problem"/> (documented in docs/formats/marc8.md).</summary>
public static class Marc8ProblemCodes
{
    /// <summary>A G1 or EACC code not defined in the designated character set; decoded as U+FFFD.</summary>
    public const string UnmappedCode = "MARC8001";

    /// <summary>A byte that is never a MARC-8 graphic (0x7F, 0xA0, 0xFF, unassigned C1); decoded as U+FFFD.</summary>
    public const string InvalidByte = "MARC8002";

    /// <summary>An escape sequence cut by the end of the data or by a control byte; dropped.</summary>
    public const string IncompleteEscape = "MARC8003";

    /// <summary>An escape sequence naming no MARC-8 set; dropped, the designations stay as they were.</summary>
    public const string UnknownEscape = "MARC8004";

    /// <summary>A multibyte (EACC) character cut by the end of the data or a control byte; its bytes read as Basic Latin (U+FFFD if not 7-bit graphic).</summary>
    public const string TruncatedMultibyte = "MARC8005";

    /// <summary>Combining marks with no base character after them (end of data or control byte); kept as they are.</summary>
    public const string DanglingCombiningMark = "MARC8006";

    /// <summary>A numeric character reference naming no Unicode scalar (surrogate, beyond U+10FFFF); kept as text.</summary>
    public const string InvalidCharacterReference = "MARC8007";

    /// <summary>
    /// A G0 code missing from the designated set (e.g. ':' while Greek or subscripts are in G0, a forgotten ESC ( B);
    /// read as Basic Latin, as MARC4J does.
    /// </summary>
    public const string BasicLatinFallback = "MARC8008";
}
