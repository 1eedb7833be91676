using System.Text;

namespace Exporter.Publishing;

/// <summary>
/// Writes HTML5 into a <see cref="StringBuilder"/> with every piece of record text escaped: text content escapes
/// <c>&amp; &lt; &gt;</c>, attribute values also both quotes, and characters HTML does not allow (C0/C1 controls other
/// than tab and line feed, lone surrogates, noncharacters) become U+FFFD, and CR a line feed. Tags and attribute names are the caller's
/// constants, never record data. Elements are opened and closed in pairs, so the nesting is the caller's code.
/// </summary>
internal sealed class HtmlWriter(StringBuilder output)
{
    /// <summary>The text written so far.</summary>
    public StringBuilder Output { get; } = output;

    /// <summary>Opens an element with attributes given as name/value pairs; a null value leaves the attribute out.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Output.Append('<').Append(tag);
        foreach (var (name, value) in attributes) Attribute(name, value);
        Output.Append('>');
        return this;
    }

    /// <summary>A void element (<c>meta</c>, <c>link</c>): no end tag.</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes) => Open(tag, attributes);

    /// <summary>Closes an element.</summary>
    public HtmlWriter Close(string tag)
    {
        Output.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only escaped text.</summary>
    public HtmlWriter Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(tag, attributes);
        Text(text);
        return Close(tag);
    }

    /// <summary>Escaped text content.</summary>
    public HtmlWriter Text(string text)
    {
        Escape(text, attribute: false);
        return this;
    }

    /// <summary>A line break in the source (not in the rendering), to keep pages readable.</summary>
    public HtmlWriter Line()
    {
        Output.Append('\n');
        return this;
    }

    /// <summary>Markup the caller wrote itself (constants, or text already made safe for its context).</summary>
    public HtmlWriter Raw(string markup)
    {
        Output.Append(markup);
        return this;
    }

    private void Attribute(string name, string? value)
    {
        if (value is null) return;
        Output.Append(' ').Append(name).Append("=\"");
        Escape(value, attribute: true);
        Output.Append('"');
    }

    private void Escape(string text, bool attribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': Output.Append("&amp;"); continue;
                case '<': Output.Append("&lt;"); continue;
                case '>': Output.Append("&gt;"); continue;
                case '"' when attribute: Output.Append("&quot;"); continue;
                case '\'' when attribute: Output.Append("&#39;"); continue;
                case '\r': Output.Append('\n'); continue; // parsers fold CR to LF; a CR itself may not be written
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE) Output.Append('\uFFFD');
                else Output.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            Output.Append(Allowed(c) ? c : '\uFFFD');
        }
    }

    /// <summary>False for what HTML5 forbids in text: controls (tab and LF kept; CR is written as LF),
    /// lone surrogates and the noncharacters U+FDD0-U+FDEF, U+FFFE, U+FFFF.</summary>
    internal static bool Allowed(char c) =>
        c is '\t' or '\n'
        || (c >= ' ' && c < '\u007F')
        || (c > '\u009F' && !char.IsSurrogate(c) && c is not (>= '\uFDD0' and <= '\uFDEF') and not '\uFFFE' and not '\uFFFF');
}
