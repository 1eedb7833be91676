using System.Buffers;
using System.Text;
using Newtonsoft.Json;

namespace Exporter.Formats.Common;

/// <summary>
/// Writes a JSON string value through a Newtonsoft <see cref="JsonWriter"/> with the bytes
/// <see cref="JsonWriter.WriteValue(string)"/> gives, but escaped here (vectorized search, runs copied whole) instead of
/// by its per-character loop, then written as a raw value (same writer state, same delimiters).
/// </summary>
internal static class JsonStringValue
{
    private const string Hex = "0123456789abcdef";

    /// <summary>The ASCII characters a <see cref="JsonTextWriter"/> escapes by default (controls, quote, backslash).</summary>
    private static readonly SearchValues<char> AsciiEscaped = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");

    /// <summary>Writes <paramref name="value"/> as <see cref="JsonWriter.WriteValue(string)"/> does.</summary>
    public static void Write(JsonWriter writer, string? value)
    {
        if (value is null || writer is not JsonTextWriter { StringEscapeHandling: StringEscapeHandling.Default, QuoteChar: '"' })
        {
            writer.WriteValue(value);
            return;
        }

        writer.WriteRawValue(Quote(value));
    }

    /// <summary>Writes a property name as <see cref="JsonWriter.WritePropertyName(string)"/> does, unescaped when nothing needs escaping.</summary>
    public static void WriteName(JsonWriter writer, string name)
    {
        if (NeedsEscape(name)) writer.WritePropertyName(name);
        else writer.WritePropertyName(name, escape: false);
    }

    /// <summary>
    /// <paramref name="value"/> as a quoted JSON string, escaped as Newtonsoft's default does: <c>\b \t \n \f \r \" \\</c>,
    /// <c>\u00xx</c> (lower-case hex) for the other controls, and <c>\u0085 \u2028 \u2029</c>; everything else as is.
    /// </summary>
    internal static string Quote(string value)
    {
        var first = IndexOfEscape(value);
        if (first < 0) return string.Concat("\"", value, "\"");
        var length = 2 + value.Length;
        foreach (var c in value.AsSpan(first)) length += EscapeLength(c) - 1;
        return string.Create(length, (value, first), static (target, state) =>
        {
            var (text, from) = state;
            target[0] = '"';
            text.AsSpan(0, from).CopyTo(target[1..]);
            var at = 1 + from;
            var rest = text.AsSpan(from);
            for (var k = 0; k >= 0; k = IndexOfEscape(rest))
            {
                rest[..k].CopyTo(target[at..]);
                at += k;
                at += WriteEscape(target[at..], rest[k]);
                rest = rest[(k + 1)..];
            }

            rest.CopyTo(target[at..]);
            target[^1] = '"';
        });
    }

    /// <summary>Appends <paramref name="value"/> quoted and escaped as <see cref="Quote"/> makes it, without making the string.</summary>
    internal static void Append(StringBuilder text, string value)
    {
        text.Append('"');
        var rest = value.AsSpan();
        Span<char> escape = stackalloc char[6];
        for (var k = IndexOfEscape(rest); k >= 0; k = IndexOfEscape(rest))
        {
            text.Append(rest[..k]);
            text.Append(escape[..WriteEscape(escape, rest[k])]);
            rest = rest[(k + 1)..];
        }

        text.Append(rest).Append('"');
    }

    /// <summary>The length of <paramref name="c"/> as written (1 when it needs no escape).</summary>
    private static int EscapeLength(char c) => c switch
    {
        '"' or '\\' or '\b' or '\t' or '\n' or '\f' or '\r' => 2,
        < ' ' or '\u0085' or '\u2028' or '\u2029' => 6,
        _ => 1,
    };

    /// <summary>Writes the escape of <paramref name="c"/>, a character that needs one, and returns its length.</summary>
    private static int WriteEscape(Span<char> target, char c)
    {
        target[0] = '\\';
        var letter = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\b' => 'b',
            '\t' => 't',
            '\n' => 'n',
            '\f' => 'f',
            '\r' => 'r',
            _ => '\0',
        };
        if (letter != '\0')
        {
            target[1] = letter;
            return 2;
        }

        target[1] = 'u';
        target[2] = Hex[c >> 12];
        target[3] = Hex[(c >> 8) & 0xF];
        target[4] = Hex[(c >> 4) & 0xF];
        target[5] = Hex[c & 0xF];
        return 6;
    }

    /// <summary>True when the default escaping changes <paramref name="value"/>: ASCII controls, <c>"</c>, <c>\</c>, U+0085, U+2028, U+2029.</summary>
    internal static bool NeedsEscape(ReadOnlySpan<char> value) => IndexOfEscape(value) >= 0;

    /// <summary>Index of the first character the default escaping changes, or -1.</summary>
    internal static int IndexOfEscape(ReadOnlySpan<char> value)
    {
        var ascii = value.IndexOfAny(AsciiEscaped);
        var other = (ascii < 0 ? value : value[..ascii]).IndexOfAny('\u0085', '\u2028', '\u2029');
        return other >= 0 ? other : ascii;
    }
}
