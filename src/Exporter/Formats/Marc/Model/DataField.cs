using System.Collections.Immutable;
using System.Text;

namespace Exporter.Formats.Marc.Model;

/// <summary>A data field: tag, two indicators and ordered subfields.</summary>
public sealed record DataField : MarcField
{
    /// <summary>Creates a data field.</summary>
    public DataField(string tag, char indicator1, char indicator2, ImmutableArray<Subfield> subfields)
        : base(tag)
    {
        Indicator1 = indicator1;
        Indicator2 = indicator2;
        Subfields = subfields.IsDefault ? [] : subfields;
    }

    /// <summary>Creates a data field from subfields given inline.</summary>
    public DataField(string tag, char indicator1, char indicator2, params ReadOnlySpan<Subfield> subfields)
        : this(tag, indicator1, indicator2, ImmutableArray.Create(subfields))
    {
    }

    /// <summary>First indicator (' ' when blank).</summary>
    public char Indicator1 { get; init; }

    /// <summary>Second indicator (' ' when blank).</summary>
    public char Indicator2 { get; init; }

    /// <summary>The subfields in order.</summary>
    public ImmutableArray<Subfield> Subfields { get; init; }

    /// <summary>The value of the first subfield with this code, or null.</summary>
    public override string? this[char code]
    {
        get
        {
            foreach (var s in Subfields)
            {
                if (s.Code == code) return s.Value;
            }

            return null;
        }
    }

    /// <summary>The values of every subfield with this code, in order.</summary>
    public IEnumerable<string> Values(char code)
    {
        foreach (var s in Subfields)
        {
            if (s.Code == code) yield return s.Value;
        }
    }

    /// <summary>Value equality, subfields compared in order.</summary>
    public bool Equals(DataField? other) =>
        other is not null && Tag == other.Tag && Indicator1 == other.Indicator1 && Indicator2 == other.Indicator2
        && Subfields.AsSpan().SequenceEqual(other.Subfields.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Tag);
        h.Add(Indicator1);
        h.Add(Indicator2);
        foreach (var s in Subfields) h.Add(s);
        return h.ToHashCode();
    }

    /// <summary><c>=245  10$aTitle$bRest</c> (blank indicators shown as <c>\</c>).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("=").Append(Tag).Append("  ");
        sb.Append(Indicator1 == ' ' ? '\\' : Indicator1).Append(Indicator2 == ' ' ? '\\' : Indicator2);
        foreach (var s in Subfields) sb.Append('$').Append(s.Code).Append(s.Value);
        return sb.ToString();
    }
}
