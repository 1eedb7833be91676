using System.Globalization;
using System.Text;
using Exporter.Diagnostics;

namespace Exporter.Formats.Rdf.Turtle;

/// <summary>
/// Reads Turtle terms (IRIs, prefixed names, blank node labels, literals, numbers, booleans) and keeps the
/// prefix map and base IRI that give them meaning. Grammar structure lives in <see cref="TurtleParser"/>.
/// </summary>
internal sealed class TurtleTermReader
{
    private readonly RdfScanner _scanner;
    private readonly RdfTextCursor _cursor;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Iri> _iriCache = new(StringComparer.Ordinal);
    private readonly StringBuilder _name = new();
    private long _anonymous;

    public TurtleTermReader(RdfTextCursor cursor, string? baseIri)
    {
        _cursor = cursor;
        _scanner = new RdfScanner(cursor);
        BaseIri = baseIri;
    }

    /// <summary>The current base IRI.</summary>
    public string? BaseIri { get; set; }

    /// <summary>The prefix map declared so far.</summary>
    public IReadOnlyDictionary<string, string> Prefixes => _prefixes;

    /// <summary>Declares (or re-declares) a prefix.</summary>
    public void SetPrefix(string prefix, string namespaceIri) => _prefixes[prefix] = namespaceIri;

