namespace Exporter.Formats.Rdf;

/// <summary>
/// A set of triples that keeps insertion order (so serialisations are deterministic) and ignores duplicates.
/// One record's graph is small; writers stream graph by graph, never a whole catalog at once.
/// </summary>
/// <remarks>
/// Duplicates are found with an open-addressing table of positions in the triple list, hashed by
/// <see cref="Hash"/> (a literal by its length and end characters, not its whole text: the crosswalks add a
/// hundred-odd triples per record and long literals) and compared with <see cref="Triple.Equals(Triple)"/>: the
/// same set as a <c>HashSet&lt;Triple&gt;</c> keeps, without its comparer calls and without a Triple made for a
/// duplicate.
/// </remarks>
public sealed class RdfGraph
{
    /// <summary>A graph emptied by <see cref="Clear"/> keeps its storage up to this many triples (one record's graph is far smaller).</summary>
    private const int MaxKeptCapacity = 1024;

    private const int MinSlots = 16;

    private List<Triple> _triples;

    /// <summary>Open addressing, a power of two long and at most half full: 0 for a free slot, else 1 + the triple's position.</summary>
    private int[] _slots;

    /// <summary>The hash of the triple in each used slot (most probes of a different triple end here).</summary>
    private int[] _slotHashes;

    /// <summary>An empty graph.</summary>
    public RdfGraph()
    {
        _triples = [];
        _slots = new int[MinSlots];
        _slotHashes = new int[MinSlots];
    }

    /// <summary>An empty graph with room for <paramref name="capacity"/> triples before it grows (a crosswalk that knows its graphs' usual size).</summary>
    internal RdfGraph(int capacity)
    {
        _triples = new List<Triple>(capacity);
        var slots = SlotsFor(capacity);
        _slots = new int[slots];
        _slotHashes = new int[slots];
    }

    /// <summary>The triples in insertion order.</summary>
    public IReadOnlyList<Triple> Triples => _triples;

    /// <summary>Number of distinct triples.</summary>
    public int Count => _triples.Count;

    /// <summary>Adds a triple; returns false when it was already present.</summary>
    public bool Add(Triple triple)
    {
        ArgumentNullException.ThrowIfNull(triple);
        var hash = Hash(triple.Subject, triple.Predicate, triple.Object);
        if (Find(triple.Subject, triple.Predicate, triple.Object, hash, out var slot)) return false;
        Insert(triple, hash, slot);
        return true;
    }

    /// <summary>Adds a triple built from its parts (built only when it is new).</summary>
    public bool Add(RdfTerm subject, Iri predicate, RdfTerm obj)
    {
        var hash = Hash(subject, predicate, obj);
        if (Find(subject, predicate, obj, hash, out var slot)) return false;
        Insert(new Triple(subject, predicate, obj), hash, slot);
        return true;
    }

    /// <summary>True when the graph holds the triple.</summary>
    public bool Contains(Triple triple) =>
        triple is not null && Find(triple.Subject, triple.Predicate, triple.Object, Hash(triple.Subject, triple.Predicate, triple.Object), out _);

    /// <summary>Removes every triple, keeping the storage for the next graph (unless an unusually large graph grew it).</summary>
    internal void Clear()
    {
        if (_triples.Capacity > MaxKeptCapacity)
        {
            _triples = [];
            _slots = new int[MinSlots];
            _slotHashes = new int[MinSlots];
            return;
        }

        if (_triples.Count == 0) return;
        _triples.Clear();
        Array.Clear(_slots);
    }

    /// <summary>
    /// A hash consistent with <see cref="Triple.Equals(Triple)"/>: the terms' own hashes (cached in IRIs and blank
    /// nodes), but for a literal only its length and end characters (<see cref="LiteralHash"/>; equal literals have equal text).
    /// </summary>
    internal static int Hash(RdfTerm subject, Iri predicate, RdfTerm obj)
    {
        var h = (uint)subject.GetHashCode() * 0x9E3779B1u ^ (uint)predicate.GetHashCode();
        h = h * 0x9E3779B1u ^ (uint)(obj is Literal literal ? LiteralHash(literal.Lexical) : obj.GetHashCode());
        h *= 0x9E3779B1u;
        return (int)(h ^ (h >> 15));
    }

    /// <summary>
    /// A literal's length, first character and last (up to) <see cref="LiteralHashTail"/> characters: constant work
    /// for a long summary, yet numbered or dated values ("v. 1" ... "v. 120", "1999-01-01" ...), which differ near
    /// their end, spread over the table instead of sharing one probe chain in a large parsed graph.
    /// </summary>
    private static int LiteralHash(string lexical)
    {
        if (lexical.Length == 0) return 0;
        var h = ((uint)lexical.Length * 65599u) ^ lexical[0];
        foreach (var c in lexical.AsSpan(Math.Max(0, lexical.Length - LiteralHashTail))) h = (h ^ c) * 16777619u;
        return (int)h;
    }

    private const int LiteralHashTail = 8;

    /// <summary>True when an equal triple is in the graph; else <paramref name="slot"/> is the free slot to put it in.</summary>
    private bool Find(RdfTerm subject, Iri predicate, RdfTerm obj, int hash, out int slot)
    {
        var mask = _slots.Length - 1;
        var i = hash & mask;
        while (true)
        {
            var entry = _slots[i];
            if (entry == 0)
            {
                slot = i;
                return false;
            }

            if (_slotHashes[i] == hash)
            {
                var t = _triples[entry - 1];
                if (t.Subject.Equals(subject) && t.Predicate.Equals(predicate) && t.Object.Equals(obj))
                {
                    slot = i;
                    return true;
                }
            }

            i = (i + 1) & mask;
        }
    }

    private void Insert(Triple triple, int hash, int slot)
    {
        _triples.Add(triple);
        _slots[slot] = _triples.Count;
        _slotHashes[slot] = hash;
        if (_triples.Count * 2 > _slots.Length) Grow();
    }

    /// <summary>Doubles the table, putting every triple back by its kept hash.</summary>
    private void Grow()
    {
        var oldSlots = _slots;
        var oldHashes = _slotHashes;
        _slots = new int[oldSlots.Length * 2];
        _slotHashes = new int[oldSlots.Length * 2];
        var mask = _slots.Length - 1;
        for (var j = 0; j < oldSlots.Length; j++)
        {
            if (oldSlots[j] == 0) continue;
            var i = oldHashes[j] & mask;
            while (_slots[i] != 0) i = (i + 1) & mask;
            _slots[i] = oldSlots[j];
            _slotHashes[i] = oldHashes[j];
        }
    }

    /// <summary>The table length for <paramref name="capacity"/> triples: a power of two, at least twice it.</summary>
    private static int SlotsFor(int capacity)
    {
        var slots = MinSlots;
        while (slots < capacity * 2) slots *= 2;
        return slots;
    }
}
