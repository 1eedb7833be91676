namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Groups a stream of statements into records, as our writers emit them: each record's statements together, its
/// IRI subjects under one document IRI, statements about blank nodes and shared vocabulary terms
/// (<see cref="ILinkedDataVocabulary.IsSharedTerm"/>) only belonging to the record being read. A
/// statement's key is the document IRI of its first IRI subject. The first group decides the mode: when it holds
/// a record root (<see cref="ILinkedDataVocabulary.IsRecordRoot"/>) under its key, groups are records (streaming, memory bounded by one
/// record); otherwise the input was written by someone else and the whole document is one record.
/// </summary>
internal sealed class StatementGrouper(long maxBytes, ILinkedDataVocabulary vocabulary)
{
    private readonly HashSet<BlankNode> _referenced = [];
    private List<Triple> _current = [];
    private string? _key;
    private int _line;
    private long _bytes;
    private bool _hasEdition;
    private bool _stray;
    private Mode _mode;

    private enum Mode
    {
        Unknown,
        Grouped,
        Whole,
    }

    /// <summary>True once the input turned out not to be grouped by record.</summary>
    public bool WholeDocument => _mode == Mode.Whole;

    /// <summary>Adds one statement's triples; returns the record this statement closed, if any.</summary>
    public RecordGroup? Add(IReadOnlyList<Triple> statement, int line)
    {
        if (statement.Count == 0) return null;
        string? key = null;
        var shared = statement[0].Subject is Iri first && vocabulary.IsSharedTerm(first);
        for (var i = 0; i < statement.Count && key is null && !shared; i++) key = RecordGrouping.DocumentOf(statement[i].Subject);
        RecordGroup? closed = null;
        if (_mode != Mode.Whole && key is not null && _key is not null && key != _key)
        {
            if (_mode == Mode.Grouped || _hasEdition)
            {
                _mode = Mode.Grouped;
                closed = Close();
            }
            else
            {
                _mode = Mode.Whole;
            }
        }

        if (_current.Count == 0) _line = line;
        _key ??= key;
        if (key is null && !shared && _mode != Mode.Whole && !_referenced.Contains((BlankNode)statement[0].Subject)) _stray = true;
        foreach (var t in statement)
        {
            if (t.Object is BlankNode b && _mode != Mode.Whole) _referenced.Add(b);
            if (_bytes <= maxBytes) _current.Add(t);
            _bytes += RecordGrouping.ApproximateBytes(t);
            if (!_hasEdition && vocabulary.IsRecordRoot(t) && RecordGrouping.DocumentOf(t.Subject) == _key) _hasEdition = true;
        }

        return closed;
    }

    /// <summary>The last record (or the whole document), or null when nothing is left.</summary>
    public RecordGroup? Finish() => _current.Count == 0 ? null : Close();

    private RecordGroup Close()
    {
        var group = new RecordGroup(_current, _line, _bytes > maxBytes) { StrayBlankNodes = _stray && _mode == Mode.Grouped };
        _current = [];
        _referenced.Clear();
        _stray = false;
        _key = null;
        _bytes = 0;
        _hasEdition = false;
        return group;
    }
}
