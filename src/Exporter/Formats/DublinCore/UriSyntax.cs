namespace Exporter.Formats.DublinCore;

/// <summary>
/// A conservative xs:anyURI check that accepts only what libxml2 (xmllint) also accepts: percent signs
/// followed by two hex digits, at most one '#', a well-formed scheme before the first ':' of the first
/// segment, and brackets only around an IPv6 host.
/// </summary>
internal static class UriSyntax
{
    /// <summary>True when the (already collapsed) value is a URI reference that validators accept.</summary>
    public static bool IsValid(string value)
    {
        var hashes = 0;
        var brackets = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || char.IsSurrogate(c)) return false;
            switch (c)
            {
                case '%' when i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]):
                    return false;
                case '#' when ++hashes > 1:
                    return false;
                case '[' or ']':
                    brackets = true;
                    break;
            }
        }

        if (brackets)
        {
            return System.Uri.TryCreate(value, UriKind.Absolute, out var u) && u.HostNameType == UriHostNameType.IPv6 &&
                   value.IndexOf('[', StringComparison.Ordinal) == value.LastIndexOf('[') &&
                   value.IndexOf('[', StringComparison.Ordinal) < value.IndexOf(']', StringComparison.Ordinal);
        }

        var end = value.AsSpan().IndexOfAny("/?#");
        var head = end < 0 ? value.AsSpan() : value.AsSpan(0, end);
        var colon = head.IndexOf(':');
        return colon < 0 || IsScheme(head[..colon]);
    }

    private static bool IsScheme(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0])) return false;
        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }

        return true;
    }
}
