using System.Collections.Immutable;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// The data fields of a record with one tag, in record order, as a struct enumerable: <c>foreach</c> over it
/// allocates nothing and calls no interface (the crosswalk asks some forty times a record). Yields what
/// <see cref="MarcRecord.DataFields(string[])"/> yields for that one tag.
/// </summary>
internal readonly struct TaggedDataFields(ImmutableArray<MarcField> fields, string tag)
{
    /// <summary>The enumerator <c>foreach</c> uses.</summary>
    public Enumerator GetEnumerator() => new(fields, tag);

    /// <summary>True when the record has a data field with the tag.</summary>
    public bool Any()
    {
        foreach (var _ in this) return true;
        return false;
    }

    /// <summary>Walks the fields, stopping at those with the tag.</summary>
    public struct Enumerator(ImmutableArray<MarcField> fields, string tag)
    {
        private int _index = -1;

        /// <summary>The current field.</summary>
        public DataField Current { get; private set; } = null!;

        /// <summary>Moves to the next data field with the tag.</summary>
        public bool MoveNext()
        {
            while (++_index < fields.Length)
            {
                if (fields[_index] is DataField d && SameTag(d.Tag, tag))
                {
                    Current = d;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Ordinal equality, the usual three-character tags compared character by character (cheaper than a call to string.Equals).</summary>
        private static bool SameTag(string a, string b) =>
            a.Length == 3 && b.Length == 3 ? a[0] == b[0] && a[1] == b[1] && a[2] == b[2] : string.Equals(a, b, StringComparison.Ordinal);
    }
}
