using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Exporter.Formats.Common.Text;
using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// The IRIs of a record's contributors, from what they are, not where they stand (row: contributors -> IRIs):
/// <c>{page}#agent-{name slug}</c> ("Serge, Victor" -> <c>#agent-serge-victor</c>), so adding a contributor in front
/// renumbers nothing. Contributors of one record with the same name, kind and roles are one agent (one IRI); when
/// different contributors share a slug each gets the slug plus 8 hex digits of a SHA-256 of name, kind and roles.
/// A contributor with an authority (MARC <c>$1</c>/<c>$0</c>) gets <c>{base}agent/{authority}</c> instead, the same
/// IRI in every record (<see cref="AuthorityIri"/>).
/// </summary>
internal static class AgentIris
{
    private const int MaxSlug = 64;

    /// <summary>One IRI per contributor, in hub order.</summary>
    public static Iri[] For(RecordIris iris, Uri baseUri, IReadOnlyList<Contributor> contributors, IReadOnlyList<string?> authorities)
    {
        var slugs = contributors.Select(c => "agent-" + Slug(c.Name)).ToArray();
        string[]? keys = null;                                                     // made when two slugs agree (rare)
        var result = new Iri[contributors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (i < authorities.Count && authorities[i] is string authority)
            {
                result[i] = AuthorityIri(baseUri, authority);
                continue;
            }

            var clash = false;
            for (var j = 0; j < result.Length && !clash; j++)
            {
                if (j == i || slugs[j] != slugs[i]) continue;
                keys ??= [.. contributors.Select(Key)];
                clash = keys[j] != keys[i];
            }

            result[i] = iris.Node(clash ? slugs[i] + "-" + Hash(keys![i]) : slugs[i]);
        }

        return result;
    }

    /// <summary>
    /// <c>{base}agent/{host}/{path}</c> for an authority IRI (scheme and <c>www.</c> dropped, so http and https name one
    /// agent), <c>{base}agent/{org}/{number}</c> for another control number; each segment percent-encoded. Takes a
    /// <see cref="Normalize"/>d authority.
    /// </summary>
    public static Iri AuthorityIri(Uri baseUri, string authority)
    {
        var path = AuthorityPath(authority);
        return new Iri(baseUri.AbsoluteUri + "agent/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
    }

    /// <summary>
    /// An authority as one spelling: an http(s) IRI as it is, a control number <c>(DLC)n  79021164</c> as its id.loc.gov
    /// IRI, another <c>(ORG)number</c> without spaces; null for anything else (a bare number says not whose it is).
    /// </summary>
    public static string? Normalize(string authority)
    {
        var a = authority.Trim();
        if (Uri.TryCreate(a, UriKind.Absolute, out var u)) return u.Scheme is "http" or "https" ? u.AbsoluteUri : null;
        var close = a.IndexOf(')', StringComparison.Ordinal);
        if (!a.StartsWith('(') || close < 2 || close == a.Length - 1) return null;
        var number = a[(close + 1)..].Replace(" ", "", StringComparison.Ordinal);
        return a[1..close] == "DLC" && number.All(char.IsAsciiLetterOrDigit) ? "http://id.loc.gov/authorities/names/" + number : a[..(close + 1)] + number;
    }

    /// <summary>The authority as a web address for <c>sameAs</c>, or null for a control number that has none.</summary>
    public static string? SameAs(string authority) => Normalize(authority) is string n && n.StartsWith("http", StringComparison.Ordinal) ? n : null;

    private static string AuthorityPath(string authority)
    {
        if (Uri.TryCreate(authority, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
        {
            var host = u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host;
            return host + Uri.UnescapeDataString(u.AbsolutePath).TrimEnd('/');
        }

        var close = authority.IndexOf(')', StringComparison.Ordinal);
        return authority[1..close] + "/" + authority[(close + 1)..];
    }

    /// <summary>Lower case, marks on Latin letters dropped (NFD; the project's normalizer, as the runtime's is invariant; NFC again after), letters and digits of any script kept, everything else one '-'; percent-encoded.</summary>
    /// <remarks>
    /// An ASCII name (most names) takes a fast path with the same result: ASCII has no marks and no decompositions, its
    /// letters and digits are <c>[A-Za-z0-9]</c>, and <c>[a-z0-9-]</c> needs no percent-encoding (<c>AgentIrisTests</c>
    /// holds it to <see cref="UnicodeSlug"/> on every ASCII character and seeded random names).
    /// </remarks>
    public static string Slug(string name) => Ascii.IsValid(name) ? AsciiSlug(name) : UnicodeSlug(name);

    /// <summary><see cref="Slug"/> of an all-ASCII name.</summary>
    private static string AsciiSlug(string name)
    {
        Span<char> slug = stackalloc char[MaxSlug];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c)) slug[n++] = char.ToLowerInvariant(c);
            else if (n > 0 && slug[n - 1] != '-') slug[n++] = '-';
            if (n >= MaxSlug) break;
        }

        while (n > 0 && slug[n - 1] == '-') n--;
        return n == 0 ? Hash(name) : new string(slug[..n]);
    }

    /// <summary><see cref="Slug"/> of any name, by the rule as stated.</summary>
    internal static string UnicodeSlug(string name)
    {
        var sb = new StringBuilder();
        var sane = string.Concat(name.EnumerateRunes().Select(r => r.ToString()));     // a lone surrogate becomes U+FFFD
        foreach (var r in UnicodeNormalizer.ToNfd(sane).EnumerateRunes())
        {
            var cat = Rune.GetUnicodeCategory(r);
            var mark = cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (mark && (sb.Length == 0 || char.IsAscii(sb[^1]))) continue;                                  // "García" -> garcia; "й", Devanagari vowel signs kept
            if (Rune.IsLetterOrDigit(r) || mark) sb.Append(Rune.ToLowerInvariant(r).ToString());
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= MaxSlug) break;
        }

        var slug = UnicodeNormalizer.ToNfc(sb.ToString().TrimEnd('-'));
        return slug.Length == 0 ? Hash(name) : Uri.EscapeDataString(slug);
    }

    private static string Key(Contributor c) =>
        c.Kind + "\u001F" + c.Name + "\u001F" + string.Join("\u001E", c.Roles.Distinct().Order(StringComparer.Ordinal));

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 4));
}
