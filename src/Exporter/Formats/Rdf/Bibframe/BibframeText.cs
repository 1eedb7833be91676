using System.Buffers;
using System.Text;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Text clean-up of MARC values for BIBFRAME literals, after marc2bibframe2's <c>tChopPunct</c>: white space folded,
/// trailing ISBD punctuation (<c>. : ; , / =</c>) removed, except a period that ends an initial ("Smith, J.") or a
/// known abbreviation ("p.", "cm.", "ed.", "etc."), and an unbalanced bracket or parenthesis dropped.
/// </summary>
internal static class BibframeText
{
    private static readonly string[] Abbreviations = ["p.", "cm.", "ed.", "etc.", "v.", "col.", "ill.", "mm.", "min.", "no.", "vol.", "pp.", "Inc.", "Co.", "Ltd.", "Jr.", "Sr.", "St.", "ca.", "fol.", "illus.", "Corp.", "Bros.", "approximately.", "sec.", "in."];

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

        s = Balance(s.TrimStart(';', '=', ' '));
        return s.Length == 0 ? null : s;
    }

    /// <summary>White space runs to one space, trimmed.</summary>
    public static string Fold(string value)
    {
        if (IsFolded(value)) return value;
        char[]? rented = null;
        Span<char> buffer = value.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        var n = 0;
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space) buffer[n++] = ' ';
            space = false;
            buffer[n++] = c;
        }

        var folded = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return folded;
    }

    /// <summary>True when <see cref="Fold"/> would return the value as it is: single spaces between words only.</summary>
    private static bool IsFolded(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsWhiteSpace(c)) continue;
            if (c != ' ' || i == 0 || i == value.Length - 1 || value[i + 1] == ' ') return false;
        }

        return true;
    }

    /// <summary>Values joined with one space, each folded, empty ones skipped.</summary>
    public static string JoinSpace(IEnumerable<string> values)
    {
        string? first = null;
        StringBuilder? joined = null;
        foreach (var value in values)
        {
            var folded = Fold(value);
            if (folded.Length == 0) continue;
            if (first is null)
            {
                first = folded;
                continue;
            }

            joined ??= new StringBuilder(first, Math.Max(first.Length * 2, 64));
            joined.Append(' ').Append(folded);
        }

        return joined?.ToString() ?? first ?? "";
    }

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
