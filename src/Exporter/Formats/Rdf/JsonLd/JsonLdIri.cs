using System.Buffers;
using System.Text;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>IRI tests and RFC 3986 reference resolution, without <see cref="Uri"/> (which rewrites IRIs).</summary>
internal static class JsonLdIri
{
    /// <summary>What <see cref="IsWellFormed"/> rejects: controls and space, &lt;&gt;"{}|^`\, DEL and C1 controls.</summary>
    private static readonly SearchValues<char> NotInIri = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + " <>\"{}|^`\\"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

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
        return !value.AsSpan().ContainsAny(NotInIri) && IsValidUtf16(value);
    }

    /// <summary>True when the string has no lone surrogate.</summary>
    public static bool IsValidUtf16(string value)
    {
        if (!value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return true;
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
