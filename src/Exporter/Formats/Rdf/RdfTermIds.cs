namespace Exporter.Formats.Rdf;

/// <summary>
/// Dense ids for RDF terms: 0, 1, 2... in order of first <see cref="GetOrAdd"/>, terms equal exactly when
/// <see cref="RdfTermComparer"/> says so. An open-addressing table of its own rather than a
/// <c>Dictionary&lt;RdfTerm, int&gt;</c>: a look-up costs the term's (cached) hash and, mostly, one reference
/// comparison, with no comparer interface call; the ids index the caller's plain arrays. Held to a dictionary by
/// RdfTermIdsTests. Reusable, not thread-safe.
/// </summary>
internal sealed class RdfTermIds
{
    private const int InitialSlots = 64;

    /// <summary>A table grown past this many slots (an unusually large graph) is dropped by <see cref="Clear"/>.</summary>
    private const int MaxKeptSlots = 1 << 14;

    private RdfTerm[] _terms = new RdfTerm[InitialSlots / 2];
    private int[] _hashes = new int[InitialSlots / 2];

    /// <summary>Id + 1 of the term in each slot, 0 for an empty slot; at most half full.</summary>
    private int[] _slots = new int[InitialSlots];

    private int _shift = 32 - 6;

    /// <summary>The number of terms.</summary>
    public int Count { get; private set; }

    /// <summary>The term with id <paramref name="id"/>.</summary>
    public RdfTerm this[int id] => _terms[id];

    /// <summary>The id of <paramref name="term"/>, or -1 when it has none.</summary>
    public int IdOf(RdfTerm term)
    {
        var hash = term.GetHashCode();
        var mask = _slots.Length - 1;
        for (var i = Home(hash); ; i = (i + 1) & mask)
        {
            var id = _slots[i] - 1;
            if (id < 0) return -1;
            if (_hashes[id] == hash && Same(_terms[id], term)) return id;
        }
    }

    /// <summary>The id of <paramref name="term"/>, given the next one when it has none yet (<paramref name="added"/>).</summary>
    public int GetOrAdd(RdfTerm term, out bool added)
    {
        var hash = term.GetHashCode();
        var mask = _slots.Length - 1;
        var i = Home(hash);
        for (; ; i = (i + 1) & mask)
        {
            var id = _slots[i] - 1;
            if (id < 0) break;
            if (_hashes[id] == hash && Same(_terms[id], term))
            {
                added = false;
                return id;
            }
        }

        added = true;
        var next = Count;
        if (next == _terms.Length)
        {
            Grow();
            return GetOrAdd(term, out added);
        }

        _terms[next] = term;
        _hashes[next] = hash;
        _slots[i] = next + 1;
        Count = next + 1;
        return next;
    }

    /// <summary>Forgets every term (keeping the storage unless an unusually large graph grew it).</summary>
    public void Clear()
    {
        if (_slots.Length > MaxKeptSlots)
        {
            _terms = new RdfTerm[InitialSlots / 2];
            _hashes = new int[InitialSlots / 2];
            _slots = new int[InitialSlots];
            _shift = 32 - 6;
        }
        else
        {
            Array.Clear(_slots);
            Array.Clear(_terms, 0, Count);
        }

        Count = 0;
    }

    private static bool Same(RdfTerm x, RdfTerm y) => ReferenceEquals(x, y) || x.Equals(y);

    /// <summary>Fibonacci hashing: the top bits of the product, so hashes that differ only in high bits (or all odd, as IRIs') spread.</summary>
    private int Home(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private void Grow()
    {
        var size = _terms.Length * 2;
        Array.Resize(ref _terms, size);
        Array.Resize(ref _hashes, size);
        _slots = new int[size * 2];
        _shift--;
        var mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var i = Home(_hashes[id]);
            while (_slots[i] != 0) i = (i + 1) & mask;
            _slots[i] = id + 1;
        }
    }
}
