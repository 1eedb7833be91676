namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>IRI expansion (JSON-LD 1.1 API section 5.2).</summary>
internal static class JsonLdIriExpander
{
    /// <summary>
    /// Expands a string to an IRI, blank node identifier or keyword; null when it maps to null or is keyword-like.
    /// The result may still be relative when nothing could make it absolute (callers drop it then).
    /// </summary>
    public static string? Expand(JsonLdContext context, string value, JsonLdExpansion mode, JsonLdTermFactory? factory = null)
    {
        if (JsonLdKeywords.IsKeyword(value)) return value;
        if (JsonLdKeywords.IsKeywordLike(value)) return null;
        factory?.DefineIfLocal(value);
        var vocab = mode != JsonLdExpansion.Document;
        if (vocab && context.MutableTerms.TryGetValue(value, out var term)) return term?.Iri;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var prefix = value[..colon];
            if (prefix == "_" || value.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal)) return value;
            factory?.DefineIfLocal(prefix);
            if (context.MutableTerms.TryGetValue(prefix, out var p) && p is { Iri: not null, IsPrefix: true })
                return string.Concat(p.Iri, value.AsSpan(colon + 1));
            if (JsonLdIri.SchemeLength(value) > 0) return value;
        }

        if (vocab && context.Vocab is not null) return context.Vocab + value;
        if (mode != JsonLdExpansion.Vocab) return JsonLdIri.Resolve(context.Base, value);
        return value;
    }
}
