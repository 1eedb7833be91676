namespace Exporter.Formats.Rdf.NTriples;

/// <summary>
/// Reads RDF 1.1 N-Triples strictly: one triple per line, absolute IRIs only, <c>"..."</c> strings with ECHAR and
/// UCHAR escapes, blank node labels kept as written, comments. Streams line by line; a syntax error throws
/// <see cref="RdfParseException"/> with line and column.
/// </summary>
public sealed class NTriplesReader
{
    private readonly RdfTextCursor _cursor;
    private readonly RdfScanner _scanner;
    private readonly Dictionary<string, Iri> _iriCache = new(StringComparer.Ordinal);
    private bool _started;

    /// <summary>Creates a reader over <paramref name="input"/>.</summary>
    public NTriplesReader(TextReader input, NTriplesReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _cursor = new RdfTextCursor(input, (options ?? NTriplesReaderOptions.Default).SourceName);
        _scanner = new RdfScanner(_cursor);
    }

    /// <summary>1-based line of the next character to read (the line after the last triple read).</summary>
    internal int Line => _cursor.Line;

    /// <summary>1-based line where the triple last read (or being read) begins.</summary>
    internal int StatementLine { get; private set; } = 1;

    /// <summary>UTF-8 byte offset of the next character.</summary>
    internal long ByteOffset => _cursor.ByteOffset;

    /// <summary>Parses a whole document held in a string.</summary>
    public static RdfGraph Parse(string text) => new NTriplesReader(new StringReader(text)).ReadGraph();

    /// <summary>The triples, lazily, in document order (one pass).</summary>
    public IEnumerable<Triple> ReadTriples()
    {
        if (_started) throw new InvalidOperationException("an NTriplesReader reads its input once");
        _started = true;
        _cursor.SkipByteOrderMark();
        while (TryReadTriple(out var triple)) yield return triple;
    }

    /// <summary>Reads the whole document into a graph (duplicates collapse).</summary>
    public RdfGraph ReadGraph()
    {
        var graph = new RdfGraph();
        foreach (var triple in ReadTriples()) graph.Add(triple);
        return graph;
    }

    /// <summary>
    /// For record framing: reads the next triple and its line end, so that statements' byte spans tile the input;
    /// false at the end. After a <see cref="RdfParseException"/>, <see cref="SkipRestOfLine"/> resumes at the next line.
    /// </summary>
    internal bool TryReadStatement(out Triple triple)
    {
        if (!_started)
        {
            _started = true;
            _cursor.SkipByteOrderMark();
        }

        if (!TryReadTriple(out triple)) return false;
        if (_cursor.Peek() == '\r') _cursor.Read();
        if (_cursor.Peek() == '\n') _cursor.Read();
        return true;
    }

    /// <summary>Skips to just after the end of the current line (resynchronising after a syntax error).</summary>
    internal void SkipRestOfLine()
    {
        while (_cursor.Peek() is not ('\n' or RdfTextCursor.End)) _cursor.Read();
        if (_cursor.Peek() == '\n') _cursor.Read();
    }

    private bool TryReadTriple(out Triple triple)
    {
        while (true)
        {
            SkipSpaces();
            var c = _cursor.Peek();
            if (c == RdfTextCursor.End)
            {
                triple = null!;
                return false;
            }

            if (c is '\n' or '\r') _cursor.Read();
            else if (c == '#') SkipComment();
            else break;
        }

        StatementLine = _cursor.Line;
        RdfTerm subject = _cursor.Peek() == '<' ? ReadIri() : ReadBlankNode("a subject (IRI or blank node)");
        SkipSpaces();
        if (_cursor.Peek() != '<') throw _cursor.Error("RDF0001", "expected a predicate IRI");
        var predicate = ReadIri();
        SkipSpaces();
        var obj = ReadObject();
        SkipSpaces();
        if (_cursor.Peek() != '.') throw _cursor.Error("RDF0001", $"expected '.' at the end of the triple, found {RdfTextCursor.Describe(_cursor.Peek())}");
        _cursor.Read();
        SkipSpaces();
        if (_cursor.Peek() == '#') SkipComment();
        if (_cursor.Peek() is not ('\n' or '\r' or RdfTextCursor.End))
            throw _cursor.Error("RDF0001", "only one triple per line: expected the end of the line");
        triple = new Triple(subject, predicate, obj);
        return true;
    }

    private RdfTerm ReadObject() => _cursor.Peek() switch
    {
        '<' => ReadIri(),
        '"' => ReadLiteral(),
        _ => ReadBlankNode("an object (IRI, blank node or literal)"),
    };

    private Literal ReadLiteral()
    {
        var lexical = _scanner.ReadQuotedString(turtleForms: false);
        if (_cursor.Peek() == '@') return new Literal(lexical, language: _scanner.ReadLanguageTag());
        if (_cursor.Peek() != '^') return new Literal(lexical);
        if (_cursor.Peek(1) != '^' || _cursor.Peek(2) != '<') throw _cursor.Error("RDF0001", "expected ^^<datatype IRI>");
        _cursor.Skip(2);
        return new Literal(lexical, ReadIri().Value);
    }

    private BlankNode ReadBlankNode(string expected)
    {
        if (_cursor.Peek() != '_' || _cursor.Peek(1) != ':')
            throw _cursor.Error(_cursor.Peek() == RdfTextCursor.End ? "RDF0002" : "RDF0001", $"expected {expected}, found {RdfTextCursor.Describe(_cursor.Peek())}");
        return new BlankNode(_scanner.ReadBlankNodeLabel());
    }

    private Iri ReadIri()
    {
        var line = _cursor.Line;
        var column = _cursor.Column;
        var value = _scanner.ReadIriRef();
        if (_iriCache.TryGetValue(value, out var iri)) return iri;
        if (!IriResolver.IsAbsolute(value))
            throw _cursor.ErrorAt("RDF0009", $"N-Triples needs absolute IRIs: <{value}> has no scheme", line, column);
        iri = new Iri(value);
        if (_iriCache.Count < 65536) _iriCache[value] = iri;
        return iri;
    }

    private void SkipSpaces()
    {
        while (_cursor.Peek() is ' ' or '\t') _cursor.Read();
    }

    private void SkipComment()
    {
        while (_cursor.Peek() is not ('\n' or '\r' or RdfTextCursor.End)) _cursor.Read();
    }
}
