using System.Buffers;
using System.Globalization;
using System.Text;

namespace Exporter.Formats.Marc.Mrk;

/// <summary>
/// The .mrk escapes: <c>{dollar}</c> <c>{lcub}</c> <c>{rcub}</c> <c>{bsol}</c> for the four syntax characters,
/// <c>{U+XXXX}</c> for control characters; blanks as <c>\</c> in the leader, control fields and indicators.
/// The reader also takes a few common MarcEdit mnemonics.
/// </summary>
internal static class MrkEscaping
{
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "$\\{}\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u2028\u2029\u0085");

    private static readonly Dictionary<string, string> Mnemonics = new(StringComparer.Ordinal)
    {
        ["dollar"] = "$", ["lcub"] = "{", ["rcub"] = "}", ["bsol"] = "\\", ["copy"] = "\u00A9", ["reg"] = "\u00AE",
        ["phono"] = "\u2117", ["deg"] = "\u00B0", ["plusmn"] = "\u00B1", ["pound"] = "\u00A3", ["flat"] = "\u266D",
        ["sharp"] = "\u266F", ["iquest"] = "\u00BF", ["iexcl"] = "\u00A1", ["esc"] = "\u001B", ["joiner"] = "\u200D",
        ["nonjoin"] = "\u200C", ["mlrhring"] = "\u02BE", ["mllhring"] = "\u02BF", ["middot"] = "\u00B7",
    };

    /// <summary>Appends <paramref name="value"/> escaped; blanks become <c>\</c> in <see cref="BlankStyle.Backslash"/>.</summary>
    internal static void Append(StringBuilder sb, ReadOnlySpan<char> value, BlankStyle blanks)
    {
        while (!value.IsEmpty)
        {
            var i = value.IndexOfAny(Special);
            if (blanks == BlankStyle.Backslash)
            {
                var blank = value.IndexOf(' ');
                if (blank >= 0 && (i < 0 || blank < i)) i = blank;
            }

            if (i < 0)
            {
                sb.Append(value);
                return;
            }

            sb.Append(value[..i]);
            sb.Append(value[i] switch
            {
                '$' => "{dollar}",
                '{' => "{lcub}",
                '}' => "{rcub}",
                '\\' => "{bsol}",
                ' ' => "\\",
                var c => "{U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "}",
            });
            value = value[(i + 1)..];
        }
    }

    /// <summary>
    /// Reads one logical character at <paramref name="i"/> (an escape, a backslash blank, or one char); advances
    /// <paramref name="i"/>. <paramref name="unknown"/> receives a brace sequence that is not an escape (kept literally).
    /// </summary>
    internal static string ReadOne(string line, ref int i, BlankStyle blanks, ref string? unknown)
    {
        var c = line[i];
        if (c == '\\' && blanks == BlankStyle.Backslash)
        {
            i++;
            return " ";
        }

        if (c == '{')
        {
            var close = line.IndexOf('}', i + 1);
            if (close > i + 1 && TryMnemonic(line.AsSpan(i + 1, close - i - 1), out var text))
            {
                i = close + 1;
                return text;
            }

            if (close > i + 1 && close - i < 40) unknown ??= line[i..(close + 1)];
        }

        if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
        {
            i += 2;
            return line.Substring(i - 2, 2);
        }

        i++;
        return c.ToString();
    }

    /// <summary>Unescapes a run of text.</summary>
    internal static string Unescape(string line, int start, int end, BlankStyle blanks, ref string? unknown)
    {
        var span = line.AsSpan(start, end - start);
        if (span.IndexOfAny('{', '\\') < 0) return span.ToString();
        var sb = new StringBuilder(end - start);
        var i = start;
        while (i < end) sb.Append(ReadOne(line[..end], ref i, blanks, ref unknown));
        return sb.ToString();
    }

    private static bool TryMnemonic(ReadOnlySpan<char> name, out string text)
    {
        if (name.Length is >= 6 and <= 8 && (name[0] is 'U' or 'u') && name[1] == '+'
            && int.TryParse(name[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            && code <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
        {
            text = char.ConvertFromUtf32(code);
            return true;
        }

        return Mnemonics.TryGetValue(name.ToString(), out text!);
    }

    /// <summary>Whether a blank is written as <c>\</c> (leader, control fields, indicators) or as itself.</summary>
    internal enum BlankStyle
    {
        /// <summary>Subfield data: blanks are blanks; a bare backslash is a backslash.</summary>
        Literal,

        /// <summary>Leader, control field, indicator: blank written as backslash.</summary>
        Backslash,
    }
}
