namespace Exporter.Formats.Rdf.Turtle;

/// <summary>
/// Recursive-descent parser for the W3C Turtle 1.1 grammar, one statement at a time so a reader can stream.
/// Terms are read by <see cref="TurtleTermReader"/>; this class handles directives, subjects, predicate-object
/// lists, blank node property lists and collections.
/// </summary>
internal sealed class TurtleParser
{
    /// <summary>Nesting of [ ] and ( ) beyond this is rejected (RDF0010) rather than risking the stack.</summary>
    public const int MaxNesting = 256;

    private readonly RdfTextCursor _cursor;
    private readonly TurtleTermReader _terms;
    private List<Triple> _sink = [];
    private int _nesting;

    public TurtleParser(TextReader input, TurtleReaderOptions options)
    {
        _cursor = new RdfTextCursor(input, options.SourceName);
        _terms = new TurtleTermReader(_cursor, options.BaseIri);
    }

    /// <summary>The prefixes declared so far.</summary>
    public IReadOnlyDictionary<string, string> Prefixes => _terms.Prefixes;

    /// <summary>The current base IRI.</summary>
    public string? BaseIri => _terms.BaseIri;

    /// <summary>1-based line where the statement last parsed (or the current character, at the start) begins.</summary>
    public int StatementLine { get; private set; } = 1;

    /// <summary>UTF-8 byte offset of the next character.</summary>
    public long ByteOffset => _cursor.ByteOffset;

    /// <summary>Consumes blanks, a comment and one line end after a statement, so that statements' byte spans end with their line.</summary>
    public void SkipLineEnd()
    {
        while (_cursor.Peek() is ' ' or '\t') _cursor.Read();
        if (_cursor.Peek() == '#')
        {
            while (_cursor.Peek() is not ('\n' or '\r' or RdfTextCursor.End)) _cursor.Read();
        }

        if (_cursor.Peek() == '\r') _cursor.Read();
        if (_cursor.Peek() == '\n') _cursor.Read();
    }

    /// <summary>Parses one statement, adding its triples to <paramref name="sink"/>; false at the end of input.</summary>
    public bool ParseStatement(List<Triple> sink)
    {
        _sink = sink;
        _cursor.SkipByteOrderMark();
        SkipWhitespace();
        StatementLine = _cursor.Line;
        var c = _cursor.Peek();
        if (c == RdfTextCursor.End) return false;
        if (c == '@')
        {
            ParseAtDirective();
            return true;
        }

        if (IsKeyword("PREFIX"))
        {
            _cursor.Skip(6);
            ParsePrefixBody();
            return true;
        }

        if (IsKeyword("BASE"))
        {
            _cursor.Skip(4);
            ParseBaseBody();
            return true;
        }

        ParseTriples();
        Expect('.', "'.' at the end of the statement");
        return true;
    }

    private void ParseAtDirective()
    {
        if (_cursor.LookingAt("@prefix") && !IsNameChar(_cursor.Peek(7)))
        {
            _cursor.Skip(7);
            ParsePrefixBody();
        }
        else if (_cursor.LookingAt("@base") && !IsNameChar(_cursor.Peek(5)))
        {
            _cursor.Skip(5);
            ParseBaseBody();
        }
        else
        {
            throw _cursor.Error("RDF0001", "unknown directive (expected @prefix or @base)");
        }

        Expect('.', "'.' after the directive");
    }

    private void ParsePrefixBody()
    {
        SkipWhitespace();
        var prefix = _terms.ReadPrefixDeclarationName();
        SkipWhitespace();
        if (_cursor.Peek() != '<') throw _cursor.Error("RDF0001", "expected <IRI> after the prefix name");
        _terms.SetPrefix(prefix, _terms.ReadIriRef());
    }

    private void ParseBaseBody()
    {
        SkipWhitespace();
        if (_cursor.Peek() != '<') throw _cursor.Error("RDF0001", "expected <IRI> after base");
        _terms.BaseIri = _terms.ReadIriRef();
    }

    private void ParseTriples()
    {
        RdfTerm subject;
        if (_cursor.Peek() == '[')
        {
            var anonymous = IsAnon();
            subject = ParseBlankNodeBracket();
            SkipWhitespace();
            if (!anonymous && _cursor.Peek() == '.') return;
        }
        else
        {
            subject = ParseSubject();
        }

        ParsePredicateObjectList(subject);
    }

    private RdfTerm ParseSubject()
    {
        var c = _cursor.Peek();
        if (c == '<') return _terms.ReadIri();
        if (c == '_' && _cursor.Peek(1) == ':') return _terms.ReadBlankNodeLabel();
        if (c == '(') return ParseCollection();
        if (c is '"' or '\'' or '+' or '-' or '.' or >= '0' and <= '9') throw _cursor.Error("RDF0001", "a literal cannot be a subject");
        return _terms.ReadIri();
    }

