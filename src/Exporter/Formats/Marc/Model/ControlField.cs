namespace Exporter.Formats.Marc.Model;

/// <summary>A control field (001-009): a tag and an unstructured value.</summary>
public sealed record ControlField : MarcField
{
    /// <summary>Creates a control field.</summary>
    public ControlField(string tag, string value)
        : base(tag)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The value, as decoded.</summary>
    public string Value { get; init; }

    /// <summary><c>=001  value</c>.</summary>
    public override string ToString() => "=" + Tag + "  " + Value;
}
