using System.Globalization;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// Writes the node objects of one graph (compact form) as elements of an open JSON array. One per writer: its
/// compactor caches are not shared, so writers on different threads may use the same context.
/// </summary>
internal sealed class JsonLdGraphEmitter
{
    private readonly JsonLdContext _context;
    private readonly JsonLdCompactor _compactor;
    private readonly JsonLdNodePlan _plan;
    private readonly Dictionary<BlankNode, string> _labels = [];
    private long _nextLabel;
    private string _labelPrefix = "_:b";

    public JsonLdGraphEmitter(JsonLdContext context)
    {
        _context = context;
        _compactor = new JsonLdCompactor(context);
        _plan = new JsonLdNodePlan(_compactor);
    }

    /// <summary>Starts a new document: blank node labels restart at b0.</summary>
    public void ResetLabels() => ResetLabels("_:b");

    /// <summary>Blank node labels restart at <paramref name="prefix"/> + 0 (e.g. "_:g3b" for the third record of a stream).</summary>
    public void ResetLabels(string prefix)
    {
        _nextLabel = 0;
        _labelPrefix = prefix;
    }

    /// <summary>Plans and validates a graph; throws <see cref="Diagnostics.RecordWriteException"/> before anything is written.</summary>
    public void Prepare(RdfGraph graph, long recordIndex)
    {
        _plan.Build(graph, recordIndex);
        _labels.Clear();
    }

    /// <summary>Writes the node objects of the prepared graph.</summary>
    public void Write(JsonLdTextWriter writer)
    {
        foreach (var root in _plan.Roots)
        {
            var needsId = root is Iri || _plan.References((BlankNode)root) > 0;
            WriteNode(root, writer, needsId);
        }
    }

    private void WriteNode(RdfTerm node, JsonLdTextWriter w, bool withId)
    {
        w.WriteStartObject();
        if (withId)
        {
            w.WriteName("@id");
            w.WriteString(node is Iri iri ? iri.Value : Label((BlankNode)node));
        }

        if (_plan.Find(node) is { } subject)
        {
            if (subject.Types.Count > 0)
            {
                w.WriteName("@type");
                if (subject.Types.Count > 1) w.WriteStartArray();
                foreach (var t in subject.Types) w.WriteString(t);
                if (subject.Types.Count > 1) w.WriteEndArray();
            }

            foreach (var p in subject.Properties)
            {
                var definition = _compactor.Definition(p.Key);
                var array = p.Values.Count > 1 || definition?.Container == JsonLdContainer.Set;
                w.WriteName(p.Key);
                if (array) w.WriteStartArray();
                foreach (var v in p.Values) WriteValue(v, definition, w);
                if (array) w.WriteEndArray();
            }
        }

        w.WriteEndObject();
    }

    private void WriteValue(RdfTerm value, JsonLdTermDefinition? definition, JsonLdTextWriter w)
    {
        switch (value)
        {
            case Iri iri:
                var bare = definition?.TypeMapping == "@id" || (definition?.TypeMapping == "@vocab" && !_compactor.IsTerm(iri.Value));
                if (bare)
                {
                    w.WriteString(iri.Value);
                    return;
                }

                WriteId(w, iri.Value);
                return;
            case BlankNode b when _plan.Embedded.Contains(b):
                WriteNode(b, w, withId: false);
                return;
            case BlankNode b:
                WriteId(w, Label(b));
                return;
            case Literal l:
                WriteLiteral(l, definition, w);
                return;
        }
    }

    private void WriteLiteral(Literal l, JsonLdTermDefinition? definition, JsonLdTextWriter w)
    {
        var lexical = JsonLdLexical.Nfc(l.Lexical);
        var typeMapping = definition?.TypeMapping;
        var language = definition is { HasLanguageMapping: true } ? definition.Language : _context.DefaultLanguage;
        if (l.Language is not null)
        {
            if (typeMapping is null && language == l.Language) w.WriteString(lexical);
            else WriteValueObject(w, lexical, "@language", l.Language);
            return;
        }

        if (l.Datatype == Literal.XsdString)
        {
            if (typeMapping is null && language is null) w.WriteString(lexical);
            else WriteValueObject(w, lexical, null, null);
            return;
        }

        var nativeOk = typeMapping is null || typeMapping == l.Datatype;
        if (nativeOk && l.Datatype == RdfNames.XsdInteger && JsonLdLexical.IsNativeInteger(lexical)) w.WriteRawValue(lexical);
        else if (nativeOk && l.Datatype == RdfNames.XsdBoolean && lexical is "true" or "false") w.WriteBoolean(lexical == "true");
        else if (typeMapping == l.Datatype) w.WriteString(lexical);
        else WriteValueObject(w, lexical, "@type", _compactor.Vocab(l.Datatype)!);
    }

    private static void WriteValueObject(JsonLdTextWriter w, string lexical, string? key, string? value)
    {
        w.WriteStartObject();
        w.WriteName("@value");
        w.WriteString(lexical);
        if (key is not null)
        {
            w.WriteName(key);
            w.WriteString(value!);
        }

        w.WriteEndObject();
    }

    private static void WriteId(JsonLdTextWriter w, string id)
    {
        w.WriteStartObject();
        w.WriteName("@id");
        w.WriteString(id);
        w.WriteEndObject();
    }

    private string Label(BlankNode node)
    {
        if (!_labels.TryGetValue(node, out var label))
        {
            label = _labelPrefix + _nextLabel.ToString(CultureInfo.InvariantCulture);
            _nextLabel++;
            _labels.Add(node, label);
        }

        return label;
    }
}
