using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Exporter.Formats.Common;

/// <summary>
/// Writes text as escaped XML 1.0 character data, UTF-8, straight into an <see cref="IBufferWriter{T}"/> (no
/// string built): <c>&amp; &lt; &gt;</c>, CR as a character reference, and in attributes also <c>"</c>, tab and LF as
/// references, so every character survives parsing. References are decimal (<c>&amp;#13;</c>) or, for the formats
/// that have always written them so, hex (<c>&amp;#xD;</c>); canonical XML and sitemaps differ in a character or two:
/// see <see cref="XmlEscapeStyle"/>. Characters XML 1.0 cannot carry at all (C0 controls other than
/// tab/LF/CR, unpaired surrogates, U+FFFE, U+FFFF) are not written: the caller decides (replace, refuse). The search
/// for specials is vectorised. The one XML escaper of the XML writers (MARCXML, Dublin Core, RDF/XML and its XML literals, sitemaps).
/// </summary>
internal static class XmlUtf8Escaper
{
    // Markup, C0 controls (tab/LF/CR included: attributes need them escaped) and the two non-characters; surrogates
    // are found with a range search.
    /// <summary>What <see cref="Write"/> stops at (other than surrogates) in the decimal, hex and canonical styles.</summary>
    internal static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\t\n\u000B\u000C\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    // The same and the apostrophe, for XmlEscapeStyle.Entities only.
    private static readonly SearchValues<char> SpecialWithApostrophe = SearchValues.Create(
        "&<>\"'\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\t\n\u000B\u000C\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>
    /// Writes <paramref name="s"/> escaped up to the first character XML 1.0 cannot carry and returns that
    /// character's index (nothing of it written), or -1 when the whole text was written.
    /// </summary>
    public static int Write(IBufferWriter<byte> output, ReadOnlySpan<char> s, bool attribute, XmlEscapeStyle style = XmlEscapeStyle.Decimal)
    {
        var hex = style is XmlEscapeStyle.Hex or XmlEscapeStyle.Canonical;
        var rawGreaterThan = attribute && style == XmlEscapeStyle.Canonical;
        var entities = style == XmlEscapeStyle.Entities;
        var special = entities ? SpecialWithApostrophe : Special;
        var done = 0;
        while (true)
        {
            var rest = s[done..];
            var i = rest.IndexOfAny(special);
            var surrogate = (i < 0 ? rest : rest[..i]).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate >= 0) i = surrogate;
            if (i < 0)
            {
                WriteUtf8(output, rest);
                return -1;
            }

            WriteUtf8(output, rest[..i]);
            var c = rest[i];
            var take = 1;
            switch (c)
            {
                case '&': Raw(output, "&amp;"u8); break;
                case '<': Raw(output, "&lt;"u8); break;
                case '>': Raw(output, rawGreaterThan ? ">"u8 : "&gt;"u8); break;
                case '"': Raw(output, attribute || entities ? "&quot;"u8 : "\""u8); break;
                case '\'': Raw(output, "&apos;"u8); break; // searched for with XmlEscapeStyle.Entities only
                case '\r': Raw(output, hex ? "&#xD;"u8 : "&#13;"u8); break;
                case '\t': Raw(output, !attribute ? "\t"u8 : hex ? "&#x9;"u8 : "&#9;"u8); break;
                case '\n': Raw(output, !attribute ? "\n"u8 : hex ? "&#xA;"u8 : "&#10;"u8); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < rest.Length && char.IsLowSurrogate(rest[i + 1]))
                    {
                        WriteUtf8(output, rest.Slice(i, 2));
                        take = 2;
                    }
                    else
                    {
                        return done + i;
                    }

                    break;
            }

            done += i + take;
        }
    }

    /// <summary>Index of the first character XML 1.0 cannot carry (even as a reference), or -1.</summary>
    public static int IndexOfIllegal(ReadOnlySpan<char> value)
    {
        var from = value.IndexOfAnyExceptInRange(' ', '\uD7FF');
        if (from < 0) return -1;
        for (var i = from; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c < 0xD800) continue;
            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (c >= 0xE000 && c <= 0xFFFD) continue;
            return i;
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="value"/> with every character <see cref="IndexOfIllegal"/> finds replaced by one U+FFFD each (the
    /// same instance when there is none): text XML 1.0, and so every RDF syntax we write, can carry.
    /// </summary>
    public static string ReplaceIllegal(string value)
    {
        var i = IndexOfIllegal(value);
        if (i < 0) return value;
        var sb = new StringBuilder(value.Length);
        var rest = value.AsSpan();
        for (; i >= 0; i = IndexOfIllegal(rest))
        {
            sb.Append(rest[..i]).Append('\uFFFD');
            rest = rest[(i + 1)..];
        }

        return sb.Append(rest).ToString();
    }

    /// <summary>Copies markup bytes.</summary>
    public static void Raw(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    /// <summary>Text with nothing to escape and no unpaired surrogate, as UTF-8.</summary>
    public static void WriteUtf8(IBufferWriter<byte> output, ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return;
        var span = output.GetSpan(s.Length * 3);
        Utf8.FromUtf16(s, span, out _, out var written);
        output.Advance(written);
    }
}
