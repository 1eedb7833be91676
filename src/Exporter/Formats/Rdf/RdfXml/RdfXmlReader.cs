using System.Xml;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// Reads RDF/XML (RDF 1.1 XML Syntax) over <see cref="XmlReader"/>, one top-level node element at a time: DTDs are
/// refused and nothing external is resolved. Relative IRIs are resolved against <c>xml:base</c>, else
/// <see cref="RdfXmlReaderOptions.BaseIri"/>. Blank nodes keep their <c>rdf:nodeID</c>; nodes made for anonymous
/// descriptions, <c>rdf:parseType="Resource"</c> and collections are labelled <c>-bN</c>, which no nodeID can be.
/// Errors throw <see cref="RdfParseException"/> with line and column (RDF0201 not well-formed XML, RDF0202 grammar,
/// RDF0203 bad rdf:ID / rdf:nodeID, RDF0204 relative IRI without base, RDF0205 nesting too deep); triples of
/// earlier top-level descriptions have been yielded by then.
/// </summary>
public sealed class RdfXmlReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly RdfXmlParser _parser;
    private readonly RdfXmlErrors _errors;
    private bool _started;

    /// <summary>Reads from a stream (its encoding from the XML declaration or BOM; UTF-8 by default). The stream is not closed.</summary>
    public RdfXmlReader(Stream input, RdfXmlReaderOptions? options = null)
        : this(XmlReader.Create(input ?? throw new ArgumentNullException(nameof(input)), Settings), options)
    {
    }

    /// <summary>Reads from a text reader. It is not closed.</summary>
    public RdfXmlReader(TextReader input, RdfXmlReaderOptions? options = null)
        : this(XmlReader.Create(input ?? throw new ArgumentNullException(nameof(input)), Settings), options)
    {
    }

    private RdfXmlReader(XmlReader xml, RdfXmlReaderOptions? options)
    {
        options ??= RdfXmlReaderOptions.Default;
        _xml = xml;
        _errors = new RdfXmlErrors(options.SourceName);
        _parser = new RdfXmlParser(xml, options, _errors);
    }

    /// <summary>The XML reader settings: no DTD, no resolver, comments and processing instructions skipped, input left open.</summary>
    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    /// <summary>Parses a whole document held in a string.</summary>
    public static RdfGraph Parse(string text, RdfXmlReaderOptions? options = null)
    {
        using var reader = new RdfXmlReader(new StringReader(text), options);
        return reader.ReadGraph();
    }

    /// <summary>The triples, lazily, in document order (one pass).</summary>
    public IEnumerable<Triple> ReadTriples()
    {
        if (_started) throw new InvalidOperationException("an RdfXmlReader reads its input once");
        _started = true;
        return Iterate();
    }

    /// <summary>Reads the whole document into a graph (duplicates collapse).</summary>
    public RdfGraph ReadGraph()
    {
        var graph = new RdfGraph();
        foreach (var triple in ReadTriples()) graph.Add(triple);
        return graph;
    }

    /// <inheritdoc />
    public void Dispose() => _xml.Dispose();

    private IEnumerable<Triple> Iterate()
    {
        var batch = new List<Triple>();
        while (Next(batch))
        {
            foreach (var triple in batch) yield return triple;
            batch.Clear();
        }
    }

    private bool Next(List<Triple> batch)
    {
        try
        {
            return _parser.ParseNext(batch);
        }
        catch (XmlException e)
        {
            var place = _xml as IXmlLineInfo;
            var line = e.LineNumber > 0 ? e.LineNumber : place?.LineNumber ?? 0;
            var column = e.LineNumber > 0 ? e.LinePosition : place?.LinePosition ?? 0;
            throw _errors.At(line, column, RdfXmlDiagnosticCodes.NotWellFormed, "not well-formed XML: " + e.Message);
        }
    }
}
