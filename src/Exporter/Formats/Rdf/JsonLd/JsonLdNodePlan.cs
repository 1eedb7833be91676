using Exporter.Diagnostics;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// The shape of one graph as compact JSON-LD, decided (and validated) before a byte is written: which subjects are
/// top-level node objects, which blank nodes are embedded where they are referenced, what each key is.
/// A blank node referenced exactly once is embedded (up to <see cref="MaxEmbedDepth"/> levels); cycles and deeper
/// chains get a label. Reused from graph to graph by one writer.
/// </summary>
internal sealed class JsonLdNodePlan(JsonLdCompactor compactor)
{
    /// <summary>Deepest embedding; beyond it blank nodes become labelled top-level nodes (keeps output readable for depth-limited readers).</summary>
    public const int MaxEmbedDepth = 32;

    private readonly Dictionary<RdfTerm, Subject> _subjects = [];
    private readonly List<Subject> _subjectOrder = [];
    private readonly Dictionary<BlankNode, int> _references = [];
    private readonly HashSet<BlankNode> _assigned = [];

    /// <summary>The subject the last triple validated had (the same instance needs no second check).</summary>
    private RdfTerm? _checkedSubject;

    /// <summary>Blank nodes written nested inside their only referrer.</summary>
    public HashSet<BlankNode> Embedded { get; } = [];

    /// <summary>Top-level subjects in output order.</summary>
    public List<RdfTerm> Roots { get; } = [];

    /// <summary>How often each blank node is an object.</summary>
    public int References(BlankNode node) => _references.GetValueOrDefault(node);

    /// <summary>The grouped properties of a subject, or null for a node that is only an object.</summary>
    public Subject? Find(RdfTerm node) => _subjects.GetValueOrDefault(node);

    /// <summary>Plans a graph. Throws <see cref="RecordWriteException"/> when something in it cannot be written.</summary>
    public void Build(RdfGraph graph, long recordIndex)
    {
        Clear();
        foreach (var t in graph.Triples)
        {
            Validate(t, recordIndex);
            if (!_subjects.TryGetValue(t.Subject, out var subject))
            {
                subject = new Subject(t.Subject);
                _subjects.Add(t.Subject, subject);
                _subjectOrder.Add(subject);
            }

            if (t.Predicate.Value == RdfNames.Type && t.Object is Iri type) subject.Types.Add(compactor.Vocab(type.Value)!);
            else subject.Add(t.Predicate, compactor.Property(t.Predicate.Value)!, t.Object);
            if (t.Object is BlankNode b) _references[b] = _references.GetValueOrDefault(b) + 1;
        }

        foreach (var s in _subjectOrder)
        {
            if (!IsCandidate(s.Node)) AddRoot(s.Node);
        }

        var next = 0;
        var scan = 0;
        while (true)
        {
            for (; next < Roots.Count; next++) Mark(Roots[next], 0);
            while (scan < _subjectOrder.Count && (_subjectOrder[scan].Node is not BlankNode b || _assigned.Contains(b))) scan++;
            if (scan == _subjectOrder.Count) break;
            AddRoot(_subjectOrder[scan].Node); // a cycle of blank nodes referenced once each: label one of them
        }
    }

    private bool IsCandidate(RdfTerm node) => node is BlankNode b && _references.GetValueOrDefault(b) == 1;

    private void AddRoot(RdfTerm node)
    {
        Roots.Add(node);
        if (node is BlankNode b) _assigned.Add(b);
    }

    private void Mark(RdfTerm node, int depth)
    {
        if (!_subjects.TryGetValue(node, out var subject)) return;
        foreach (var p in subject.Properties)
        {
            foreach (var value in p.Values)
            {
                if (value is not BlankNode b || !IsCandidate(b) || _assigned.Contains(b)) continue;
                if (depth + 1 > MaxEmbedDepth)
                {
                    AddRoot(b);
                    continue;
                }

                _assigned.Add(b);
                Embedded.Add(b);
                Mark(b, depth + 1);
            }
        }
    }

    private void Validate(Triple t, long recordIndex)
    {
        if (!ReferenceEquals(t.Subject, _checkedSubject))                                    // a subject's triples mostly follow each other: check it once per run of them
        {
            if (t.Subject is Iri s && !compactor.IsSafeId(s.Value)) throw Unwritable(JsonLdDiagnosticCodes.UnwritableIri, $"subject IRI <{s.Value}> cannot be written", t, recordIndex);
            _checkedSubject = t.Subject;
        }

        if (t.Predicate.Value == RdfNames.Type && t.Object is Iri type)
        {
            if (compactor.Vocab(type.Value) is null) throw Unwritable(JsonLdDiagnosticCodes.UnwritableIri, $"type IRI <{type.Value}> cannot be written", t, recordIndex);
            return;
        }

        if (compactor.Property(t.Predicate.Value) is null) throw Unwritable(JsonLdDiagnosticCodes.UnwritableIri, $"property IRI <{t.Predicate.Value}> cannot be written", t, recordIndex);
        switch (t.Object)
        {
            case Iri o when !compactor.IsSafeId(o.Value):
                throw Unwritable(JsonLdDiagnosticCodes.UnwritableIri, $"object IRI <{o.Value}> cannot be written", t, recordIndex);
            case Literal l when !JsonLdIri.IsValidUtf16(l.Lexical):
                throw Unwritable(JsonLdDiagnosticCodes.InvalidString, "literal holds a lone surrogate (not Unicode text)", t, recordIndex);
            case Literal { Language: { } lang } when !JsonLdLexical.IsLanguageTag(lang):
                throw Unwritable(JsonLdDiagnosticCodes.InvalidLanguageTag, $"language tag '{lang}' is not well-formed", t, recordIndex);
            case Literal { Language: null } l when l.Datatype != Literal.XsdString && compactor.Vocab(l.Datatype) is null:
                throw Unwritable(JsonLdDiagnosticCodes.UnwritableIri, $"datatype IRI <{l.Datatype}> cannot be written", t, recordIndex);
        }
    }

    private static RecordWriteException Unwritable(string code, string message, Triple t, long recordIndex) =>
        new(new Diagnostic(code, Severity.Error, message + "; nothing of the record was written") { RecordIndex = recordIndex, Field = t.Predicate.Value });

    private void Clear()
    {
        _checkedSubject = null;
        _subjects.Clear();
        _subjectOrder.Clear();
        _references.Clear();
        _assigned.Clear();
        Embedded.Clear();
        Roots.Clear();
    }

    /// <summary>One subject: its compacted types and its properties in first-seen order.</summary>
    internal sealed class Subject(RdfTerm node)
    {
        public RdfTerm Node { get; } = node;

        public List<string> Types { get; } = [];

        public List<Property> Properties { get; } = [];

        public void Add(Iri predicate, string key, RdfTerm value)
        {
            foreach (var p in Properties)
            {
                if (p.Predicate.Equals(predicate))
                {
                    p.Values.Add(value);
                    return;
                }
            }

            var created = new Property(predicate, key);
            created.Values.Add(value);
            Properties.Add(created);
        }
    }

    /// <summary>One property of a subject with its values in graph order.</summary>
    internal sealed class Property(Iri predicate, string key)
    {
        public Iri Predicate { get; } = predicate;

        public string Key { get; } = key;

        public List<RdfTerm> Values { get; } = [];
    }
}
