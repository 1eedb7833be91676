using System.Text;
using System.Text.Encodings.Web;

namespace Exporter.Publishing;

/// <summary>
/// The escaping of every value a page template writes (Fluid calls it for each <c>{{ value }}</c>): <c>&amp; &lt; &gt;</c>
/// and both quotes become references (<c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39;</c>), so a value is safe
/// in text and in quoted attributes; characters HTML does not allow (C0/C1 controls other than tab and line feed,
/// lone surrogates, noncharacters) become U+FFFD, and CR a line feed. Everything else, non-ASCII included, is written
/// as it is (the pages are UTF-8). Values the model marks as already safe (the JSON-LD script text) bypass it.
/// </summary>
internal sealed class PageTextEncoder : TextEncoder
{
    /// <summary>The one instance (it holds no state).</summary>
    public static PageTextEncoder Instance { get; } = new();

    private PageTextEncoder()
    {
    }

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6; // &quot;

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) => Replacement(unicodeScalar) is not null;

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                if (WillEncode(char.ConvertToUtf32(c, text[i + 1]))) return i;
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || WillEncode(c)) return i;
        }

        return -1;
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var text = Replacement(unicodeScalar) ?? new Rune(unicodeScalar).ToString();
        if (text.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < text.Length; i++) buffer[i] = text[i];
        numberOfCharactersWritten = text.Length;
        return true;
    }

    /// <summary>What a scalar is written as, or null when it is written as it is.</summary>
    internal static string? Replacement(int scalar) => scalar switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\r' => "\n", // parsers fold CR to LF; a CR itself may not be written
        _ => Allowed(scalar) ? null : "\uFFFD",
    };

    /// <summary>False for what HTML5 forbids in text: controls (tab and LF kept; CR is written as LF), surrogates
    /// (a lone one; pairs arrive as one scalar) and the noncharacters U+FDD0-U+FDEF and U+xFFFE, U+xFFFF.</summary>
    internal static bool Allowed(int scalar) =>
        scalar is '\t' or '\n'
        || scalar is >= ' ' and < 0x7F
        || (scalar > 0x9F && scalar is not (>= 0xD800 and <= 0xDFFF) and not (>= 0xFDD0 and <= 0xFDEF) && (scalar & 0xFFFE) != 0xFFFE && scalar <= 0x10FFFF);
}
