using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// The data fields of a record with one tag, or with one of several tags, in record order, as a struct enumerable:
/// <c>foreach</c> over it allocates nothing and calls no interface (the crosswalk asks some forty times a record).
/// Yields what <see cref="MarcRecord.DataFields(string[])"/> yields for those tags.
/// </summary>
internal readonly struct TaggedDataFields
{
    private readonly ImmutableArray<MarcField> _fields;
    private readonly string _tag;
    private readonly string[]? _tags;

    /// <summary>The data fields tagged <paramref name="tag"/>.</summary>
    public TaggedDataFields(ImmutableArray<MarcField> fields, string tag)
    {
        _fields = fields;
        _tag = tag;
    }

    /// <summary>The data fields tagged with one of <paramref name="tags"/> (every data field when there are none).</summary>
    public TaggedDataFields(ImmutableArray<MarcField> fields, string[] tags)
    {
        _fields = fields;
        _tag = "";
        _tags = tags;
    }

    /// <summary>The enumerator <c>foreach</c> uses.</summary>
    public Enumerator GetEnumerator() => new(_fields, _tag, _tags);

    /// <summary>True when the record has a data field with the tag.</summary>
    public bool Any()
    {
        foreach (var _ in this) return true;
        return false;
    }

    /// <summary>
    /// A three-character tag as one number: its three UTF-16 units and the NUL that ends every .NET string (so the
    /// 8 bytes read are the string's own). Every field's tag has three characters (<see cref="MarcField"/> checks).
    /// </summary>
    internal static ulong Key(string tag)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(tag.Length, 3);
        return Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(tag.AsSpan())));
    }

    /// <summary>Walks the fields, stopping at those with the tag (or one of the tags).</summary>
    public struct Enumerator
    {
        private readonly ImmutableArray<MarcField> _fields;
        private readonly string[]? _tags;

        /// <summary>The one tag's <see cref="Key"/>; 0 when it is not three characters long (no field has it).</summary>
        private readonly ulong _key;

        private int _index;

        internal Enumerator(ImmutableArray<MarcField> fields, string tag, string[]? tags)
        {
            _fields = fields;
            _tags = tags;
            _key = tag.Length == 3 ? Key(tag) : 0;
            _index = -1;
            Current = null!;
        }

        /// <summary>The current field.</summary>
        public DataField Current { get; private set; }

        /// <summary>Moves to the next data field with the tag.</summary>
        public bool MoveNext()
        {
            // Locals in the loop (the array, the index, the key): the walk passes some thirty fields per match.
            var fields = ImmutableCollectionsMarshal.AsArray(_fields) ?? [];
            var i = _index;
            if (_tags is null)
            {
                var key = _key;
                while (++i < fields.Length)
                {
                    if (fields[i] is DataField d && key != 0 && Key(d.Tag) == key) return Found(i, d);
                }
            }
            else
            {
                while (++i < fields.Length)
                {
                    if (fields[i] is DataField d && AnyTag(_tags, d.Tag)) return Found(i, d);
                }
            }

            _index = i;
            return false;
        }

        private bool Found(int index, DataField field)
        {
            _index = index;
            Current = field;
            return true;
        }

        private static bool AnyTag(string[] tags, string tag)
        {
            if (tags.Length == 0) return true;
            var key = Key(tag);
            foreach (var t in tags)
            {
                if (t.Length == 3 && Key(t) == key) return true;
            }

            return false;
        }
    }
}
