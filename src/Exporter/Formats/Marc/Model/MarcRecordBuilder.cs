using System.Collections.Immutable;

namespace Exporter.Formats.Marc.Model;

/// <summary>Builds a <see cref="MarcRecord"/> field by field. Not thread-safe; reusable after <see cref="Build"/>.</summary>
public sealed class MarcRecordBuilder
{
    private readonly ImmutableArray<MarcField>.Builder _fields;

    /// <summary>Starts an empty record with <see cref="Leader.Default"/>.</summary>
    public MarcRecordBuilder()
    {
        _fields = ImmutableArray.CreateBuilder<MarcField>();
    }

    /// <summary>Starts from a copy of a record.</summary>
    public MarcRecordBuilder(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Leader = record.Leader;
        _fields = record.AllFields.ToBuilder();
    }

    /// <summary>The leader to use.</summary>
    public Leader Leader { get; set; } = Leader.Default;

    /// <summary>The fields so far (editable list).</summary>
    public IList<MarcField> Fields => _fields;

    /// <summary>Appends a field.</summary>
    public MarcRecordBuilder Add(MarcField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        _fields.Add(field);
        return this;
    }

    /// <summary>Appends a control field.</summary>
    public MarcRecordBuilder AddControl(string tag, string value) => Add(new ControlField(tag, value));

    /// <summary>Appends a data field given as code/value pairs.</summary>
    public MarcRecordBuilder AddData(string tag, char indicator1, char indicator2, params ReadOnlySpan<Subfield> subfields) =>
        Add(new DataField(tag, indicator1, indicator2, subfields));

    /// <summary>Removes every field with this tag.</summary>
    public MarcRecordBuilder RemoveAll(string tag)
    {
        for (var i = _fields.Count - 1; i >= 0; i--)
        {
            if (_fields[i].Tag == tag) _fields.RemoveAt(i);
        }

        return this;
    }

    /// <summary>The record as built so far.</summary>
    public MarcRecord Build() => new(Leader, _fields.ToImmutable());

    /// <summary>Removes every field and resets the leader.</summary>
    public void Clear()
    {
        _fields.Clear();
        Leader = Leader.Default;
    }
}
