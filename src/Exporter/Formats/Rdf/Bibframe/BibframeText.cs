using System.Buffers;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Text clean-up of MARC values for BIBFRAME literals, after marc2bibframe2's <c>tChopPunct</c>: white space folded,
/// trailing ISBD punctuation (<c>. : ; , / =</c>) removed, except a period that ends an initial ("Smith, J.") or a
/// known abbreviation ("p.", "cm.", "ed.", "etc."), and an unbalanced bracket or parenthesis dropped.
/// </summary>
internal static class BibframeText
{
    private static readonly string[] Abbreviations = ["p.", "cm.", "ed.", "etc.", "v.", "col.", "ill.", "mm.", "min.", "no.", "vol.", "pp.", "Inc.", "Co.", "Ltd.", "Jr.", "Sr.", "St.", "ca.", "fol.", "illus.", "Corp.", "Bros.", "approximately.", "sec.", "in."];

    private static readonly char[] LeadingPunctuation = [';', '=', ' '];

    private static readonly SearchValues<char> Brackets = SearchValues.Create("()[]");

    /// <summary>The value folded and chopped; null when nothing is left.</summary>
    public static string? Chop(string? value)
    {
        if (value is null) return null;
        var s = Fold(value);
        while (s.Length > 0)
        {
            var last = s[^1];
            if (last is ':' or ';' or ',' or '/' or '=' or ' ') s = s[..^1].TrimEnd();
            else if (last == '.' && !KeepsPeriod(s)) s = s[..^1].TrimEnd();
            else break;
        }

        if (s.Length > 0 && s[0] is ';' or '=' or ' ') s = s.TrimStart(LeadingPunctuation);
        s = Balance(s);
        return s.Length == 0 ? null : s;
    }

    /// <summary>White space runs to one space, trimmed.</summary>
    public static string Fold(string value)
    {
        var source = value.AsSpan();
        var fault = FirstFault(source);
        if (fault < 0) return value;
        char[]? rented = null;
        Span<char> buffer = value.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(value.Length));

        // Folded stretches (up to the next fault) are copied whole; only the white space runs at faults are rewritten.
        source[..fault].CopyTo(buffer);
        var n = fault;
        var i = fault;
        while (true)
        {
            if (n > 0 && buffer[n - 1] == ' ') n--;                // a single space before a fault belongs to its run
            while (i < source.Length && char.IsWhiteSpace(source[i])) i++;
            if (i == source.Length) break;
            if (n > 0) buffer[n++] = ' ';
            var next = FirstFault(source[i..]);
            var end = next < 0 ? source.Length : i + next;
            source[i..end].CopyTo(buffer[n..]);
            n += end - i;
            i = end;
            if (next < 0) break;
        }

        var folded = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return folded;
    }

    /// <summary>
    /// The first position where <paramref name="text"/> is not folded (a white space character other than a space, or
    /// a space that is first, last or followed by another space), or -1: <see cref="FirstFaultByScan"/> for short
    /// text, vectorised searches for long text (a 520 summary runs to thousands of characters).
    /// </summary>
    internal static int FirstFault(ReadOnlySpan<char> text)
    {
        if (text.Length < VectorisedFrom) return FirstFaultByScan(text);
        if (text[0] == ' ') return 0;
        var fault = text.IndexOfAny(AsciiOtherWhiteSpace);
        var limit = fault < 0 ? text : text[..fault];

        // White space above ASCII starts at U+0085: each character from there up is looked at, few in most MARC text;
        // text with many (non-Latin scripts) is scanned instead.
        for (int from = 0, looked = 0; ;)
        {
            var k = limit[from..].IndexOfAnyExceptInRange('\0', '\u0084');
            if (k < 0) break;
            k += from;
            if (char.IsWhiteSpace(limit[k]))
            {
                fault = k;
                limit = limit[..k];
                break;
            }

            if (++looked == 8) return FirstFaultByScan(text);
            from = k + 1;
        }

        var doubled = limit.IndexOf("  ", StringComparison.Ordinal);
        if (doubled >= 0) return doubled;
        if (fault >= 0) return fault;
        return text[^1] == ' ' ? text.Length - 1 : -1;
    }

    /// <summary>What <see cref="FirstFault"/> finds, one character at a time (cheaper below <see cref="VectorisedFrom"/> characters).</summary>
    internal static int FirstFaultByScan(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)(c - '!') < '\u0085' - '!') continue;      // '!' to U+0084: never white space
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i + 1] == ' ') return i;
            }
            else if (char.IsWhiteSpace(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Text at least this long is searched for faults with vectorised searches (below it a scan is cheaper).</summary>
    internal const int VectorisedFrom = 64;

    /// <summary>The characters below U+0085 that <see cref="char.IsWhiteSpace(char)"/> calls white space, except the space (tab to CR).</summary>
    private static readonly SearchValues<char> AsciiOtherWhiteSpace = SearchValues.Create(
        [.. Enumerable.Range(0, 0x85).Select(i => (char)i).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    private static bool KeepsPeriod(string s)
    {
        if (s.Length >= 2 && char.IsUpper(s[^2]) && (s.Length == 2 || s[^3] is ' ' or '.')) return true;
        foreach (var a in Abbreviations)
        {
            if (s.Length == a.Length ? s == a : s.Length > a.Length && s[^(a.Length + 1)] == ' ' && s.EndsWith(a, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static string Balance(string s)
    {
        if (!s.AsSpan().ContainsAny(Brackets)) return s;                 // the usual case: nothing to balance
        s = DropUnpaired(s, '(', ')');
        return DropUnpaired(s, '[', ']');
    }

    private static string DropUnpaired(string s, char open, char close)
    {
        var opens = s.AsSpan().Count(open);
        var closes = s.AsSpan().Count(close);
        if (opens == closes) return s;
        if (opens > closes && s.StartsWith(open)) return s[1..].Trim();
        if (closes > opens && s.EndsWith(close)) return s[..^1].Trim();
        return s;
    }
}
