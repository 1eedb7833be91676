using System.Text;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>IRI tests and RFC 3986 reference resolution, without <see cref="Uri"/> (which rewrites IRIs).</summary>
internal static class JsonLdIri
{
    /// <summary>Length of the scheme (before ':'), or -1 when the string does not start with a valid scheme.</summary>
    public static int SchemeLength(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0])) return -1;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':') return i;
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.') return -1;
        }

        return -1;
    }

    /// <summary>True for an absolute IRI: a scheme, then no whitespace.</summary>
    public static bool IsAbsolute(string value)
    {
        if (SchemeLength(value) < 0) return false;
        foreach (var c in value)
        {
            if (c <= ' ') return false;
        }

        return true;
    }

    /// <summary>True when the IRI is absolute and holds no character that IRIs forbid (controls, space, &lt;&gt;"{}|^`\).</summary>
    public static bool IsWellFormed(string value)
    {
        if (SchemeLength(value) < 0) return false;
        foreach (var c in value)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || (c >= '\u007F' && c <= '\u009F')) return false;
        }

        return IsValidUtf16(value);
    }

    /// <summary>True when the string has no lone surrogate.</summary>
    public static bool IsValidUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// Resolves a reference against a base IRI (RFC 3986 section 5.2, shared with Turtle in <see cref="IriResolver"/>);
    /// returns the reference when there is no absolute base.
    /// </summary>
    public static string Resolve(string? baseIri, string reference) =>
        IriResolver.Resolve(baseIri is not null && SchemeLength(baseIri) > 0 ? baseIri : null, reference);
}
