using System.Globalization;
using System.Numerics;
using Exporter.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>Values: scalars with coercion, value objects, lists, node references; and the helpers that add triples.</summary>
internal sealed partial class JsonLdToRdf
{
    private void Values(JToken value, JsonLdTermDefinition? definition, JsonLdContext context, List<RdfTerm> output)
    {
        switch (value)
        {
            case JArray array:
                foreach (var item in array) Values(item, definition, context, output);
                return;
            case JObject o:
                Object(o, definition, context, output);
                return;
            default:
                if (Scalar(value, definition, context) is { } term) output.Add(term);
                return;
        }
    }

    private void Object(JObject o, JsonLdTermDefinition? definition, JsonLdContext context, List<RdfTerm> output)
    {
        if (o.TryGetValue("@context", StringComparison.Ordinal, out var c))
        {
            context = _contexts.Process(context, c, []);
        }

        var keys = ResolveKeys(o, context);
        if (keys.Exists(k => k.Keyword == "@value"))
        {
            if (ValueObject(keys, o, context) is { } literal) output.Add(literal);
            return;
        }

        if (keys.Find(k => k.Keyword == "@list") is { Value: not null } list)
        {
            if (keys.Exists(k => k.Keyword is not ("@list" or "@index"))) throw Structure("a list object holds only @list (and @index)", o, "@list");
            output.Add(List(list.Value, definition, context));
            return;
        }

        if (keys.Find(k => k.Keyword == "@set") is { Value: not null } set)
        {
            if (keys.Exists(k => k.Keyword is not ("@set" or "@index"))) throw Structure("a set object holds only @set (and @index)", o, "@set");
            Values(set.Value, definition, context, output);
            return;
        }

        if (Node(o, context, keys) is { } subject) output.Add(subject);
    }

    private Literal? ValueObject(List<Key> keys, JObject o, JsonLdContext context)
    {
        JToken? value = null;
        string? type = null;
        string? language = null;
        foreach (var k in keys)
        {
            switch (k.Keyword)
            {
                case "@value":
                    value = k.Value;
                    break;
                case "@type":
                    if (k.Value.Type != JTokenType.String) throw Structure("@type of a value object must be a string", k.Value, "@type");
                    if ((string)k.Value! == "@json") throw new JsonLdException(JsonLdDiagnosticCodes.Unsupported, "JSON literals (@json) are not supported", k.Value, "@type");
                    type = JsonLdIriExpander.Expand(context, (string)k.Value!, JsonLdExpansion.VocabAndDocument);
                    if (type is null || !JsonLdIri.IsAbsolute(type)) throw Structure($"datatype '{k.Value}' is not an absolute IRI", k.Value, "@type");
                    type = NormalizeSchemaOrg(type);
                    break;
                case "@language":
                    if (k.Value.Type != JTokenType.String) throw Structure("@language must be a string", k.Value, "@language");
                    language = (string)k.Value!;
                    if (!JsonLdLexical.IsLanguageTag(language)) Warn(JsonLdDiagnosticCodes.InvalidStructure, $"language tag '{language}' is not well-formed", k.Value);
                    break;
                case "@index" or "@direction" or "@context":
                    break;
                default:
                    throw Structure($"'{k.Name}' is not allowed in a value object", k.Value, k.Name);
            }
        }

        if (type is not null && language is not null) throw Structure("a value object cannot have both @type and @language", o, "@value");
        return value!.Type switch
        {
            JTokenType.Null => null,
            JTokenType.String => new Literal((string)value!, type, language),
            _ when language is not null => throw Structure("@language needs a string @value", value, "@value"),
            JTokenType.Integer or JTokenType.Float or JTokenType.Boolean => Native(value, type),
            _ => throw Structure("@value must be a string, number, boolean or null", value, "@value"),
        };
    }

    private RdfTerm? Scalar(JToken value, JsonLdTermDefinition? definition, JsonLdContext context)
    {
        var typeMapping = definition?.TypeMapping;
        switch (value.Type)
        {
            case JTokenType.Null:
                return null;
            case JTokenType.String:
                var s = (string)value!;
                if (typeMapping == "@id") return Reference(s, context, JsonLdExpansion.Document, value);
                if (typeMapping == "@vocab") return Reference(s, context, JsonLdExpansion.VocabAndDocument, value);
                if (typeMapping is not null) return new Literal(s, NormalizeSchemaOrg(typeMapping));
                var language = definition is { HasLanguageMapping: true } ? definition.Language : context.DefaultLanguage;
                return new Literal(s, null, language);
            case JTokenType.Integer or JTokenType.Float or JTokenType.Boolean:
                return Native(value, typeMapping is "@id" or "@vocab" ? null : typeMapping is null ? null : NormalizeSchemaOrg(typeMapping));
            default:
                throw Structure($"unexpected JSON value {value.Type}", value, null);
        }
    }

