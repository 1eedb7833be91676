using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>Creates the term definitions of one local context (JSON-LD 1.1 API section 4.2), resolving dependencies between terms.</summary>
internal sealed class JsonLdTermFactory(JsonLdContext active, JObject local, Dictionary<string, bool> defined)
{
    public void DefineIfLocal(string term)
    {
        if (local.ContainsKey(term) && !(defined.TryGetValue(term, out var done) && done)) Define(term);
    }

    public void Define(string term)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (done) return;
            throw Invalid($"cyclic IRI mapping for term '{term}'", local[term]!, term);
        }

        var value = local[term]!;
        if (term.Length == 0) throw Invalid("the empty string is not a valid term", value, term);
        if (JsonLdKeywords.IsKeyword(term)) throw Invalid($"keyword '{term}' cannot be redefined", value, term);
        if (JsonLdKeywords.IsKeywordLike(term))
        {
            defined[term] = true;
            return; // ignored, as the spec says
        }

        defined[term] = false;
        active.MutableTerms.Remove(term);
        JsonLdTermDefinition? definition = value.Type switch
        {
            JTokenType.Null => null,
            JTokenType.String => FromSimple(term, (string)value!, value),
            JTokenType.Object => FromExpanded(term, (JObject)value),
            _ => throw Invalid($"term '{term}' must be defined by a string, an object or null", value, term),
        };
        active.MutableTerms[term] = definition;
        defined[term] = true;
    }

    private JsonLdTermDefinition FromSimple(string term, string id, JToken token)
    {
        var iri = ExpandId(term, id, token);
        return new JsonLdTermDefinition { Iri = iri, IsPrefix = IsSimplePrefix(term, iri) };
    }

    private JsonLdTermDefinition FromExpanded(string term, JObject value)
    {
        var definition = new JsonLdTermDefinition();
        foreach (var p in value.Properties())
        {
            switch (p.Name)
            {
                case "@id" or "@reverse" or "@type" or "@container" or "@language" or "@direction" or "@prefix" or "@protected":
                    break;
                case "@context":
                    throw new JsonLdException(JsonLdDiagnosticCodes.Unsupported, $"scoped context on term '{term}' is not supported", p.Value, term);
                case "@nest" or "@index":
                    throw new JsonLdException(JsonLdDiagnosticCodes.Unsupported, $"{p.Name} on term '{term}' is not supported", p.Value, term);
                default:
                    throw Invalid($"unexpected entry '{p.Name}' in the definition of term '{term}'", p.Value, term);
            }
        }

        if (value.TryGetValue("@type", StringComparison.Ordinal, out var type)) definition = definition with { TypeMapping = ExpandType(term, type) };
        if (value.TryGetValue("@reverse", StringComparison.Ordinal, out var reverse))
        {
            if (value.ContainsKey("@id")) throw Invalid($"term '{term}' has both @id and @reverse", reverse, term);
            if (reverse.Type != JTokenType.String) throw Invalid($"@reverse of term '{term}' must be a string", reverse, term);
            var iri = JsonLdIriExpander.Expand(active, (string)reverse!, JsonLdExpansion.Vocab, this);
            if (iri is null || !(iri.StartsWith("_:", StringComparison.Ordinal) || JsonLdIri.IsAbsolute(iri)))
                throw Invalid($"@reverse of term '{term}' is not an IRI", reverse, term);
            definition = definition with { Iri = iri, IsReverse = true };
        }
        else if (value.TryGetValue("@id", StringComparison.Ordinal, out var id) && !(id.Type == JTokenType.String && (string)id! == term))
        {
            if (id.Type == JTokenType.Null) definition = definition with { Iri = null };
            else if (id.Type != JTokenType.String) throw Invalid($"@id of term '{term}' must be a string or null", id, term);
            else definition = definition with { Iri = ExpandId(term, (string)id!, id) };
        }
        else
        {
            definition = definition with { Iri = IriOfTerm(term, value) };
        }

        if (value.TryGetValue("@container", StringComparison.Ordinal, out var container)) definition = definition with { Container = ParseContainer(term, container) };
        if (value.TryGetValue("@language", StringComparison.Ordinal, out var language))
        {
            if (language.Type is not (JTokenType.String or JTokenType.Null)) throw Invalid($"@language of term '{term}' must be a string or null", language, term);
            definition = definition with { HasLanguageMapping = true, Language = language.Type == JTokenType.Null ? null : ((string)language!).ToLowerInvariant() };
        }

        if (value.TryGetValue("@prefix", StringComparison.Ordinal, out var prefix))
        {
            if (prefix.Type != JTokenType.Boolean) throw Invalid($"@prefix of term '{term}' must be true or false", prefix, term);
            definition = definition with { IsPrefix = (bool)prefix };
        }

        return definition;
    }

    private string? ExpandId(string term, string id, JToken token)
    {
        if (JsonLdKeywords.IsKeywordLike(id) && !JsonLdKeywords.IsKeyword(id)) return null;
        var iri = JsonLdIriExpander.Expand(active, id, JsonLdExpansion.Vocab, this);
        if (iri == "@context") throw Invalid($"term '{term}' cannot alias @context", token, term);
        if (iri is null || !(JsonLdKeywords.IsKeyword(iri) || iri.StartsWith("_:", StringComparison.Ordinal) || JsonLdIri.IsAbsolute(iri)))
            throw Invalid($"term '{term}' does not map to an IRI ('{id}')", token, term);
        return iri;
    }

    private string IriOfTerm(string term, JToken token)
    {
        var colon = term.IndexOf(':', 1);
        if (colon > 0)
        {
            var prefix = term[..colon];
            DefineIfLocal(prefix);
            if (active.MutableTerms.TryGetValue(prefix, out var p) && p?.Iri is not null) return string.Concat(p.Iri, term.AsSpan(colon + 1));
            if (prefix == "_" || JsonLdIri.IsAbsolute(term)) return term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            var iri = JsonLdIriExpander.Expand(active, term, JsonLdExpansion.Vocab);
            if (iri is not null && JsonLdIri.IsAbsolute(iri)) return iri;
        }
        else if (active.Vocab is not null)
        {
            return active.Vocab + term;
        }

        throw Invalid($"term '{term}' has no IRI (no @id and no @vocab)", token, term);
    }

    private string ExpandType(string term, JToken type)
    {
        if (type.Type != JTokenType.String) throw Invalid($"@type of term '{term}' must be a string", type, term);
        var s = (string)type!;
        if (s is "@json" or "@none") throw new JsonLdException(JsonLdDiagnosticCodes.Unsupported, $"type {s} on term '{term}' is not supported", type, term);
        var iri = JsonLdIriExpander.Expand(active, s, JsonLdExpansion.Vocab, this);
        if (iri is "@id" or "@vocab") return iri;
        if (iri is null || !JsonLdIri.IsAbsolute(iri)) throw Invalid($"@type of term '{term}' is not an IRI ('{s}')", type, term);
        return iri;
    }

    private static JsonLdContainer ParseContainer(string term, JToken container)
    {
        var result = JsonLdContainer.None;
        var items = container is JArray a ? a.ToList() : [container];
        foreach (var item in items)
        {
            var next = item.Type == JTokenType.String ? (string)item! switch
            {
                "@list" => JsonLdContainer.List,
                "@set" => JsonLdContainer.Set,
                "@language" => JsonLdContainer.Language,
                "@index" or "@graph" or "@id" or "@type" => throw new JsonLdException(JsonLdDiagnosticCodes.Unsupported, $"container {item} on term '{term}' is not supported", item, term),
                _ => throw Invalid($"invalid @container on term '{term}'", item, term),
            } : throw Invalid($"invalid @container on term '{term}'", item, term);
            if (next == JsonLdContainer.Set && result != JsonLdContainer.None) continue;
            if (result is not (JsonLdContainer.None or JsonLdContainer.Set) && next != JsonLdContainer.Set) throw Invalid($"invalid @container combination on term '{term}'", container, term);
            result = next;
        }

        return result;
    }

    private static bool IsSimplePrefix(string term, string? iri) =>
        iri is { Length: > 0 } && !term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal)
        && (":/?#[]@".Contains(iri[^1], StringComparison.Ordinal) || iri.StartsWith("_:", StringComparison.Ordinal));

    private static JsonLdException Invalid(string message, JToken token, string term) =>
        new(JsonLdDiagnosticCodes.InvalidContext, message, token, term);
}
