namespace Exporter.Pipeline;

/// <summary>What kind of value a <see cref="FormatOption"/> takes.</summary>
public enum FormatOptionKind
{
    /// <summary>One of a fixed list of values (<see cref="FormatOption.Values"/>), which help lists and shells complete.</summary>
    Choice,

    /// <summary>Free text that a check accepts or refuses (an organization code, a URI, a language tag).</summary>
    Text,

    /// <summary>An on/off switch given without a value; its value is "true" (or "false" when spelled out).</summary>
    Flag,
}