    /// <summary>Native JSON numbers and booleans (JSON-LD 1.1 API section 8.6, steps 8-11).</summary>
    private static Literal Native(JToken value, string? datatype)
    {
        if (value.Type == JTokenType.Boolean) return new Literal((bool)value ? "true" : "false", datatype ?? RdfNames.XsdBoolean);
        var raw = ((JValue)value).Value;
        if (raw is double d)
        {
            if (d % 1 != 0 || Math.Abs(d) >= 1e21 || datatype == RdfNames.XsdDouble) return new Literal(JsonLdLexical.Double(d), datatype ?? RdfNames.XsdDouble);
            return new Literal(JsonLdLexical.Integer(new BigInteger(d)), datatype ?? RdfNames.XsdInteger);
        }

        var big = raw switch
        {
            BigInteger b => b,
            long l => new BigInteger(l),
            _ => BigInteger.Parse(System.Convert.ToString(raw, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
        };
        if (BigInteger.Abs(big) >= BigInteger.Pow(10, 21) || datatype == RdfNames.XsdDouble) return new Literal(JsonLdLexical.Double((double)big), datatype ?? RdfNames.XsdDouble);
        return new Literal(JsonLdLexical.Integer(big), datatype ?? RdfNames.XsdInteger);
    }

    /// <summary>An RDF collection from a @list value (arrays inside a list are nested lists).</summary>
    private RdfTerm List(JToken value, JsonLdTermDefinition? definition, JsonLdContext context)
    {
        var items = new List<RdfTerm>();
        foreach (var item in Items(value))
        {
            if (item is JArray nested) items.Add(List(nested, definition, context));
            else Values(item, definition, context, items);
        }

        RdfTerm head = RdfNames.NilIri;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var node = NewBlank();
            Add(node, RdfNames.FirstIri, items[i]);
            Add(node, RdfNames.RestIri, head);
            head = node;
        }

        return head;
    }

    private bool IsListObject(JToken value, JsonLdContext context) =>
        value is JObject o && o.Properties().Any(p => JsonLdIriExpander.Expand(context, p.Name, JsonLdExpansion.Vocab) == "@list");

    /// <summary>An IRI or blank node from a string; null (with a warning) when it stays relative.</summary>
    private RdfTerm? Reference(string value, JsonLdContext context, JsonLdExpansion mode, JToken token)
    {
        var expanded = JsonLdIriExpander.Expand(context, value, mode);
        if (expanded is null) return null;
        if (expanded.StartsWith("_:", StringComparison.Ordinal)) return Blank(expanded);
        if (JsonLdIri.IsAbsolute(expanded)) return MakeIri(expanded);
        Warn(JsonLdDiagnosticCodes.DroppedIri, $"'{value}' is not an absolute IRI (no @base?); statements using it dropped", token);
        return null;
    }

    private Iri MakeIri(string value) => new(NormalizeSchemaOrg(value));

    private string NormalizeSchemaOrg(string iri) =>
        _options.SchemaOrgIris == SchemaOrgIriHandling.NormalizeToHttps && iri.StartsWith("http://schema.org/", StringComparison.Ordinal)
            ? string.Concat("https", iri.AsSpan(4))
            : iri;

    private BlankNode Blank(string label)
    {
        if (!_labels.TryGetValue(label, out var node))
        {
            node = NewBlank();
            _labels.Add(label, node);
        }

        return node;
    }

    private BlankNode NewBlank() => new("b" + (_nextBlank++).ToString(CultureInfo.InvariantCulture));

    private void Add(RdfTerm? subject, Iri predicate, RdfTerm? obj)
    {
        if (subject is null || obj is null) return;
        if (subject is Literal) return;
        _current?.Subjects.Add(subject);
        _graph.Add(subject, predicate, obj);
    }

    private static IEnumerable<(string Text, JToken Token)> Strings(JToken value, string field)
    {
        foreach (var item in Items(value))
        {
            if (item.Type == JTokenType.Null) continue;
            if (item.Type != JTokenType.String) throw Structure($"'{field}' must hold strings", item, field);
            yield return ((string)item!, item);
        }
    }

    private static IEnumerable<JToken> Items(JToken value) => value is JArray a ? a : [value];

    private void Warn(string code, string message, JToken token, string? field = null)
    {
        var e = new JsonLdException(code, message, token, field);
        _diagnostics.Report(e.ToDiagnostic(_recordIndex) with { Severity = Severity.Warning, Line = e.Line + _lineOffset });
    }

    private static JsonLdException Structure(string message, JToken token, string? field) =>
        new(JsonLdDiagnosticCodes.InvalidStructure, message, token, field);
}
