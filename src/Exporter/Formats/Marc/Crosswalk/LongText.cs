using System.Globalization;
using System.Text;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// Cuts a text into pieces of at most N UTF-8 bytes whose concatenation is the text again: after a paragraph break
/// if possible, else after a sentence, else after a space, never inside a character or a combining sequence.
/// </summary>
internal static class LongText
{
    public static IEnumerable<string> Split(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            yield return text;
            yield break;
        }

        var rest = text;
        while (Encoding.UTF8.GetByteCount(rest) > maxBytes)
        {
            var limit = CharsWithin(rest, maxBytes);
            var cut = Best(rest, limit);
            yield return rest[..cut];
            rest = rest[cut..];
        }

        if (rest.Length > 0) yield return rest;
    }

    private static int CharsWithin(string s, int maxBytes)
    {
        var bytes = 0;
        var e = StringInfo.GetTextElementEnumerator(s);
        var end = 0;
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            bytes += Encoding.UTF8.GetByteCount(element);
            if (bytes > maxBytes) break;
            end = e.ElementIndex + element.Length;
        }

        return Math.Max(end, Math.Min(s.Length, ElementLength(s)));
    }

    private static int ElementLength(string s) => StringInfo.GetNextTextElementLength(s);

    private static int Best(string s, int limit)
    {
        var floor = limit / 2;
        foreach (var mark in new[] { "\n\n", ". ", "? ", "! ", " " })
        {
            var at = s.LastIndexOf(mark, limit - 1, StringComparison.Ordinal);
            if (at >= floor && at + mark.Length <= limit) return at + mark.Length;
        }

        return limit;
    }
}
