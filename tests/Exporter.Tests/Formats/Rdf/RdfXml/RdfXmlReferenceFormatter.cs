using System.Buffers;
using Exporter.Formats.Common;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

/// <summary>
/// The RDF/XML graph formatter as it was before its dense index (main at session 10: a subject's triples in a list
/// under a dictionary, predicate groups found by rescanning the list, blank nodes in hash sets): the obvious
/// definition <see cref="RdfXmlGraphFormatter"/> is held to, byte for byte, by RdfXmlGraphFormatterTests.
/// </summary>
internal sealed class RdfXmlReferenceFormatter
{
    private const int MaxCachedNames = 4096;

    private readonly RdfXmlNamespaces _namespaces;
    private readonly BlankNodeLabeller _labels = new();
    private readonly RdfXmlReferenceNesting _nesting = new();
    private readonly SubjectIndex _index = new();
    private readonly Dictionary<RdfTerm, Triple> _elementType = new(RdfTermComparer.Instance);
    private readonly Dictionary<Iri, RdfXmlQName?> _names = [];

    /// <summary>The predicates that passed <see cref="RdfXmlTermChecker.CheckIri"/>, with their qualified names (a predicate IRI is checked once per formatter, not once per triple).</summary>
    private readonly Dictionary<Iri, RdfXmlQName?> _checkedPredicates = [];
    private readonly Dictionary<string, string> _localPrefixes = new(StringComparer.Ordinal);
    private readonly List<string> _localOrder = [];
    private readonly XmlUtf8Buffer _buf = new();

    /// <summary>True when some predicate or element type of the graph has a namespace the prefix map lacks (an nsN declaration is needed).</summary>
    private bool _undeclared;

    public RdfXmlReferenceFormatter(RdfXmlNamespaces namespaces)
    {
        _namespaces = namespaces;
    }

    /// <summary>Writes the node elements of <paramref name="graph"/>, blank nodes labelled for graph <paramref name="graphOrdinal"/>.</summary>
    public void Write(IBufferWriter<byte> output, RdfGraph graph, long graphOrdinal)
    {
        Reset(graphOrdinal);
        Index(graph);
        _nesting.Decide(_index.Subjects, _index.BySubject);
        _buf.Clear();
        foreach (var subject in _index.Subjects)
        {
            if (subject is BlankNode node && _nesting.IsNested(node)) continue;
            WriteRoot(subject);
        }

        _buf.CopyTo(output);
    }

    /// <summary>The qualified name of an IRI (cached by term: the vocabularies share one <see cref="Iri"/> per term, whose hash is kept), or null when it has none.</summary>
    private RdfXmlQName? QNameOf(Iri iri)
    {
        if (_names.TryGetValue(iri, out var name)) return name;
        name = _namespaces.Split(iri.Value);
        if (_names.Count < MaxCachedNames) _names[iri] = name;
        return name;
    }

    private void Index(RdfGraph graph)
    {
        RdfTerm? checkedSubject = null;
        foreach (var t in graph.Triples)
        {
            var predicateChecked = _checkedPredicates.TryGetValue(t.Predicate, out var predicate);
            if (!predicateChecked) predicate = QNameOf(t.Predicate);
            RdfXmlTermChecker.Check(t, predicate, subjectChecked: ReferenceEquals(t.Subject, checkedSubject), predicateChecked);
            if (!predicateChecked && _checkedPredicates.Count < MaxCachedNames) _checkedPredicates[t.Predicate] = predicate;
            checkedSubject = t.Subject;
            _index.Add(t);
            if (predicate!.Prefix is null) _undeclared = true;
            if (t.Predicate.Value == RdfNames.Type && !_elementType.ContainsKey(t.Subject) && IsElementType(t.Object))
            {
                _elementType.Add(t.Subject, t);
                if (QNameOf((Iri)t.Object)!.Prefix is null) _undeclared = true;
            }
        }
    }

    private bool IsElementType(RdfTerm type)
    {
        if (type is not Iri iri || QNameOf(iri) is not { } name || name.Namespace.StartsWith(RdfXmlNames.XmlNamespace, StringComparison.Ordinal)) return false;
        return name.Namespace != RdfNames.RdfNamespace || (RdfXmlNames.IsNodeElementName(name.LocalName) && name.LocalName != RdfXmlNames.Description);
    }

    private void WriteRoot(RdfTerm subject)
    {
        _localPrefixes.Clear();
        _localOrder.Clear();
        var n = 0;
        if (_undeclared) CollectPrefixes(subject, ref n);
        WriteDescription(subject, 1, root: true);
    }

    /// <summary>Gives every namespace the description tree of <paramref name="subject"/> needs and the map lacks an nsN prefix.</summary>
    private void CollectPrefixes(RdfTerm subject, ref int n)
    {
        if (_elementType.TryGetValue(subject, out var type)) Need(QNameOf((Iri)type.Object)!, ref n);
        if (!_index.BySubject.TryGetValue(subject, out var triples)) return;
        foreach (var t in triples)
        {
            Need(QNameOf(t.Predicate)!, ref n);
            if (t.Object is BlankNode b && _nesting.IsNested(b)) CollectPrefixes(b, ref n);
        }
    }

