using Exporter.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>JSON-LD 1.1 context processing (section 4.1 of the API spec), offline: remote contexts are looked up, never fetched.</summary>
internal sealed class JsonLdContextProcessor(JsonLdReaderOptions options)
{
    private const int MaxRemoteNesting = 16;
    private const int MaxResolvedEntries = 64;
    private readonly Dictionary<string, JToken> _remoteCache = new(StringComparer.Ordinal);
    private readonly Dictionary<(JsonLdContext Active, string Url), JsonLdContext> _resolved = new(ResolvedKeyComparer.Instance);

    public JsonLdContext Process(JsonLdContext active, JToken local, List<string> remoteStack)
    {
        var result = active;
        if (local is JArray array)
        {
            foreach (var item in array) result = ProcessOne(result, item, remoteStack);
            return result;
        }

        return ProcessOne(result, local, remoteStack);
    }

    private JsonLdContext ProcessOne(JsonLdContext active, JToken item, List<string> remoteStack)
    {
        switch (item.Type)
        {
            case JTokenType.Null:
                return new JsonLdContext(new Dictionary<string, JsonLdTermDefinition?>(StringComparer.Ordinal)) { Base = options.BaseIri };
            case JTokenType.String:
                return ProcessRemote(active, item, remoteStack);
            case JTokenType.Object:
                return ProcessObject(active, (JObject)item, remoteStack.Count > 0);
            default:
                throw new JsonLdException(JsonLdDiagnosticCodes.InvalidContext, "a context must be an object, a string or null", item, "@context");
        }
    }

    private JsonLdContext ProcessRemote(JsonLdContext active, JToken item, List<string> remoteStack)
    {
        var url = (string)item!;
        if (remoteStack.Contains(url) || remoteStack.Count >= MaxRemoteNesting)
            throw new JsonLdException(JsonLdDiagnosticCodes.InvalidContext, $"recursive context inclusion of '{url}'", item, "@context");
        if (!_remoteCache.TryGetValue(url, out var value))
        {
            var json = BuiltInContexts.FindRemote(url, options)
                ?? throw new JsonLdException(JsonLdDiagnosticCodes.RemoteContext, $"remote context '{url}' is not fetched (no network access); embed it inline", item, "@context")
                {
                    Hints = [DiagnosticHint.Supply("JsonLdReaderOptions.ContextDocuments")],
                };
            JToken doc;
            try
            {
                doc = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            }
            catch (JsonReaderException ex)
            {
                throw new JsonLdException(JsonLdDiagnosticCodes.InvalidContext, $"context document '{url}' is not JSON: {ex.Message}", item, "@context");
            }

            if (doc is not JObject o || !o.TryGetValue("@context", StringComparison.Ordinal, out var inner))
                throw new JsonLdException(JsonLdDiagnosticCodes.InvalidContext, $"context document '{url}' has no @context", item, "@context");
            value = inner;
            _remoteCache[url] = value;
        }

        if (_resolved.TryGetValue((active, url), out var known)) return known;
        remoteStack.Add(url);
        try
        {
            var result = Process(active, value, remoteStack);
            if (_resolved.Count < MaxResolvedEntries) _resolved[(active, url)] = result;
            return result;
        }
        finally
        {
            remoteStack.RemoveAt(remoteStack.Count - 1);
        }
    }

    private JsonLdContext ProcessObject(JsonLdContext active, JObject local, bool fromRemote)
    {
        var result = active.Clone();
        foreach (var p in local.Properties())
        {
            switch (p.Name)
            {
                case "@version":
                    if (p.Value.Type != JTokenType.Float && p.Value.Type != JTokenType.Integer || (double)p.Value != 1.1)
                        throw Invalid("@version must be 1.1", p.Value, p.Name);
                    break;
                case "@import":
                    throw new JsonLdException(JsonLdDiagnosticCodes.Unsupported, "@import is not supported", p.Value, p.Name);
                case "@base":
                    if (!fromRemote) result.Base = ProcessBase(result, p.Value);
                    break;
                case "@vocab":
                    result.Vocab = ProcessVocab(result, p.Value);
                    break;
                case "@language":
                    result.DefaultLanguage = p.Value.Type switch
                    {
                        JTokenType.Null => null,
                        JTokenType.String => ((string)p.Value!).ToLowerInvariant(),
                        _ => throw Invalid("@language must be a string or null", p.Value, p.Name),
                    };
                    break;
                case "@direction" or "@propagate" or "@protected":
                    break; // no effect on the triples this reader produces
            }
        }

        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var p in local.Properties())
        {
            if (p.Name is "@version" or "@import" or "@base" or "@vocab" or "@language" or "@direction" or "@propagate" or "@protected") continue;
            new JsonLdTermFactory(result, local, defined).Define(p.Name);
        }

        return result;
    }

    private static string? ProcessBase(JsonLdContext result, JToken value)
    {
        if (value.Type == JTokenType.Null) return null;
        if (value.Type != JTokenType.String) throw Invalid("@base must be a string or null", value, "@base");
        var s = (string)value!;
        if (JsonLdIri.SchemeLength(s) > 0) return s;
        if (result.Base is null) throw Invalid($"relative @base '{s}' without a base IRI", value, "@base");
        return JsonLdIri.Resolve(result.Base, s);
    }

    private static string? ProcessVocab(JsonLdContext result, JToken value)
    {
        if (value.Type == JTokenType.Null) return null;
        if (value.Type != JTokenType.String) throw Invalid("@vocab must be a string or null", value, "@vocab");
        var expanded = JsonLdIriExpander.Expand(result, (string)value!, JsonLdExpansion.VocabAndDocument);
        if (expanded is null || (!expanded.StartsWith("_:", StringComparison.Ordinal) && JsonLdIri.SchemeLength(expanded) < 0))
            throw Invalid($"@vocab '{value}' is not an IRI", value, "@vocab");
        return expanded;
    }

    private static JsonLdException Invalid(string message, JToken token, string field) =>
        new(JsonLdDiagnosticCodes.InvalidContext, message, token, field);

    /// <summary>Contexts are immutable once built, so a remote context applied to the same context object gives the same result.</summary>
    private sealed class ResolvedKeyComparer : IEqualityComparer<(JsonLdContext Active, string Url)>
    {
        public static readonly ResolvedKeyComparer Instance = new();

        public bool Equals((JsonLdContext Active, string Url) x, (JsonLdContext Active, string Url) y) =>
            ReferenceEquals(x.Active, y.Active) && string.Equals(x.Url, y.Url, StringComparison.Ordinal);

        public int GetHashCode((JsonLdContext Active, string Url) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Active), StringComparer.Ordinal.GetHashCode(obj.Url));
    }
}
