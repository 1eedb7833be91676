using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// One record's graph under construction: the record, its Work and Instance IRIs, and the small helpers every mapping
/// uses (a literal only when there is text, a typed blank node, a typed IRI node with its label). Blank nodes are used
/// where BIBFRAME practice (and marc2bibframe2) uses them: titles, contributions, identifiers, provision activities.
/// </summary>
internal sealed class BibframeGraphContext
{
    private static readonly string[] BlankLabels = [.. Enumerable.Range(0, 512).Select(n => "b" + n.ToString(CultureInfo.InvariantCulture))];

    private int _blank;

    private readonly IDiagnostics _diagnostics;

    /// <summary><c>{base}#</c>, made once for the record's node IRIs.</summary>
    private readonly string _nodePrefix;
    private bool _warnedIllegal;

    /// <summary>A record's context, building into <paramref name="graph"/> (empty).</summary>
    public BibframeGraphContext(MarcRecord record, RecordIdentity identity, IDiagnostics diagnostics, RdfGraph graph)
    {
        _diagnostics = diagnostics;
        Graph = graph;
        Record = record;
        Identity = identity;
        _nodePrefix = identity.Base + "#";
        Work = new Iri(_nodePrefix + "Work");
        Instance = new Iri(_nodePrefix + "Instance");
    }

    public MarcRecord Record { get; }

    public RecordIdentity Identity { get; }

    /// <summary>The graph being built.</summary>
    public RdfGraph Graph { get; }

    public Iri Work { get; }

    public Iri Instance { get; }

    /// <summary>A node IRI of this record: <c>{base}#{name}</c>.</summary>
    public Iri Local(string name) => new(_nodePrefix + name);

    /// <summary>
    /// The node IRI of a field-based entity, as marc2bibframe2 names them (<c>#Agent100-7</c>: tag and 1-based field
    /// position). The position is that of the first field equal to <paramref name="field"/> (value equality: two equal
    /// fields share a node, as ImmutableArray.IndexOf has always found it).
    /// </summary>
    public Iri FieldNode(string kind, MarcField field) =>
        new(string.Create(CultureInfo.InvariantCulture, stackalloc char[128], $"{_nodePrefix}{kind}{field.Tag}-{PositionOf(field) + 1}"));

    /// <summary>What <c>Record.AllFields.IndexOf(field)</c> returns, comparing only fields with its tag (equal fields have equal tags) and the field itself by reference first.</summary>
    internal int PositionOf(MarcField field)
    {
        var fields = Record.AllFields;
        var tag = field.Tag;
        for (var i = 0; i < fields.Length; i++)
        {
            var f = fields[i];
            if (ReferenceEquals(f, field)) return i;
            var t = f.Tag;
            if (t[0] == tag[0] && t[1] == tag[1] && t[2] == tag[2] && f.Equals(field)) return i;
        }

        return -1;
    }

    public void Add(RdfTerm subject, Iri predicate, RdfTerm obj) => Graph.Add(subject, predicate, obj is Literal literal ? Writable(literal) : obj);

    /// <summary>Adds a plain literal when <paramref name="value"/> has text.</summary>
    public void Text(RdfTerm subject, Iri predicate, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) Add(subject, predicate, new Literal(value));
    }

    /// <summary>Adds a literal in <paramref name="language"/> when <paramref name="value"/> has text (880 values).</summary>
    public void Text(RdfTerm subject, Iri predicate, string? value, string? language)
    {
        if (!string.IsNullOrWhiteSpace(value)) Add(subject, predicate, new Literal(value, language: language));
    }

    /// <summary>The 880 linked to <paramref name="field"/> and the language tag of its values, or nulls (see <see cref="AlternateScript"/>).</summary>
    public (DataField? Field, string? Language) Alternate(DataField field)
    {
        var f880 = AlternateScript.Linked(Record, field);
        return f880 is null ? (null, null) : (f880, AlternateScript.Language(Record, f880));
    }

    /// <summary>Adds a typed literal when <paramref name="value"/> has text.</summary>
    public void Typed(RdfTerm subject, Iri predicate, string? value, string datatype)
    {
        if (!string.IsNullOrWhiteSpace(value)) Add(subject, predicate, new Literal(value, datatype));
    }

    /// <summary>A new blank node of class <paramref name="type"/>, linked from <paramref name="subject"/> by <paramref name="predicate"/>.</summary>
    public BlankNode Node(RdfTerm subject, Iri predicate, Iri type)
    {
        var node = new BlankNode(BlankLabel(++_blank));
        Graph.Add(subject, predicate, node);
        Graph.Add(node, RdfType, type);
        return node;
    }

    /// <summary>A new untyped blank node (list cells).</summary>
    public BlankNode Blank() => new(BlankLabel(++_blank));

    /// <summary>The label of the n-th blank node, <c>b{n}</c>: the first 512 are made once for every record.</summary>
    private static string BlankLabel(int n) => n < BlankLabels.Length ? BlankLabels[n] : "b" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Links <paramref name="subject"/> to a controlled-vocabulary IRI of class <paramref name="type"/>, with its label.</summary>
    public void Term(RdfTerm subject, Iri predicate, string iri, Iri type, string? label, Iri? labelProperty = null)
    {
        var node = new Iri(iri);
        Graph.Add(subject, predicate, node);
        Graph.Add(node, RdfType, type);
        Text(node, labelProperty ?? RdfsLabel, label);
    }

    /// <summary>The data fields with one of these tags, in record order.</summary>
    public TaggedDataFields Fields(params string[] tags) => new(Record.AllFields, tags);

    /// <summary>The data fields with this tag, in record order (the common case, without the tag array and its search).</summary>
    public TaggedDataFields Fields(string tag) => new(Record.AllFields, tag);

    /// <summary>The 008 value, or an empty string.</summary>
    public string Fixed008 => Record.ControlValue("008") ?? "";

    /// <summary>
    /// The literal with every character an RDF syntax cannot carry (XML 1.0 forbids C0 controls other than tab, LF and
    /// CR, lone surrogates, U+FFFE and U+FFFF; damaged MARC has subfield delimiters inside control fields) replaced by
    /// U+FFFD, with one warning per record, so that the record is written in every syntax instead of rejected.
    /// </summary>
    private Literal Writable(Literal literal)
    {
        var text = XmlUtf8Escaper.ReplaceIllegal(literal.Lexical);
        if (ReferenceEquals(text, literal.Lexical)) return literal;
        if (!_warnedIllegal)
        {
            _warnedIllegal = true;
            _diagnostics.Report(new Diagnostic(BibframeDiagnosticCodes.IllegalCharacter, Severity.Warning,
                "characters RDF/XML cannot carry (control characters, lone surrogates) were replaced by U+FFFD in BIBFRAME literals"));
        }

        return new Literal(text, literal.Language is null ? literal.Datatype : null, literal.Language);
    }
}