    private void Need(RdfXmlQName name, ref int n)
    {
        if (name.Prefix is not null || _localPrefixes.ContainsKey(name.Namespace)) return;
        _localPrefixes.Add(name.Namespace, _namespaces.Generated(ref n));
        _localOrder.Add(name.Namespace);
    }

    private void WriteDescription(RdfTerm subject, int depth, bool root)
    {
        Indent(depth);
        Raw("<"u8);
        var hasType = _elementType.TryGetValue(subject, out var typeTriple);
        var element = hasType ? QNameOf((Iri)typeTriple!.Object)! : null;
        if (element is null) Raw("rdf:Description"u8);
        else Name(element);
        switch (subject)
        {
            case Iri iri:
                Attribute(" rdf:about=\""u8, iri.Value);
                break;
            case BlankNode node when !_nesting.IsNested(node) && _nesting.IsReferenced(node):
                Attribute(" rdf:nodeID=\""u8, _labels.LabelOf(node));
                break;
        }

        if (root) Declarations();
        _index.BySubject.TryGetValue(subject, out var triples);
        if (triples is null || (hasType && triples.Count == 1))
        {
            Raw("/>\n"u8);
            return;
        }

        Raw(">\n"u8);
        WriteGroup(triples, RdfNames.TypeIri, depth + 1, typeTriple);
        for (var k = 0; k < triples.Count; k++)
        {
            var predicate = triples[k].Predicate;
            if (predicate.Value != RdfNames.Type && SubjectIndex.IsFirstUse(triples, k)) WriteGroup(triples, predicate, depth + 1, null);
        }

        Indent(depth);
        Raw("</"u8);
        if (element is null) Raw("rdf:Description"u8);
        else Name(element);
        Raw(">\n"u8);
    }

    private void WriteGroup(List<Triple> triples, Iri predicate, int depth, Triple? skip)
    {
        RdfXmlQName? name = null; // the group's one name, looked up at its first property
        foreach (var t in triples)
        {
            if (t.Predicate.Equals(predicate) && !ReferenceEquals(t, skip)) WriteProperty(t, name ??= QNameOf(t.Predicate)!, depth);
        }
    }

    private void WriteProperty(Triple t, RdfXmlQName name, int depth)
    {
        Indent(depth);
        Raw("<"u8);
        Name(name);
        switch (t.Object)
        {
            case Iri iri:
                Attribute(" rdf:resource=\""u8, iri.Value);
                Raw("/>\n"u8);
                return;
            case BlankNode node when !_nesting.IsNested(node):
                Attribute(" rdf:nodeID=\""u8, _labels.LabelOf(node));
                Raw("/>\n"u8);
                return;
            case BlankNode node:
                Raw(">\n"u8);
                WriteDescription(node, depth + 1, root: false);
                Indent(depth);
                break;
            case Literal literal:
                if (literal.Language is { } language) Attribute(" xml:lang=\""u8, language);
                else if (literal.Datatype != Literal.XsdString) Attribute(" rdf:datatype=\""u8, literal.Datatype);
                Raw(">"u8);
                Text(literal.Lexical, attribute: false);
                break;
        }

        Raw("</"u8);
        Name(name);
        Raw(">\n"u8);
    }

    private void Declarations()
    {
        foreach (var ns in _localOrder)
        {
            Raw(" xmlns:"u8);
            _buf.Plain(_localPrefixes[ns]);
            Raw("=\""u8);
            Text(ns, attribute: true);
            Raw("\""u8);
        }
    }

    private void Name(RdfXmlQName name)
    {
        if (name.Utf8 is { } written)
        {
            Raw(written);
            return;
        }

        var prefix = name.Prefix ?? _localPrefixes[name.Namespace];
        if (prefix.Length > 0)
        {
            _buf.Plain(prefix);
            Raw(":"u8);
        }

        _buf.Plain(name.LocalName);
    }

    private void Attribute(ReadOnlySpan<byte> start, string value)
    {
        Raw(start);
        Text(value, attribute: true);
        Raw("\""u8);
    }

    private void Text(string value, bool attribute)
    {
        // Checked before writing (RdfXmlTermChecker): nothing XML cannot carry is left.
        if (_buf.Escaped(value, attribute) >= 0) throw new InvalidOperationException("unchecked text reached the RDF/XML formatter");
    }

    private void Indent(int depth) => _buf.Spaces(depth * 2);

    private void Raw(ReadOnlySpan<byte> bytes) => _buf.Raw(bytes);

    private void Reset(long graphOrdinal)
    {
        _labels.Reset(graphOrdinal);
        _index.Clear();
        _elementType.Clear();
        _undeclared = false;
    }
}
