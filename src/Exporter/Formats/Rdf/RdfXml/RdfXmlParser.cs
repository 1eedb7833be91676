using System.Globalization;
using System.Text;
using System.Xml;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) over an <see cref="XmlReader"/>: node elements (typed or
/// <c>rdf:Description</c>; <c>rdf:about</c>, <c>rdf:ID</c>, <c>rdf:nodeID</c>, property attributes), property
/// elements (resource, literal with <c>xml:lang</c> or <c>rdf:datatype</c>, empty, <c>rdf:parseType</c>
/// "Resource", "Literal", "Collection", others as "Literal"), <c>rdf:li</c> numbering, reification by <c>rdf:ID</c>
/// on property elements, <c>xml:base</c> and <c>xml:lang</c> scoping. One top-level node element per call, so
/// memory is bounded by one description.
/// </summary>
internal sealed class RdfXmlParser
{
    private static readonly Iri TypeIri = RdfNames.TypeIri;
    private static readonly Iri StatementIri = new(RdfNames.RdfNamespace + "Statement");
    private static readonly Iri SubjectIri = new(RdfNames.RdfNamespace + "subject");
    private static readonly Iri PredicateIri = new(RdfNames.RdfNamespace + "predicate");
    private static readonly Iri ObjectIri = new(RdfNames.RdfNamespace + "object");

    private readonly XmlReader _reader;
    private readonly RdfXmlReaderOptions _options;
    private readonly RdfXmlErrors _errors;
    private readonly RdfXmlAttributes _attributes = new();
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, Iri> _iris = new(StringComparer.Ordinal);
    private List<Triple> _out = null!;
    private long _blankNodes;
    private bool _inRdf;
    private bool _done;
    private string? _rootBase;
    private string? _rootLanguage;

    public RdfXmlParser(XmlReader reader, RdfXmlReaderOptions options, RdfXmlErrors errors)
    {
        _reader = reader;
        _options = options;
        _errors = errors;
    }

    /// <summary>Parses the next top-level node element into <paramref name="batch"/>; false at the end of the document.</summary>
    public bool ParseNext(List<Triple> batch)
    {
        _out = batch;
        while (!_done && _reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element when !_inRdf && _reader.Depth == 0 && IsRdf("RDF"):
                    _attributes.Read(_reader, _errors);
                    if (_attributes.Properties.Count > 0 || _attributes.About is not null || _attributes.Id is not null || _attributes.NodeId is not null)
                        throw Error(RdfXmlDiagnosticCodes.Grammar, "rdf:RDF takes no RDF attributes");
                    _rootBase = Resolve(_options.BaseIri, _attributes.Base);
                    _rootLanguage = _attributes.Language is { Length: > 0 } l ? l : null;
                    _inRdf = true;
                    if (_reader.IsEmptyElement) _done = true;
                    break;
                case XmlNodeType.Element:
                    ParseNodeElement(_inRdf ? _rootBase : _options.BaseIri, _inRdf ? _rootLanguage : null);
                    if (!_inRdf) _done = true; // a single node element as the document element
                    return true;
                case XmlNodeType.EndElement:
                    _done = true;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    throw Error(RdfXmlDiagnosticCodes.Grammar, "text is not allowed between node elements");
            }
        }

        while (_reader.Read())
        {
            // after the document element: only comments, PIs and whitespace (XmlReader checks well-formedness)
        }

        return false;
    }

    /// <summary>Parses the node element the reader is on (and its content); returns its subject.</summary>
    private RdfTerm ParseNodeElement(string? baseIri, string? language)
    {
        CheckDepth();
        var line = Line;
        var column = Column;
        var ns = _reader.NamespaceURI;
        var local = _reader.LocalName;
        if (ns.Length == 0) throw Error(RdfXmlDiagnosticCodes.Grammar, $"node element '{local}' has no namespace");
        if (ns == RdfNames.RdfNamespace && !RdfXmlNames.IsNodeElementName(local)) throw Error(RdfXmlDiagnosticCodes.Grammar, $"rdf:{local} cannot be a node element");
        _attributes.Read(_reader, _errors);
        var a = _attributes;
        baseIri = Resolve(baseIri, a.Base);
        language = Language(language, a.Language);
        if (a.Resource is not null || a.Datatype is not null || a.ParseType is not null)
            throw Error(RdfXmlDiagnosticCodes.Grammar, "rdf:resource, rdf:datatype and rdf:parseType are not allowed on a node element");
        if ((a.Id is not null ? 1 : 0) + (a.About is not null ? 1 : 0) + (a.NodeId is not null ? 1 : 0) > 1)
            throw Error(RdfXmlDiagnosticCodes.Grammar, "a node element takes at most one of rdf:ID, rdf:about and rdf:nodeID");
        RdfTerm subject = a.Id is not null ? IdIri(baseIri, a.Id)
            : a.About is not null ? IriOf(baseIri, a.About)
            : a.NodeId is not null ? NodeId(a.NodeId)
            : NewBlankNode();
        if (ns != RdfNames.RdfNamespace || local != RdfXmlNames.Description) Emit(subject, TypeIri, IriOf(null, ns + local));
        EmitPropertyAttributes(subject, baseIri, language);
        if (_reader.IsEmptyElement) return subject;
        var li = 0;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    ParsePropertyElement(subject, baseIri, language, ref li);
                    break;
                case XmlNodeType.EndElement:
                    return subject;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    throw Error(RdfXmlDiagnosticCodes.Grammar, $"text is not allowed directly inside a node element (line {line}, column {column})");
            }
        }

        return subject;
    }

    private void ParsePropertyElement(RdfTerm subject, string? baseIri, string? language, ref int li)
    {
        CheckDepth();
        var ns = _reader.NamespaceURI;
        var local = _reader.LocalName;
        if (ns.Length == 0) throw Error(RdfXmlDiagnosticCodes.Grammar, $"property element '{local}' has no namespace");
        if (ns == RdfNames.RdfNamespace && !RdfXmlNames.IsPropertyElementName(local)) throw Error(RdfXmlDiagnosticCodes.Grammar, $"rdf:{local} cannot be a property element");
        var predicate = ns == RdfNames.RdfNamespace && local == RdfXmlNames.Li
            ? IriOf(null, RdfNames.RdfNamespace + "_" + (++li).ToString(CultureInfo.InvariantCulture))
            : IriOf(null, ns + local);
        _attributes.Read(_reader, _errors);
        var a = _attributes;
        baseIri = Resolve(baseIri, a.Base);
        language = Language(language, a.Language);
        var reification = a.Id is not null ? IdIri(baseIri, a.Id) : null;
        if (a.About is not null) throw Error(RdfXmlDiagnosticCodes.Grammar, "rdf:about is not allowed on a property element");
        if (a.ParseType is { } parseType)
        {
            if (a.Resource is not null || a.NodeId is not null || a.Datatype is not null || a.Properties.Count > 0)
                throw Error(RdfXmlDiagnosticCodes.Grammar, "rdf:parseType excludes rdf:resource, rdf:nodeID, rdf:datatype and property attributes");
            var obj = parseType switch
            {
                "Resource" => ParseResourceContent(baseIri, language),
                "Collection" => ParseCollection(baseIri, language),
                _ => new Literal(RdfXmlLiteralWriter.Read(_reader), RdfXmlNames.XmlLiteral),
            };
            Emit(subject, predicate, obj, reification);
            return;
        }

        var resource = a.Resource;
        var nodeId = a.NodeId;
        var datatype = a.Datatype;
        var properties = a.Properties.Count > 0 ? a.Properties.ToList() : null;
        var (child, text) = ReadPropertyContent(baseIri, language);
        if (child is not null)
        {
            if (resource is not null || nodeId is not null || datatype is not null || properties is not null)
                throw Error(RdfXmlDiagnosticCodes.Grammar, "a property element with a node element inside takes no rdf:resource, rdf:nodeID, rdf:datatype or property attributes");
            Emit(subject, predicate, child, reification);
        }
        else if (resource is null && nodeId is null && properties is null)
        {
            var literal = datatype is not null ? new Literal(text, IriOf(baseIri, datatype).Value) : new Literal(text, language: language);
            Emit(subject, predicate, literal, reification);
        }
        else
        {
            // whitespace around an empty property element's end tag is layout, as rapper and rdflib read it
            if (text.AsSpan().IndexOfAnyExcept(" \t\r\n") >= 0)
                throw Error(RdfXmlDiagnosticCodes.Grammar, "a property element with text takes no rdf:resource, rdf:nodeID or property attributes");
            if (resource is not null && nodeId is not null) throw Error(RdfXmlDiagnosticCodes.Grammar, "rdf:resource and rdf:nodeID exclude each other");
            if (datatype is not null) throw Error(RdfXmlDiagnosticCodes.Grammar, "rdf:datatype is not allowed with rdf:resource, rdf:nodeID or property attributes");
            RdfTerm obj = resource is not null ? IriOf(baseIri, resource) : nodeId is not null ? NodeId(nodeId) : NewBlankNode();
            foreach (var (p, value) in properties ?? []) EmitProperty(obj, p, value, baseIri, language);
            Emit(subject, predicate, obj, reification);
        }
    }

    /// <summary>Reads a property element's content: one node element (its subject) or text (possibly empty).</summary>
    private (RdfTerm? Child, string Text) ReadPropertyContent(string? baseIri, string? language)
    {
        if (_reader.IsEmptyElement) return (null, "");
        _text.Clear();
        RdfTerm? child = null;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (child is not null) throw Error(RdfXmlDiagnosticCodes.Grammar, "a property element holds at most one node element");
                    if (!IsWhitespace(_text)) throw Error(RdfXmlDiagnosticCodes.Grammar, "a property element holds text or a node element, not both (use rdf:parseType=\"Literal\" for XML content)");
                    child = ParseNodeElement(baseIri, language);
                    _text.Clear();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    _text.Append(_reader.Value);
                    if (child is not null && !IsWhitespace(_text)) throw Error(RdfXmlDiagnosticCodes.Grammar, "text after the node element of a property element");
                    break;
                case XmlNodeType.EndElement:
                    return (child, child is null ? _text.ToString() : "");
            }
        }

        return (child, "");
    }

    private BlankNode ParseResourceContent(string? baseIri, string? language)
    {
        var node = NewBlankNode();
        if (_reader.IsEmptyElement) return node;
        var li = 0;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    ParsePropertyElement(node, baseIri, language, ref li);
                    break;
                case XmlNodeType.EndElement:
                    return node;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    throw Error(RdfXmlDiagnosticCodes.Grammar, "text is not allowed inside rdf:parseType=\"Resource\"");
            }
        }

        return node;
    }

    private RdfTerm ParseCollection(string? baseIri, string? language)
    {
        var items = new List<RdfTerm>();
        if (!_reader.IsEmptyElement)
        {
            while (_reader.Read() && _reader.NodeType != XmlNodeType.EndElement)
            {
                if (_reader.NodeType == XmlNodeType.Element) items.Add(ParseNodeElement(baseIri, language));
                else if (_reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) throw Error(RdfXmlDiagnosticCodes.Grammar, "text is not allowed inside rdf:parseType=\"Collection\"");
            }
        }

        RdfTerm next = RdfNames.NilIri;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var cell = NewBlankNode();
            Emit(cell, RdfNames.FirstIri, items[i]);
            Emit(cell, RdfNames.RestIri, next);
            next = cell;
        }

        return next;
    }

    private void EmitPropertyAttributes(RdfTerm subject, string? baseIri, string? language)
    {
        foreach (var (predicate, value) in _attributes.Properties) EmitProperty(subject, predicate, value, baseIri, language);
    }

    private void EmitProperty(RdfTerm subject, string predicate, string value, string? baseIri, string? language)
    {
        if (predicate == RdfNames.Type) Emit(subject, TypeIri, IriOf(baseIri, value));
        else Emit(subject, IriOf(null, predicate), new Literal(value, language: language));
    }

    private void Emit(RdfTerm subject, Iri predicate, RdfTerm obj, Iri? reification = null)
    {
        _out.Add(new Triple(subject, predicate, obj));
        if (reification is null) return;
        _out.Add(new Triple(reification, TypeIri, StatementIri));
        _out.Add(new Triple(reification, SubjectIri, subject));
        _out.Add(new Triple(reification, PredicateIri, predicate));
        _out.Add(new Triple(reification, ObjectIri, obj));
    }

    private Iri IdIri(string? baseIri, string id)
    {
        if (!IsNCName(id)) throw Error(RdfXmlDiagnosticCodes.BadIdentifier, $"rdf:ID '{id}' is not an XML name (NCName)");
        return IriOf(baseIri, "#" + id);
    }

    private BlankNode NodeId(string id)
    {
        if (!IsNCName(id)) throw Error(RdfXmlDiagnosticCodes.BadIdentifier, $"rdf:nodeID '{id}' is not an XML name (NCName)");
        return new BlankNode(id);
    }

    private BlankNode NewBlankNode() => new("-b" + (++_blankNodes).ToString(CultureInfo.InvariantCulture));

    private Iri IriOf(string? baseIri, string reference)
    {
        var value = IriResolver.IsAbsolute(reference) ? reference : ResolveRequired(baseIri, reference);
        if (_iris.TryGetValue(value, out var iri)) return iri;
        iri = new Iri(value);
        if (_iris.Count < 65536) _iris[value] = iri;
        return iri;
    }

    private string ResolveRequired(string? baseIri, string reference)
    {
        var resolved = IriResolver.Resolve(baseIri, reference);
        if (!IriResolver.IsAbsolute(resolved))
            throw Error(RdfXmlDiagnosticCodes.RelativeWithoutBase, $"relative IRI <{reference}> and no base IRI (set xml:base or RdfXmlReaderOptions.BaseIri)");
        return resolved;
    }

    private string? Resolve(string? baseIri, string? xmlBase) => xmlBase is null ? baseIri : ResolveRequired(baseIri, xmlBase);

    private static string? Language(string? inherited, string? declared) => declared is null ? inherited : declared.Length == 0 ? null : declared;

    private void CheckDepth()
    {
        if (_reader.Depth > _options.MaxNesting)
            throw Error(RdfXmlDiagnosticCodes.TooDeep, $"elements nest deeper than {_options.MaxNesting} levels (RdfXmlReaderOptions.MaxNesting)");
    }

    private bool IsRdf(string local) => _reader.NamespaceURI == RdfNames.RdfNamespace && _reader.LocalName == local;

    private static bool IsNCName(string s)
    {
        if (s.Length == 0 || char.IsLowSurrogate(s[0])) return false;
        for (var i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) c = char.ConvertToUtf32(s[i], s[++i]);
            var ok = i == 0 ? RdfCharClasses.IsPnCharsU(c) : RdfCharClasses.IsPnChars(c) || c == '.';
            if (!ok) return false;
        }

        return true;
    }

    private static bool IsWhitespace(StringBuilder sb)
    {
        foreach (var chunk in sb.GetChunks())
        {
            if (chunk.Span.IndexOfAnyExcept(" \t\r\n") >= 0) return false;
        }

        return true;
    }

    private int Line => (_reader as IXmlLineInfo)?.LineNumber ?? 0;

    private int Column => (_reader as IXmlLineInfo)?.LinePosition ?? 0;

    private RdfParseException Error(string code, string message) => _errors.At(_reader, code, message);
}
