namespace Exporter.Formats.Marc.Model;

/// <summary>One subfield of a data field: its code (normally one ASCII letter or digit) and its value.</summary>
public readonly record struct Subfield(char Code, string Value)
{
    /// <summary><c>$aValue</c>, for people and test failures.</summary>
    public override string ToString() => "$" + Code + Value;
}
