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

    [ThreadStatic]
    private static StringBuilder? t_buffer;

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
        var span = value.AsSpan();
        var first = IndexOfEscape(span);
        if (first < 0) return string.Concat("\"", value, "\"");
        var sb = t_buffer ??= new StringBuilder(256);
        sb.Clear();
        sb.Append('"');
        var rest = span;
        for (var k = first; k >= 0; k = IndexOfEscape(rest))
        {
            sb.Append(rest[..k]);
            AppendEscape(sb, rest[k]);
            rest = rest[(k + 1)..];
        }

        sb.Append(rest);
        var quoted = sb.Append('"').ToString();
        if (sb.Capacity > 1 << 16) t_buffer = null;
        return quoted;
    }

    private static void AppendEscape(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '"': sb.Append("\\\""); break;
            case '\\': sb.Append("\\\\"); break;
            case '\b': sb.Append("\\b"); break;
            case '\t': sb.Append("\\t"); break;
            case '\n': sb.Append("\\n"); break;
            case '\f': sb.Append("\\f"); break;
            case '\r': sb.Append("\\r"); break;
            default: sb.Append("\\u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 0xF]).Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]); break;
        }
    }

    /// <summary>True when the default escaping changes <paramref name="value"/>: ASCII controls, <c>"</c>, <c>\</c>, U+0085, U+2028, U+2029.</summary>
    internal static bool NeedsEscape(ReadOnlySpan<char> value) => IndexOfEscape(value) >= 0;

    private static int IndexOfEscape(ReadOnlySpan<char> value)
    {
        var ascii = value.IndexOfAny(AsciiEscaped);
        var other = (ascii < 0 ? value : value[..ascii]).IndexOfAny('\u0085', '\u2028', '\u2029');
        return other >= 0 ? other : ascii;
    }
}
