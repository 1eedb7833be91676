namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// IRI compaction against one context, for the writer: property keys, <c>@type</c> values and datatypes, and
/// <c>@id</c> values. Every result expands back to exactly the same IRI under the context (the tests check it).
/// </summary>
internal sealed class JsonLdCompactor
{
    private const int MaxCacheEntries = 4096;
    private readonly JsonLdContext _context;
    private readonly Dictionary<string, string> _termByIri = new(StringComparer.Ordinal);
    private readonly List<(string Term, string Iri)> _prefixes = [];
    private readonly Dictionary<string, string?> _propertyCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _vocabCache = new(StringComparer.Ordinal);

    public JsonLdCompactor(JsonLdContext context)
    {
        _context = context;
        foreach (var (term, definition) in context.MutableTerms.OrderBy(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            if (definition?.Iri is not { } iri || JsonLdKeywords.IsKeyword(iri)) continue;
            if (!definition.IsReverse && definition.Container is JsonLdContainer.None or JsonLdContainer.Set) _termByIri.TryAdd(iri, term);
            if (definition.IsPrefix && !definition.IsReverse) _prefixes.Add((term, iri));
        }
    }

    /// <summary>The key to write for a property IRI, or null when no key expands back to it.</summary>
    public string? Property(string iri) => Cached(_propertyCache, iri, static (c, i) => c.CompactProperty(i));

    /// <summary>The string to write for a type or datatype IRI (vocabulary-relative position), or null.</summary>
    public string? Vocab(string iri) => Cached(_vocabCache, iri, static (c, i) => c.CompactVocab(i));

    /// <summary>The term definition that applies to a compacted key (null for IRIs and plain vocabulary terms).</summary>
    public JsonLdTermDefinition? Definition(string key) => _context.GetTerm(key);

    /// <summary>True when the IRI can be written as an <c>@id</c> value (or an @id-coerced string) and expands back to itself.</summary>
    public bool IsSafeId(string iri)
    {
        if (!JsonLdIri.IsWellFormed(iri)) return false;
        var scheme = JsonLdIri.SchemeLength(iri);
        return iri.AsSpan(scheme + 1).StartsWith("//", StringComparison.Ordinal) || _context.GetTerm(iri[..scheme]) is not { IsPrefix: true };
    }

    /// <summary>True when a string is read back as a term (so an @vocab-coerced value cannot be written bare).</summary>
    public bool IsTerm(string value) => _context.HasTerm(value);

    private string? CompactProperty(string iri)
    {
        if (!JsonLdIri.IsWellFormed(iri)) return null;
        if (_termByIri.TryGetValue(iri, out var term)) return term;
        return VocabRelative(iri, usableTerm: true) ?? PrefixCompact(iri) ?? Absolute(iri);
    }

    private string? CompactVocab(string iri)
    {
        if (!JsonLdIri.IsWellFormed(iri)) return null;
        if (_termByIri.TryGetValue(iri, out var term)) return term;
        return VocabRelative(iri, usableTerm: false) ?? PrefixCompact(iri) ?? Absolute(iri);
    }

    private string? VocabRelative(string iri, bool usableTerm)
    {
        var vocab = _context.Vocab;
        if (vocab is null || iri.Length <= vocab.Length || !iri.StartsWith(vocab, StringComparison.Ordinal)) return null;
        var suffix = iri[vocab.Length..];
        if (suffix[0] == '@' || suffix.Contains(':', StringComparison.Ordinal)) return null;
        if (!_context.MutableTerms.TryGetValue(suffix, out var definition)) return suffix;
        var same = definition?.Iri == iri && !definition.IsReverse;
        return same && (!usableTerm || definition!.Container is JsonLdContainer.None or JsonLdContainer.Set) ? suffix : null;
    }

    private string? PrefixCompact(string iri)
    {
        string? best = null;
        foreach (var (term, prefixIri) in _prefixes)
        {
            if (iri.Length <= prefixIri.Length || !iri.StartsWith(prefixIri, StringComparison.Ordinal)) continue;
            var suffix = iri.AsSpan(prefixIri.Length);
            if (suffix.StartsWith("//", StringComparison.Ordinal)) continue;
            var candidate = string.Concat(term, ":", suffix);
            if (_context.HasTerm(candidate)) continue;
            if (best is null || candidate.Length < best.Length || (candidate.Length == best.Length && string.CompareOrdinal(candidate, best) < 0)) best = candidate;
        }

        return best;
    }

    private string? Absolute(string iri) => IsSafeId(iri) && !_context.HasTerm(iri) ? iri : null;

    private string? Cached(Dictionary<string, string?> cache, string iri, Func<JsonLdCompactor, string, string?> compute)
    {
        if (cache.TryGetValue(iri, out var hit)) return hit;
        var result = compute(this, iri);
        if (cache.Count < MaxCacheEntries) cache[iri] = result;
        return result;
    }
}
