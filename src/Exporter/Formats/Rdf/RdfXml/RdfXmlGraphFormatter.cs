using System.Buffers;
using System.Runtime.InteropServices;
using Exporter.Formats.Common;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// Writes one graph (one record's triples) as RDF/XML node elements, indented for a place inside <c>rdf:RDF</c>, as
/// UTF-8 into an <see cref="IBufferWriter{T}"/>. Subjects in order of first appearance; a subject's first rdf:type
/// that has a qualified name becomes its element name (<c>&lt;bf:Work rdf:about="..."&gt;</c>), its other triples
/// property elements grouped by predicate (remaining types first, then first-appearance order). Blank nodes used
/// once as an object are nested descriptions (see <see cref="RdfXmlNesting"/>); shared or cyclic ones get
/// <c>rdf:nodeID</c> labels <c>g{graph}b{n}</c>. Namespaces missing from the prefix map are declared as
/// <c>xmlns:nsN</c> on the top-level description that needs them. The whole graph is checked before anything is
/// written, so a refused graph (<see cref="Diagnostics.RecordWriteException"/>) leaves the buffer untouched. The graph
/// is written into a buffer of the formatter's own (<see cref="XmlUtf8Buffer"/>), copied into the output at the end.
/// Reusable, not thread-safe.
/// </summary>
internal sealed class RdfXmlGraphFormatter : IRdfGraphFormatter
{
    /// <summary>The IRI table is emptied between graphs once it holds more IRIs than this.</summary>
    private const int MaxCachedNames = 4096;

    /// <summary><see cref="_iriFlags"/>: the IRI passed <see cref="RdfXmlTermChecker.CheckIri"/> as a predicate (checked once per formatter, not once per triple).</summary>
    private const byte PredicateChecked = 1;

    /// <summary><see cref="_iriFlags"/>: whether the IRI names an element (<see cref="IsElementName"/>) is known.</summary>
    private const byte ElementKnown = 2;

    /// <summary><see cref="_iriFlags"/>: the IRI, as an rdf:type object, names its subject's element.</summary>
    private const byte ElementName = 4;

    private readonly RdfXmlNamespaces _namespaces;
    private readonly BlankNodeLabeller _labels = new();
    private readonly RdfXmlNesting _nesting = new();
    private readonly RdfXmlGraphIndex _graph = new();

    /// <summary>The predicates and rdf:type objects met (ids index <see cref="_iriNames"/> and <see cref="_iriFlags"/>), kept between graphs: the vocabularies share one <see cref="Iri"/> per term, whose hash is kept.</summary>
    private readonly RdfTermIds _iris = new();

    private RdfXmlQName?[] _iriNames = new RdfXmlQName?[64];
    private byte[] _iriFlags = new byte[64];
    private readonly Dictionary<string, string> _localPrefixes = new(StringComparer.Ordinal);
    private readonly List<string> _localOrder = [];
    private readonly XmlUtf8Buffer _buf = new();

    /// <summary>The id of rdf:type in <see cref="_iris"/>.</summary>
    private int _typeId;

    /// <summary>The subject of the triple checked last (the same instance needs no second check).</summary>
    private RdfTerm? _checkedSubject;

    /// <summary>True when some predicate or element type of the graph has a namespace the prefix map lacks (an nsN declaration is needed).</summary>
    private bool _undeclared;

    public RdfXmlGraphFormatter(RdfXmlNamespaces namespaces)
    {
        _namespaces = namespaces;
    }

    /// <summary>Writes the node elements of <paramref name="graph"/>, blank nodes labelled for graph <paramref name="graphOrdinal"/>.</summary>
    public void Write(IBufferWriter<byte> output, RdfGraph graph, long graphOrdinal)
    {
        Reset(graphOrdinal);
        Index(graph);
        _nesting.Decide(_graph);
        _buf.Clear();
        foreach (var subject in _graph.Subjects)
        {
            if (!_nesting.IsNested(subject)) WriteRoot(subject);
        }

        _buf.CopyTo(output);
    }

    /// <inheritdoc />
    void IRdfGraphFormatter.Write(RdfGraph graph, long graphOrdinal, IBufferWriter<byte> output) => Write(output, graph, graphOrdinal);

    /// <summary>The id of <paramref name="iri"/> in <see cref="_iris"/>, its qualified name (null when it has none) split when it is new.</summary>
    private int IriId(Iri iri)
    {
        var id = _iris.GetOrAdd(iri, out var added);
        if (!added) return id;
        if (id == _iriNames.Length)
        {
            Array.Resize(ref _iriNames, id * 2);
            Array.Resize(ref _iriFlags, id * 2);
        }

        _iriNames[id] = _namespaces.Split(iri.Value);
        _iriFlags[id] = 0;
        return id;
    }

    private void Index(RdfGraph graph)
    {
        // RdfGraph keeps a List today; any other list is walked through its interface.
        if (graph.Triples is List<Triple> list)
        {
            foreach (var t in CollectionsMarshal.AsSpan(list)) Index(t);
        }
        else
        {
            foreach (var t in graph.Triples) Index(t);
        }

        _graph.Build(_typeId, _iris.Count);
    }

