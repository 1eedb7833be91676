using System.Globalization;
using System.Numerics;
using Exporter.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// JSON-LD 1.1 document to RDF triples in one pass (expansion and the "to RDF" algorithm folded together), for the
/// subset documented in docs/formats/jsonld.md. One instance per document: blank node labels are document-scoped.
/// </summary>
internal sealed partial class JsonLdToRdf
{
    private readonly JsonLdReaderOptions _options;
    private readonly JsonLdContextProcessor _contexts;
    private readonly IDiagnostics _diagnostics;
    private readonly long? _recordIndex;
    private readonly int _lineOffset;
    private readonly JsonLdContext _initial;
    private readonly RdfGraph _graph = new();
    private readonly Dictionary<string, BlankNode> _labels = new(StringComparer.Ordinal);
    private readonly List<JsonLdTopNode>? _topNodes;
    private JsonLdTopNode? _current;
    private int _nextBlank;

    /// <param name="options">Reader options.</param>
    /// <param name="contexts">The reader's context processor (it caches resolved remote contexts).</param>
    /// <param name="initial">The reader's initial context (one object per reader, so that cache can hit).</param>
    /// <param name="diagnostics">Where warnings go.</param>
    /// <param name="recordIndex">Index of the record, for diagnostics.</param>
    /// <param name="lineOffset">Lines before this document in the input (JSON Lines), added to reported lines.</param>
    /// <param name="topNodes">When given, each top-level node object is added to it with the subjects of its triples.</param>
    public JsonLdToRdf(JsonLdReaderOptions options, JsonLdContextProcessor contexts, JsonLdContext initial, IDiagnostics diagnostics, long? recordIndex, int lineOffset, List<JsonLdTopNode>? topNodes = null)
    {
        _topNodes = topNodes;
        _options = options;
        _contexts = contexts;
        _initial = initial;
        _diagnostics = diagnostics;
        _recordIndex = recordIndex;
        _lineOffset = lineOffset;
    }

    /// <summary>Converts a whole document.</summary>
    public RdfGraph Convert(JToken root)
    {
        if (root is JObject or JArray) TopLevel(root, _initial);
        else throw new JsonLdException(JsonLdDiagnosticCodes.InvalidStructure, "a JSON-LD document must be an object or an array", root);
        return _graph;
    }

    private void TopLevel(JToken item, JsonLdContext context)
    {
        switch (item)
        {
            case JArray array:
                foreach (var element in array) TopLevel(element, context);
                return;
            case JObject o:
                var local = o.TryGetValue("@context", StringComparison.Ordinal, out var c) ? _contexts.Process(context, c, []) : context;
                var keys = ResolveKeys(o, local);
                if (keys.Find(k => k.Keyword == "@graph") is { } graph && keys.TrueForAll(k => k.Keyword is "@graph" or "@context"))
                {
                    TopLevel(graph.Value, local); // a top-level @graph: the default graph
                    return;
                }

                if (keys.Exists(k => k.Keyword is "@value" or "@list" or "@set"))
                {
                    Warn(JsonLdDiagnosticCodes.Ignored, "free-floating value or list at the top level dropped", o);
                    return;
                }

                TopNode(o, local, keys);
                return;
            case null:
                return;
            default:
                if (item.Type != JTokenType.Null) Warn(JsonLdDiagnosticCodes.Ignored, "free-floating value at the top level dropped", item);
                return;
        }
    }

    private void TopNode(JObject o, JsonLdContext context, List<Key> keys)
    {
        if (_topNodes is null || _current is not null)
        {
            Node(o, context, keys);
            return;
        }

        _current = new JsonLdTopNode(o);
        _topNodes.Add(_current);
        try
        {
            Node(o, context, keys);
        }
        finally
        {
            _current = null;
        }
    }

    /// <summary>Processes a node object; returns its subject (null when its @id is not a usable IRI).</summary>
    private RdfTerm? Node(JObject o, JsonLdContext context, List<Key>? resolved = null)
    {
        if (resolved is null && o.TryGetValue("@context", StringComparison.Ordinal, out var c)) context = _contexts.Process(context, c, []);
        var keys = resolved ?? ResolveKeys(o, context);
        RdfTerm? subject = null;
        var hasId = false;
        foreach (var k in keys)
        {
            if (k.Keyword != "@id") continue;
            if (k.Value.Type != JTokenType.String) throw Structure("@id must be a string", k.Value, "@id");
            hasId = true;
            subject = Reference((string)k.Value!, context, JsonLdExpansion.Document, k.Value);
        }

        subject ??= hasId ? null : NewBlank();
        foreach (var k in keys)
        {
            switch (k.Keyword)
            {
                case "@id" or "@context" or "@index":
                    continue;
                case "@type":
                    foreach (var t in Strings(k.Value, "@type")) Add(subject, RdfNames.TypeIri, Reference(t.Text, context, JsonLdExpansion.VocabAndDocument, t.Token));
                    continue;
                case "@graph":
                    if (hasId || keys.Exists(x => x.Keyword is null)) Warn(JsonLdDiagnosticCodes.NamedGraphMerged, "named graph merged into the default graph", k.Value);
                    TopLevel(k.Value, context);
                    continue;
                case "@included":
                    TopLevel(k.Value, context);
                    continue;
                case "@reverse":
                    Reverse(subject, k.Value, context);
                    continue;
                case "@nest":
                    throw new JsonLdException(JsonLdDiagnosticCodes.Unsupported, "@nest is not supported", k.Value, "@nest");
                case "@value" or "@list" or "@set" or "@language" or "@direction":
                    throw Structure($"{k.Keyword} is not allowed in a node object", k.Value, k.Keyword);
                case null:
                    Property(subject, k, context);
                    continue;
                default:
                    Warn(JsonLdDiagnosticCodes.Ignored, $"keyword {k.Keyword} ignored in a node object", k.Value);
                    continue;
            }
        }

        return subject;
    }

