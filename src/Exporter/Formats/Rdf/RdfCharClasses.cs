namespace Exporter.Formats.Rdf;

/// <summary>Character classes of the Turtle / N-Triples grammars (PN_CHARS_BASE and friends), on code points.</summary>
internal static class RdfCharClasses
{
    /// <summary>PN_CHARS_BASE.</summary>
    public static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
            or >= 0x00C0 and <= 0x00D6 or >= 0x00D8 and <= 0x00F6 or >= 0x00F8 and <= 0x02FF
            or >= 0x0370 and <= 0x037D or >= 0x037F and <= 0x1FFF or >= 0x200C and <= 0x200D
            or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF
            or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    /// <summary>PN_CHARS_U: PN_CHARS_BASE or '_'.</summary>
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    /// <summary>PN_CHARS.</summary>
    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c is '-' or >= '0' and <= '9' or 0x00B7 or >= 0x0300 and <= 0x036F or >= 0x203F and <= 0x2040;

    /// <summary>HEX.</summary>
    public static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'A' and <= 'F' or >= 'a' and <= 'f';

    /// <summary>Characters that may follow '\' in a local name (PN_LOCAL_ESC).</summary>
    public static bool IsLocalEscapable(int c) => c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '('
        or ')' or '*' or '+' or ',' or ';' or '=' or '/' or '?' or '#' or '@' or '%';

    /// <summary>Characters IRIREF forbids literally (they must be written as UCHAR).</summary>
    public static bool IsForbiddenInIriRef(int c) => c is <= 0x20 or '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    /// <summary>WS of the Turtle grammar.</summary>
    public static bool IsWhitespace(int c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>An ASCII letter.</summary>
    public static bool IsAsciiLetter(int c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    /// <summary>An ASCII digit.</summary>
    public static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>Value of a hex digit.</summary>
    public static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
