using System.Collections.Immutable;
using System.Text;

namespace Exporter.Formats.Marc.Model;

/// <summary>
/// A MARC record: a leader and its fields in order (the order is kept as read and written as it is).
/// Lookups in the pymarc style: <c>record["245"]?['a']</c>, <c>record.Fields("600", "650")</c>.
/// </summary>
public sealed record MarcRecord
{
    /// <summary>Creates a record.</summary>
    public MarcRecord(Leader leader, ImmutableArray<MarcField> fields)
    {
        ArgumentNullException.ThrowIfNull(leader);
        Leader = leader;
        AllFields = fields.IsDefault ? [] : fields;
    }

    /// <summary>The leader.</summary>
    public Leader Leader { get; init; }

    /// <summary>Every field in order.</summary>
    public ImmutableArray<MarcField> AllFields { get; init; }

    /// <summary>The first field with this tag, or null.</summary>
    public MarcField? this[string tag]
    {
        get
        {
            foreach (var f in AllFields)
            {
                if (SameTag(f.Tag, tag)) return f;
            }

            return null;
        }
    }

    /// <summary>The value of the first control field with this tag, or null (e.g. <c>ControlValue("001")</c>).</summary>
    public string? ControlValue(string tag) => this[tag] is ControlField c ? c.Value : null;

    /// <summary>The fields whose tag is one of <paramref name="tags"/>, in record order; every field when none given.</summary>
    public IEnumerable<MarcField> Fields(params string[] tags)
    {
        foreach (var f in AllFields)
        {
            if (tags.Length == 0 || AnyTag(tags, f.Tag)) yield return f;
        }
    }

    /// <summary>The data fields whose tag is one of <paramref name="tags"/>, in record order.</summary>
    public IEnumerable<DataField> DataFields(params string[] tags) =>
        tags is [{ Length: 3 } tag] ? DataFieldsTagged(tag[0], tag[1], tag[2]) : DataFieldsAny(tags);

    private IEnumerable<DataField> DataFieldsAny(string[] tags)
    {
        foreach (var f in AllFields)
        {
            if (f is DataField d && (tags.Length == 0 || AnyTag(tags, f.Tag))) yield return d;
        }
    }

    // One three-character tag, the crosswalk's usual question: its characters compared in the loop (what SameTag does for it).
    private IEnumerable<DataField> DataFieldsTagged(char a, char b, char c)
    {
        foreach (var f in AllFields)
        {
            if (f is DataField d && d.Tag is { Length: 3 } t && t[0] == a && t[1] == b && t[2] == c) yield return d;
        }
    }

    /// <summary>Ordinal tag equality, with the usual three-character tags compared without a call (records are scanned by tag many times).</summary>
    private static bool SameTag(string a, string? b) =>
        ReferenceEquals(a, b) || (a.Length == 3 ? b is { Length: 3 } && a[0] == b[0] && a[1] == b[1] && a[2] == b[2] : string.Equals(a, b, StringComparison.Ordinal));

    private static bool AnyTag(string[] tags, string tag)
    {
        foreach (var t in tags)
        {
            if (SameTag(tag, t)) return true;
        }

        return false;
    }

    /// <summary>A builder to make changed copies cheaply.</summary>
    public MarcRecordBuilder ToBuilder() => new(this);

    /// <summary>Value equality: same leader, same fields in the same order.</summary>
    public bool Equals(MarcRecord? other)
    {
        if (other is null || Leader != other.Leader || AllFields.Length != other.AllFields.Length) return false;
        for (var i = 0; i < AllFields.Length; i++)
        {
            if (!Equals(AllFields[i], other.AllFields[i])) return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Leader);
        foreach (var f in AllFields) h.Add(f);
        return h.ToHashCode();
    }

    /// <summary>The record in .mrk-like lines, for people and test failures.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("=LDR  ").Append(Leader.Value.Replace(' ', '\\'));
        foreach (var f in AllFields) sb.Append('\n').Append(f);
        return sb.ToString();
    }
}