    /// <summary>A fresh blank node for <c>[]</c>, property lists and collections; '-' keeps it apart from document labels.</summary>
    public BlankNode NewBlankNode() => new("-b" + (++_anonymous).ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads an IRIREF and resolves it against the base when it is relative.</summary>
    public string ReadIriRef()
    {
        var line = _cursor.Line;
        var column = _cursor.Column;
        var raw = _scanner.ReadIriRef();
        if (IriResolver.IsAbsolute(raw)) return raw; // absolute IRIs are kept as written (no dot-segment removal)
        if (BaseIri is null)
            throw new RdfParseException(_cursor.ErrorAt("RDF0009", $"relative IRI <{raw}> and no base IRI: add @base", line, column).Diagnostic with { Hints = [DiagnosticHint.Supply("TurtleReaderOptions.BaseIri")] });
        return IriResolver.Resolve(BaseIri, raw);
    }

    /// <summary>Reads PNAME_NS (the prefix and its ':'), returning the prefix.</summary>
    public string ReadPrefixDeclarationName()
    {
        var prefix = ReadPrefixPart();
        if (_cursor.Peek() != ':') throw _cursor.Error("RDF0001", "expected ':' after the prefix name");
        _cursor.Read();
        return prefix;
    }

    /// <summary>Reads an IRIREF or a prefixed name.</summary>
    public Iri ReadIri()
    {
        if (_cursor.Peek() == '<') return Intern(ReadIriRef());
        var line = _cursor.Line;
        var column = _cursor.Column;
        var prefix = ReadPrefixPart();
        if (_cursor.Peek() != ':') throw _cursor.ErrorAt("RDF0001", $"expected an IRI or prefixed name, found '{prefix}'", line, column);
        return ReadPrefixedNameAfterPrefix(prefix, line, column);
    }

    /// <summary>Reads a prefixed name or the keywords <c>true</c>/<c>false</c> (object position).</summary>
    public RdfTerm ReadNameOrBoolean()
    {
        var line = _cursor.Line;
        var column = _cursor.Column;
        var prefix = ReadPrefixPart();
        if (_cursor.Peek() == ':') return ReadPrefixedNameAfterPrefix(prefix, line, column);
        if (prefix is "true" or "false") return new Literal(prefix, RdfNames.XsdBoolean);
        throw _cursor.ErrorAt("RDF0001", prefix.Length == 0 ? $"unexpected character {RdfTextCursor.Describe(_cursor.Peek())}" : $"unknown keyword '{prefix}'", line, column);
    }

    /// <summary>Reads <c>_:label</c>.</summary>
    public BlankNode ReadBlankNodeLabel() => new(_scanner.ReadBlankNodeLabel());

    /// <summary>Reads a string literal with its optional language tag or datatype.</summary>
    public Literal ReadRdfLiteral()
    {
        var lexical = _scanner.ReadQuotedString(turtleForms: true);
        if (_cursor.Peek() == '@') return new Literal(lexical, language: _scanner.ReadLanguageTag());
        if (_cursor.Peek() == '^' && _cursor.Peek(1) == '^')
        {
            _cursor.Skip(2);
            return new Literal(lexical, ReadIri().Value);
        }

        return new Literal(lexical);
    }

    /// <summary>Reads INTEGER, DECIMAL or DOUBLE, keeping the lexical form as written.</summary>
    public Literal ReadNumber()
    {
        _name.Clear();
        if (_cursor.Peek() is '+' or '-') _name.Append((char)_cursor.Read());
        var digits = AppendDigits();
        var datatype = RdfNames.XsdInteger;
        if (_cursor.Peek() == '.' && RdfCharClasses.IsDigit(_cursor.Peek(1)))
        {
            _name.Append((char)_cursor.Read());
            digits += AppendDigits();
            datatype = RdfNames.XsdDecimal;
        }
        else if (_cursor.Peek() == '.' && digits > 0 && ExponentAt(1))
        {
            _name.Append((char)_cursor.Read());
        }

        if (digits == 0) throw _cursor.Error("RDF0001", "a number needs at least one digit");
        if (_cursor.Peek() is 'e' or 'E')
        {
            if (!ExponentAt(0)) throw _cursor.Error("RDF0001", "an exponent needs digits");
            _name.Append((char)_cursor.Read());
            if (_cursor.Peek() is '+' or '-') _name.Append((char)_cursor.Read());
            AppendDigits();
            datatype = RdfNames.XsdDouble;
        }

        return new Literal(_name.ToString(), datatype);
    }

    private Iri Intern(string iri)
    {
        if (_iriCache.TryGetValue(iri, out var term)) return term;
        term = new Iri(iri);
        if (_iriCache.Count < 65536) _iriCache[iri] = term;
        return term;
    }

    private bool ExponentAt(int offset)
    {
        if (_cursor.Peek(offset) is not ('e' or 'E')) return false;
        var next = _cursor.Peek(offset + 1);
        if (next is '+' or '-') next = _cursor.Peek(offset + 2);
        return RdfCharClasses.IsDigit(next);
    }

    private int AppendDigits()
    {
        var n = 0;
        while (RdfCharClasses.IsDigit(_cursor.Peek()))
        {
            _name.Append((char)_cursor.Read());
            n++;
        }

        return n;
    }

    private string ReadPrefixPart()
    {
        _name.Clear();
        var first = _cursor.PeekCodePoint(0, out var width);
        if (!RdfCharClasses.IsPnCharsBase(first)) return "";
        for (var i = 0; i < width; i++) _name.Append((char)_cursor.Read());
        _scanner.AppendNameTail(allowColon: false, allowLocalEscapes: false, _name);
        return _name.ToString();
    }

    private Iri ReadPrefixedNameAfterPrefix(string prefix, int line, int column)
    {
        _cursor.Read();
        if (!_prefixes.TryGetValue(prefix, out var ns))
            throw _cursor.ErrorAt("RDF0004", $"prefix '{prefix}:' is not declared", line, column);
        _name.Clear();
        var first = _cursor.PeekCodePoint(0, out var width);
        if (RdfCharClasses.IsPnCharsU(first) || first == ':' || RdfCharClasses.IsDigit(first))
        {
            for (var i = 0; i < width; i++) _name.Append((char)_cursor.Read());
            _scanner.AppendNameTail(allowColon: true, allowLocalEscapes: true, _name);
        }
        else if (first is '%' or '\\')
        {
            _scanner.AppendLocalEscape(_name);
            _scanner.AppendNameTail(allowColon: true, allowLocalEscapes: true, _name);
        }

        return Intern(_name.Length == 0 ? ns : string.Concat(ns, _name.ToString()));
    }
}