    private void ParsePredicateObjectList(RdfTerm subject)
    {
        SkipWhitespace();
        ParseVerbAndObjects(subject);
        while (true)
        {
            SkipWhitespace();
            if (_cursor.Peek() != ';') return;
            while (_cursor.Peek() == ';')
            {
                _cursor.Read();
                SkipWhitespace();
            }

            if (_cursor.Peek() is '.' or ']' or RdfTextCursor.End) return;
            ParseVerbAndObjects(subject);
        }
    }

    private void ParseVerbAndObjects(RdfTerm subject)
    {
        Iri predicate;
        if (_cursor.Peek() == 'a' && !IsNameChar(_cursor.Peek(1)))
        {
            _cursor.Read();
            predicate = RdfNames.TypeIri;
        }
        else
        {
            var c = _cursor.Peek();
            if (c is not '<' && c != ':' && !RdfCharClasses.IsPnCharsBase(_cursor.PeekCodePoint(0, out _)))
                throw _cursor.Error("RDF0001", $"expected a predicate, found {RdfTextCursor.Describe(c)}");
            predicate = _terms.ReadIri();
        }

        while (true)
        {
            SkipWhitespace();
            var obj = ParseObject();
            _sink.Add(new Triple(subject, predicate, obj));
            SkipWhitespace();
            if (_cursor.Peek() != ',') return;
            _cursor.Read();
        }
    }

    private RdfTerm ParseObject()
    {
        var c = _cursor.Peek();
        switch (c)
        {
            case '<':
                return _terms.ReadIri();
            case '_' when _cursor.Peek(1) == ':':
                return _terms.ReadBlankNodeLabel();
            case '[':
                return ParseBlankNodeBracket();
            case '(':
                return ParseCollection();
            case '"' or '\'':
                return _terms.ReadRdfLiteral();
            case '+' or '-' or >= '0' and <= '9':
            case '.' when RdfCharClasses.IsDigit(_cursor.Peek(1)):
                return _terms.ReadNumber();
            case RdfTextCursor.End:
                throw _cursor.Error("RDF0002", "unexpected end of input: expected an object");
            default:
                return _terms.ReadNameOrBoolean();
        }
    }

    private BlankNode ParseBlankNodeBracket()
    {
        var anonymous = IsAnon();
        Enter();
        _cursor.Read();
        var node = _terms.NewBlankNode();
        SkipWhitespace();
        if (anonymous)
        {
            _cursor.Read();
            _nesting--;
            return node;
        }

        ParsePredicateObjectList(node);
        Expect(']', "']' to close the blank node property list");
        _nesting--;
        return node;
    }

    private RdfTerm ParseCollection()
    {
        Enter();
        _cursor.Read();
        RdfTerm head = RdfNames.NilIri;
        BlankNode? previous = null;
        while (true)
        {
            SkipWhitespace();
            if (_cursor.Peek() == ')')
            {
                _cursor.Read();
                if (previous is not null) _sink.Add(new Triple(previous, RdfNames.RestIri, RdfNames.NilIri));
                _nesting--;
                return head;
            }

            var cell = _terms.NewBlankNode();
            if (previous is null) head = cell;
            else _sink.Add(new Triple(previous, RdfNames.RestIri, cell));
            var item = ParseObject();
            _sink.Add(new Triple(cell, RdfNames.FirstIri, item));
            previous = cell;
        }
    }

    private void Enter()
    {
        if (++_nesting > MaxNesting) throw _cursor.Error("RDF0010", $"blank node property lists and collections nest deeper than {MaxNesting}");
    }

    private bool IsAnon()
    {
        var k = 1;
        while (true)
        {
            var c = _cursor.Peek(k);
            if (c == ']') return true;
            if (!RdfCharClasses.IsWhitespace(c)) return false;
            k++;
        }
    }

    private bool IsKeyword(string keyword) =>
        _cursor.LookingAt(keyword, ignoreAsciiCase: true) && !IsNameChar(_cursor.Peek(keyword.Length));

    private static bool IsNameChar(int c) => c is ':' or '.' || (c >= 0 && RdfCharClasses.IsPnChars(c)) || char.IsSurrogate((char)Math.Max(c, 0));

    private void Expect(char expected, string what)
    {
        SkipWhitespace();
        var c = _cursor.Peek();
        if (c != expected) throw _cursor.Error(c == RdfTextCursor.End ? "RDF0002" : "RDF0001", $"expected {what}, found {RdfTextCursor.Describe(c)}");
        _cursor.Read();
    }

    private void SkipWhitespace()
    {
        while (true)
        {
            var c = _cursor.Peek();
            if (RdfCharClasses.IsWhitespace(c))
            {
                _cursor.Read();
            }
            else if (c == '#')
            {
                while (_cursor.Peek() is not ('\n' or '\r' or RdfTextCursor.End)) _cursor.Read();
            }
            else
            {
                return;
            }
        }
    }
}