    private void Property(RdfTerm? subject, Key key, JsonLdContext context)
    {
        if (key.Iri is null) return; // a term mapped to null: dropped on purpose, as the spec says
        if (!JsonLdIri.IsAbsolute(key.Iri))
        {
            var why = key.Iri.StartsWith("_:", StringComparison.Ordinal) ? "blank node properties are not RDF" : "it does not expand to an absolute IRI";
            Warn(JsonLdDiagnosticCodes.DroppedProperty, $"property '{key.Name}' dropped: {why}", key.Value, key.Name);
            return;
        }

        var predicate = MakeIri(key.Iri);
        var definition = key.Definition;
        if (definition?.Container == JsonLdContainer.Language)
        {
            LanguageMap(subject, predicate, key.Value, definition, context);
            return;
        }

        var values = new List<RdfTerm>();
        if (definition?.Container == JsonLdContainer.List && key.Value.Type != JTokenType.Null && !IsListObject(key.Value, context)) values.Add(List(key.Value, definition, context));
        else Values(key.Value, definition, context, values);
        foreach (var v in values)
        {
            if (definition?.IsReverse == true)
            {
                if (v is Literal) throw Structure($"reverse property '{key.Name}' has a literal value", key.Value, key.Name);
                Add(v, predicate, subject);
            }
            else
            {
                Add(subject, predicate, v);
            }
        }
    }

    private void Reverse(RdfTerm? subject, JToken value, JsonLdContext context)
    {
        if (value is not JObject map) throw Structure("@reverse must be an object", value, "@reverse");
        foreach (var k in ResolveKeys(map, context))
        {
            if (k.Keyword is not null) throw Structure($"keyword {k.Keyword} in @reverse", k.Value, "@reverse");
            if (k.Iri is null || !JsonLdIri.IsAbsolute(k.Iri))
            {
                Warn(JsonLdDiagnosticCodes.DroppedProperty, $"reverse property '{k.Name}' dropped: it does not expand to an absolute IRI", k.Value, k.Name);
                continue;
            }

            var values = new List<RdfTerm>();
            Values(k.Value, k.Definition, context, values);
            foreach (var v in values)
            {
                if (v is Literal) throw Structure($"reverse property '{k.Name}' has a literal value", k.Value, k.Name);
                Add(v, MakeIri(k.Iri), subject);
            }
        }
    }

    private void LanguageMap(RdfTerm? subject, Iri predicate, JToken value, JsonLdTermDefinition definition, JsonLdContext context)
    {
        if (value is not JObject map)
        {
            var values = new List<RdfTerm>();
            Values(value, definition with { Container = JsonLdContainer.None }, context, values);
            foreach (var v in values) Add(subject, predicate, v);
            return;
        }

        foreach (var entry in map.Properties())
        {
            var language = entry.Name == "@none" || JsonLdIriExpander.Expand(context, entry.Name, JsonLdExpansion.Vocab) == "@none" ? null : entry.Name;
            foreach (var s in Strings(entry.Value, entry.Name))
            {
                if (language is not null && !JsonLdLexical.IsLanguageTag(language)) Warn(JsonLdDiagnosticCodes.InvalidStructure, $"language tag '{language}' is not well-formed", s.Token);
                Add(subject, predicate, new Literal(s.Text, null, language));
            }
        }
    }

    private List<Key> ResolveKeys(JObject o, JsonLdContext context)
    {
        var keys = new List<Key>(o.Count);
        foreach (var p in o.Properties())
        {
            var expanded = p.Name == "@context" ? "@context" : JsonLdIriExpander.Expand(context, p.Name, JsonLdExpansion.Vocab);
            if (expanded is null && JsonLdKeywords.IsKeywordLike(p.Name))
            {
                Warn(JsonLdDiagnosticCodes.Ignored, $"'{p.Name}' looks like a keyword but is none: ignored", p.Value, p.Name);
                continue;
            }

            if (expanded is not null && JsonLdKeywords.IsKeyword(expanded))
            {
                if (keys.Exists(k => k.Keyword == expanded)) throw Structure($"{expanded} appears twice (through an alias)", p.Value, p.Name);
                keys.Add(new Key(p.Name, expanded, null, null, p.Value));
            }
            else
            {
                keys.Add(new Key(p.Name, null, expanded, context.GetTerm(p.Name), p.Value));
            }
        }

        return keys;
    }

    private readonly record struct Key(string Name, string? Keyword, string? Iri, JsonLdTermDefinition? Definition, JToken Value);
}
