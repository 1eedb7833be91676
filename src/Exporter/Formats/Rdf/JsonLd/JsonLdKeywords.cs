namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>JSON-LD 1.1 keywords and keyword-like strings.</summary>
internal static class JsonLdKeywords
{
    private static readonly HashSet<string> All =
    [
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    ];

    public static bool IsKeyword(string value) => value.Length > 1 && value[0] == '@' && All.Contains(value);

    /// <summary>"@" followed by ASCII letters only: reserved for future keywords, ignored by processors.</summary>
    public static bool IsKeywordLike(string value)
    {
        if (value.Length < 2 || value[0] != '@') return false;
        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i])) return false;
        }

        return true;
    }
}
