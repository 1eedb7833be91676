namespace Exporter.Formats.Rdf.Turtle;

/// <summary>
/// Reads RDF 1.1 Turtle (the whole W3C grammar: @prefix/@base and SPARQL PREFIX/BASE, relative IRIs resolved
/// by RFC 3986, prefixed names with escapes, collections, blank node property lists, every literal form).
/// Streams statement by statement; a syntax error throws <see cref="RdfParseException"/> with line and column.
/// Blank nodes keep their document labels; nodes made for <c>[]</c> and collections are labelled <c>-bN</c>,
/// which no document label can be.
/// </summary>
public sealed class TurtleReader
{
    private readonly TurtleParser _parser;
    private bool _started;

    /// <summary>Creates a reader over <paramref name="input"/>.</summary>
    public TurtleReader(TextReader input, TurtleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _parser = new TurtleParser(input, options ?? TurtleReaderOptions.Default);
    }

    /// <summary>The prefixes declared by the part of the document read so far.</summary>
    public IReadOnlyDictionary<string, string> Prefixes => _parser.Prefixes;

    /// <summary>The base IRI in force after the part of the document read so far.</summary>
    public string? BaseIri => _parser.BaseIri;

    /// <summary>Parses a whole document held in a string.</summary>
    public static RdfGraph Parse(string text, TurtleReaderOptions? options = null) =>
        new TurtleReader(new StringReader(text), options).ReadGraph();

    /// <summary>The triples, lazily, in document order (one pass).</summary>
    public IEnumerable<Triple> ReadTriples()
    {
        StartOnce();
        var batch = new List<Triple>();
        while (_parser.ParseStatement(batch))
        {
            foreach (var triple in batch) yield return triple;
            batch.Clear();
        }
    }

    /// <summary>Pushes every triple to <paramref name="sink"/>; returns how many were read (duplicates included).</summary>
    public long Read(Action<Triple> sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        StartOnce();
        var batch = new List<Triple>();
        long count = 0;
        while (_parser.ParseStatement(batch))
        {
            foreach (var triple in batch) sink(triple);
            count += batch.Count;
            batch.Clear();
        }

        return count;
    }

    /// <summary>Reads the whole document into a graph (duplicates collapse).</summary>
    public RdfGraph ReadGraph()
    {
        var graph = new RdfGraph();
        Read(t => graph.Add(t));
        return graph;
    }

    private void StartOnce()
    {
        if (_started) throw new InvalidOperationException("a TurtleReader reads its input once");
        _started = true;
    }
}
