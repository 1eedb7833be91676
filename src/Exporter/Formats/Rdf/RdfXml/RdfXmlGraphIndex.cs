namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// One graph laid out for <see cref="RdfXmlGraphFormatter"/>: dense node ids (<see cref="RdfTermIds"/>) for its
/// subjects and blank-node objects, the subjects in order of first appearance, and every subject's triples in one
/// array, contiguous and in graph order (a stable counting sort), each with its predicate id, its blank object's node
/// id, and a link to the subject's next triple with the same predicate (so a predicate group is walked, not searched
/// for). Per node: the triple its element name comes from, when it has one. Held to a LINQ grouping of the triples by
/// RdfXmlGraphIndexTests. Reusable, not thread-safe.
/// </summary>
internal sealed class RdfXmlGraphIndex
{
    private const int InitialTriples = 256;
    private const int InitialNodes = 64;

    /// <summary>Arrays grown past these sizes (an unusually large graph) are dropped by <see cref="Clear"/>.</summary>
    private const int MaxKeptTriples = 1 << 14;

    private const int MaxKeptNodes = 1 << 12;

    private readonly RdfTermIds _nodes = new();

    // Per triple in graph order, as added.
    private Triple[] _added = new Triple[InitialTriples];
    private int[] _addedSubject = new int[InitialTriples];
    private int[] _addedPredicate = new int[InitialTriples];
    private int[] _addedObject = new int[InitialTriples];

    // Per triple, grouped by subject (positions).
    private Triple[] _triples = new Triple[InitialTriples];
    private int[] _predicates = new int[InitialTriples];
    private int[] _objects = new int[InitialTriples];
    private int[] _next = new int[InitialTriples];
    private bool[] _heads = new bool[InitialTriples];

    // Per node.
    private int[] _start = new int[InitialNodes];
    private int[] _count = new int[InitialNodes];
    private int[] _typeGroup = new int[InitialNodes];
    private Triple?[] _elementTriple = new Triple?[InitialNodes];
    private RdfXmlQName?[] _elementName = new RdfXmlQName?[InitialNodes];

    // Per predicate id: the subject (stamp) whose triples last used it, and where.
    private int[] _predicateStamp = [];
    private int[] _predicateLast = [];
    private int _stamp;

    private int[] _subjects = new int[InitialNodes];
    private int _subjectCount;
    private int _tripleCount;
    private RdfTerm? _lastSubject;
    private int _lastSubjectId;

    /// <summary>The number of nodes (subjects and blank-node objects).</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>The number of triples.</summary>
    public int TripleCount => _tripleCount;

    /// <summary>The subjects' node ids, in order of first appearance.</summary>
    public ReadOnlySpan<int> Subjects => _subjects.AsSpan(0, _subjectCount);

    /// <summary>The term of node <paramref name="node"/>.</summary>
    public RdfTerm Node(int node) => _nodes[node];

    /// <summary>The position of the first triple of subject <paramref name="node"/> (its triples follow, in graph order).</summary>
    public int Start(int node) => _start[node];

    /// <summary>The number of triples of subject <paramref name="node"/> (0 for a node only used as object).</summary>
    public int Count(int node) => _count[node];

    /// <summary>The position of the first rdf:type triple of subject <paramref name="node"/>, or -1.</summary>
    public int TypeGroup(int node) => _typeGroup[node];

    /// <summary>The triple at <paramref name="position"/>.</summary>
    public Triple TripleAt(int position) => _triples[position];

    /// <summary>The predicate id of the triple at <paramref name="position"/>.</summary>
    public int PredicateAt(int position) => _predicates[position];

    /// <summary>The node id of the blank-node object of the triple at <paramref name="position"/>, or -1 when its object is not a blank node.</summary>
    public int ObjectAt(int position) => _objects[position];

    /// <summary>True when the triple at <paramref name="position"/> is the first of its subject with its predicate.</summary>
    public bool IsGroupHead(int position) => _heads[position];

    /// <summary>The position of the subject's next triple with the same predicate, or -1.</summary>
    public int NextInGroup(int position) => _next[position];

    /// <summary>The rdf:type triple whose object names the element of subject <paramref name="node"/>, or null.</summary>
    public Triple? ElementTriple(int node) => _elementTriple[node];

    /// <summary>The element name of subject <paramref name="node"/>, or null (rdf:Description).</summary>
    public RdfXmlQName? ElementName(int node) => _elementName[node];

