using System.Text;

namespace Exporter.Formats.Rdf;

/// <summary>
/// Resolves IRI references against a base IRI by RFC 3986 section 5.2 (strict parser, remove_dot_segments),
/// and tells whether a string is an absolute IRI. Pure string work: nothing is percent-decoded or normalised.
/// </summary>
internal static class IriResolver
{
    /// <summary>True when <paramref name="iri"/> starts with a scheme (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"</c>).</summary>
    public static bool IsAbsolute(string iri) => SchemeLength(iri) > 0;

    /// <summary>
    /// Resolves <paramref name="reference"/> against <paramref name="baseIri"/>. An absolute reference is returned
    /// with its dot segments removed; with no base (null or empty) a relative reference is returned unchanged.
    /// </summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (IsAbsolute(reference) && !HasDotSegment(reference)) return reference;
        var r = Split(reference);
        if (r.Scheme is not null)
            return Compose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        if (string.IsNullOrEmpty(baseIri)) return reference;

        var b = Split(baseIri);
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

        return Compose(b.Scheme, authority, path, query, r.Fragment);
    }

    /// <summary>RFC 3986 5.2.4 remove_dot_segments.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0) return path;
        var input = path;
        var output = new StringBuilder(path.Length);
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal)) input = input[3..];
            else if (input.StartsWith("./", StringComparison.Ordinal)) input = input[2..];
            else if (input.StartsWith("/./", StringComparison.Ordinal)) input = input[2..];
            else if (input == "/.") input = "/";
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input.Length == 3 ? "/" : input[3..];
                RemoveLastSegment(output);
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

    private static bool HasDotSegment(string iri)
    {
        var end = iri.AsSpan();
        var cut = end.IndexOfAny('?', '#');
        if (cut >= 0) end = end[..cut];
        var colon = end.IndexOf(':');
        return end.Contains("/.", StringComparison.Ordinal) || (colon + 1 < end.Length && end[colon + 1] == '.');
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var i = output.Length - 1;
        while (i >= 0 && output[i] != '/') i--;
        output.Length = Math.Max(i, 0);
    }

    private static string Merge(Parts b, string relativePath)
    {
        if (b.Authority is not null && b.Path.Length == 0) return "/" + relativePath;
        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relativePath : string.Concat(b.Path.AsSpan(0, slash + 1), relativePath);
    }

    private static string Compose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null) sb.Append(scheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (fragment is not null) sb.Append('#').Append(fragment);
        return sb.ToString();
    }

    private static int SchemeLength(string iri)
    {
        if (iri.Length == 0 || !RdfCharClasses.IsAsciiLetter(iri[0])) return 0;
        for (var i = 1; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c == ':') return i;
            if (!RdfCharClasses.IsAsciiLetter(c) && !RdfCharClasses.IsDigit(c) && c is not ('+' or '-' or '.')) return 0;
        }

        return 0;
    }

    private static Parts Split(string iri)
    {
        var rest = iri;
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

        string? scheme = null;
        var schemeLength = SchemeLength(rest);
        if (schemeLength > 0)
        {
            scheme = rest[..schemeLength];
            rest = rest[(schemeLength + 1)..];
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