    private void Index(Triple t)
    {
        var p = IriId(t.Predicate);
        var flags = _iriFlags[p];
        var predicate = _iriNames[p];
        var predicateChecked = (flags & PredicateChecked) != 0;
        RdfXmlTermChecker.Check(t, predicate, subjectChecked: ReferenceEquals(t.Subject, _checkedSubject), predicateChecked);
        if (!predicateChecked) _iriFlags[p] = (byte)(flags | PredicateChecked);
        _checkedSubject = t.Subject;
        var subject = _graph.Add(t, p);
        if (predicate!.Prefix is null) _undeclared = true;
        if (p == _typeId && _graph.ElementTriple(subject) is null && ElementNameOf(t.Object) is { } element)
        {
            _graph.SetElementType(subject, t, element);
            if (element.Prefix is null) _undeclared = true;
        }
    }

    /// <summary>The element name an rdf:type object gives its subject, or null when it gives none.</summary>
    private RdfXmlQName? ElementNameOf(RdfTerm type)
    {
        if (type is not Iri iri) return null;
        var id = IriId(iri);
        var flags = _iriFlags[id];
        if ((flags & ElementKnown) == 0)
        {
            flags |= IsElementName(_iriNames[id]) ? (byte)(ElementKnown | ElementName) : ElementKnown;
            _iriFlags[id] = flags;
        }

        return (flags & ElementName) != 0 ? _iriNames[id] : null;
    }

    private static bool IsElementName(RdfXmlQName? name)
    {
        if (name is null || name.Namespace.StartsWith(RdfXmlNames.XmlNamespace, StringComparison.Ordinal)) return false;
        return name.Namespace != RdfNames.RdfNamespace || (RdfXmlNames.IsNodeElementName(name.LocalName) && name.LocalName != RdfXmlNames.Description);
    }

    private void WriteRoot(int subject)
    {
        _localPrefixes.Clear();
        _localOrder.Clear();
        var n = 0;
        if (_undeclared) CollectPrefixes(subject, ref n);
        WriteDescription(subject, 1, root: true);
    }

    /// <summary>Gives every namespace the description tree of <paramref name="subject"/> needs and the map lacks an nsN prefix.</summary>
    private void CollectPrefixes(int subject, ref int n)
    {
        if (_graph.ElementName(subject) is { } element) Need(element, ref n);
        var start = _graph.Start(subject);
        var end = start + _graph.Count(subject);
        for (var pos = start; pos < end; pos++)
        {
            Need(_iriNames[_graph.PredicateAt(pos)]!, ref n);
            var o = _graph.ObjectAt(pos);
            if (o >= 0 && _nesting.IsNested(o)) CollectPrefixes(o, ref n);
        }
    }

    private void Need(RdfXmlQName name, ref int n)
    {
        if (name.Prefix is not null || _localPrefixes.ContainsKey(name.Namespace)) return;
        _localPrefixes.Add(name.Namespace, _namespaces.Generated(ref n));
        _localOrder.Add(name.Namespace);
    }

    private void WriteDescription(int subject, int depth, bool root)
    {
        Indent(depth);
        Raw("<"u8);
        var element = _graph.ElementName(subject);
        if (element is null) Raw("rdf:Description"u8);
        else Name(element);
        switch (_graph.Node(subject))
        {
            case Iri iri:
                Attribute(" rdf:about=\""u8, iri.Value);
                break;
            case BlankNode node when !_nesting.IsNested(subject) && _nesting.IsReferenced(subject):
                Attribute(" rdf:nodeID=\""u8, _labels.LabelOf(node));
                break;
        }

        if (root) Declarations();
        var count = _graph.Count(subject);
        if (count == 0 || (element is not null && count == 1))
        {
            Raw("/>\n"u8);
            return;
        }

        Raw(">\n"u8);
        var types = _graph.TypeGroup(subject);
        if (types >= 0) WriteGroup(types, depth + 1, _graph.ElementTriple(subject));
        var start = _graph.Start(subject);
        for (var pos = start; pos < start + count; pos++)
        {
            if (_graph.IsGroupHead(pos) && _graph.PredicateAt(pos) != _typeId) WriteGroup(pos, depth + 1, null);
        }

        Indent(depth);
        Raw("</"u8);
        if (element is null) Raw("rdf:Description"u8);
        else Name(element);
        Raw(">\n"u8);
    }

    /// <summary>Writes the predicate group that starts at <paramref name="head"/>, all but <paramref name="skip"/> (the triple the element name came from).</summary>
    private void WriteGroup(int head, int depth, Triple? skip)
    {
        var name = _iriNames[_graph.PredicateAt(head)]!;
        for (var pos = head; pos >= 0; pos = _graph.NextInGroup(pos))
        {
            if (!ReferenceEquals(_graph.TripleAt(pos), skip)) WriteProperty(pos, name, depth);
        }
    }

    private void WriteProperty(int pos, RdfXmlQName name, int depth)
    {
        Indent(depth);
        Raw("<"u8);
        Name(name);
        switch (_graph.TripleAt(pos).Object)
        {
            case Iri iri:
                Attribute(" rdf:resource=\""u8, iri.Value);
                Raw("/>\n"u8);
                return;
            case BlankNode node when !_nesting.IsNested(_graph.ObjectAt(pos)):
                Attribute(" rdf:nodeID=\""u8, _labels.LabelOf(node));
                Raw("/>\n"u8);
                return;
            case BlankNode:
                Raw(">\n"u8);
                WriteDescription(_graph.ObjectAt(pos), depth + 1, root: false);
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
        _graph.Clear();
        if (_iris.Count > MaxCachedNames)
        {
            _iris.Clear();
            _iriNames = new RdfXmlQName?[64];
            _iriFlags = new byte[64];
        }

        _typeId = IriId(RdfNames.TypeIri);
        _checkedSubject = null;
        _undeclared = false;
    }
}