    /// <summary>Forgets the graph (keeping the storage unless an unusually large graph grew it).</summary>
    public void Clear()
    {
        if (_added.Length > MaxKeptTriples)
        {
            _added = new Triple[InitialTriples];
            Array.Resize(ref _addedSubject, InitialTriples);
            Array.Resize(ref _addedPredicate, InitialTriples);
            Array.Resize(ref _addedObject, InitialTriples);
            _triples = new Triple[InitialTriples];
            Array.Resize(ref _predicates, InitialTriples);
            Array.Resize(ref _objects, InitialTriples);
            Array.Resize(ref _next, InitialTriples);
            Array.Resize(ref _heads, InitialTriples);
        }
        else
        {
            Array.Clear(_added, 0, _tripleCount);
            Array.Clear(_triples, 0, _tripleCount);
        }

        if (_count.Length > MaxKeptNodes)
        {
            _start = new int[InitialNodes];
            _count = new int[InitialNodes];
            _typeGroup = new int[InitialNodes];
            _elementTriple = new Triple?[InitialNodes];
            _elementName = new RdfXmlQName?[InitialNodes];
        }
        else
        {
            Array.Clear(_elementTriple, 0, _nodes.Count);
            Array.Clear(_elementName, 0, _nodes.Count);
        }

        _nodes.Clear();
        _subjectCount = 0;
        _tripleCount = 0;
        _lastSubject = null;
    }

    /// <summary>Adds a triple whose predicate has id <paramref name="predicate"/> (ids of the caller's, below the count given to <see cref="Build"/>); returns its subject's node id.</summary>
    public int Add(Triple t, int predicate)
    {
        int subject;
        if (ReferenceEquals(t.Subject, _lastSubject))
        {
            subject = _lastSubjectId;
        }
        else
        {
            subject = NodeId(t.Subject);
            if (_count[subject] == 0) AddSubject(subject); // counts are per graph until Build
            _lastSubject = t.Subject;
            _lastSubjectId = subject;
        }

        var k = _tripleCount;
        if (k == _added.Length) GrowTriples();
        _added[k] = t;
        _addedSubject[k] = subject;
        _addedPredicate[k] = predicate;
        _addedObject[k] = t.Object is BlankNode b ? NodeId(b) : -1;
        _count[subject]++;
        _tripleCount = k + 1;
        return subject;
    }

    /// <summary>Names the element of subject <paramref name="node"/> after the rdf:type triple <paramref name="t"/>.</summary>
    public void SetElementType(int node, Triple t, RdfXmlQName name)
    {
        _elementTriple[node] = t;
        _elementName[node] = name;
    }

    /// <summary>Groups the added triples by subject and links each subject's triples with equal predicates; <paramref name="typePredicate"/>: the id of rdf:type.</summary>
    public void Build(int typePredicate, int predicateCount)
    {
        if (_predicateStamp.Length < predicateCount)
        {
            var size = Math.Max(predicateCount, _predicateStamp.Length * 2);
            _predicateStamp = new int[size];
            _predicateLast = new int[size];
            _stamp = 0;
        }

        var next = 0;
        foreach (var s in Subjects)
        {
            _start[s] = next;
            next += _count[s];
        }

        for (var k = 0; k < _tripleCount; k++)
        {
            var s = _addedSubject[k];
            var pos = _start[s]++;
            _triples[pos] = _added[k];
            _predicates[pos] = _addedPredicate[k];
            _objects[pos] = _addedObject[k];
        }

        foreach (var s in Subjects)
        {
            var end = _start[s];
            var start = end - _count[s];
            _start[s] = start;
            Link(s, start, end, typePredicate);
        }
    }

    private void Link(int subject, int start, int end, int typePredicate)
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_predicateStamp);
            _stamp = 1;
        }

        var stamp = _stamp;
        _typeGroup[subject] = -1;
        for (var pos = start; pos < end; pos++)
        {
            var p = _predicates[pos];
            _next[pos] = -1;
            if (_predicateStamp[p] != stamp)
            {
                _predicateStamp[p] = stamp;
                _heads[pos] = true;
                if (p == typePredicate) _typeGroup[subject] = pos;
            }
            else
            {
                _heads[pos] = false;
                _next[_predicateLast[p]] = pos;
            }

            _predicateLast[p] = pos;
        }
    }

    private int NodeId(RdfTerm term)
    {
        var id = _nodes.GetOrAdd(term, out var added);
        if (added)
        {
            if (id == _count.Length) GrowNodes();
            _count[id] = 0;
            _start[id] = 0;
            _typeGroup[id] = -1;
        }

        return id;
    }

    private void AddSubject(int node)
    {
        if (_subjectCount == _subjects.Length) Array.Resize(ref _subjects, _subjects.Length * 2);
        _subjects[_subjectCount++] = node;
    }

    private void GrowNodes()
    {
        var size = _count.Length * 2;
        Array.Resize(ref _start, size);
        Array.Resize(ref _count, size);
        Array.Resize(ref _typeGroup, size);
        Array.Resize(ref _elementTriple, size);
        Array.Resize(ref _elementName, size);
    }

    private void GrowTriples()
    {
        var size = _added.Length * 2;
        Array.Resize(ref _added, size);
        Array.Resize(ref _addedSubject, size);
        Array.Resize(ref _addedPredicate, size);
        Array.Resize(ref _addedObject, size);
        Array.Resize(ref _triples, size);
        Array.Resize(ref _predicates, size);
        Array.Resize(ref _objects, size);
        Array.Resize(ref _next, size);
        Array.Resize(ref _heads, size);
    }
}
