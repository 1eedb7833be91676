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

    /// <summary>Resolves a reference against a base IRI (RFC 3986 section 5.2); returns the reference when there is no base.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (SchemeLength(reference) > 0) return WithDotsRemoved(reference);
        if (baseIri is null || SchemeLength(baseIri) < 0) return reference;
        var b = Split(baseIri);
        var r = Split(reference);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        return Join(b.Scheme, authority, path, query, r.Fragment);
    }

    private static string WithDotsRemoved(string iri)
    {
        var p = Split(iri);
        return Join(p.Scheme, p.Authority, RemoveDotSegments(p.Path), p.Query, p.Fragment);
    }

    private static string Merge(Parts b, string path)
    {
        if (b.Authority is not null && b.Path.Length == 0) return "/" + path;
        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? path : string.Concat(b.Path.AsSpan(0, slash + 1), path);
    }

    private static string Join(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null) sb.Append(scheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (fragment is not null) sb.Append('#').Append(fragment);
        return sb.ToString();
    }

    private static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0) return path;
        var input = path;
        var output = new StringBuilder();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal)) input = input[3..];
            else if (input.StartsWith("./", StringComparison.Ordinal)) input = input[2..];
            else if (input.StartsWith("/./", StringComparison.Ordinal)) input = input[2..];
            else if (input == "/.") input = "/";
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input.Length == 3 ? "/" : input[3..];
                var last = output.ToString().LastIndexOf('/');
                output.Length = last < 0 ? 0 : last;
            }
            else if (input is "." or "..") input = "";
            else
            {
                var start = input[0] == '/' ? 1 : 0;
                var next = input.IndexOf('/', start);
                if (next < 0) next = input.Length;
                output.Append(input, 0, next);
                input = input[next..];
            }
        }

        return output.ToString();
    }

    private static Parts Split(string iri)
    {
        string? scheme = null;
        var rest = iri;
        var schemeLength = SchemeLength(iri);
        if (schemeLength > 0)
        {
            scheme = iri[..schemeLength];
            rest = iri[(schemeLength + 1)..];
        }

        string? fragment = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        string? query = null;
        var q = rest.IndexOf('?');
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        string? authority = null;
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var end = rest.IndexOf('/', 2);
            if (end < 0) end = rest.Length;
            authority = rest[2..end];
            rest = rest[end..];
        }

        return new Parts(scheme, authority, rest, query, fragment);
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);
}
