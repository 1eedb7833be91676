namespace Exporter.Formats.Marc.Model;

/// <summary>A variable field of a MARC record: a <see cref="ControlField"/> or a <see cref="DataField"/>.</summary>
public abstract record MarcField
{
    /// <summary>Creates a field with its 3-character tag.</summary>
    protected MarcField(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length != 3) throw new ArgumentException($"a MARC tag has 3 characters, got '{tag}'", nameof(tag));
        Tag = tag;
    }

    /// <summary>The tag: 3 characters, normally digits ("245"), sometimes letters in local or bad data ("CAT").</summary>
    public string Tag { get; }

    /// <summary>True for tags 001-009 as MARC 21 defines them (three digits, below 010).</summary>
    public static bool IsControlTag(string tag) =>
        tag.Length == 3 && tag[0] == '0' && tag[1] == '0' && char.IsAsciiDigit(tag[2]);

    /// <summary>The first subfield with this code (data fields), or null.</summary>
    public virtual string? this[char code] => null;
}
