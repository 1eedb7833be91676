namespace Exporter.Diagnostics;

/// <summary>
/// What the reader of a <see cref="Diagnostic"/> can do about it, kept apart from the message so that each front end
/// says it in its own terms: <see cref="ToString"/> names the library's option (for code calling the library), while
/// the CLI names its own option or the limit (for people running it).
/// </summary>
/// <param name="Kind">What kind of remedy this is.</param>
/// <param name="Option">The library option that is the remedy, e.g. <c>JsonLdReaderOptions.MaxDepth</c>.</param>
public sealed record DiagnosticHint(DiagnosticHintKind Kind, string Option)
{
    /// <summary>For <see cref="DiagnosticHintKind.Limit"/>: what the limit limits, in plain words ("nesting depth").</summary>
    public string? Limit { get; init; }

    /// <summary>A limit named <paramref name="what"/>, held by the library option <paramref name="option"/>.</summary>
    public static DiagnosticHint LimitOf(string what, string option) => new(DiagnosticHintKind.Limit, option) { Limit = what };

    /// <summary>The library option that makes a reader go on past bad records.</summary>
    public static DiagnosticHint GoOn(string option) => new(DiagnosticHintKind.GoOnPastBadRecords, option);

    /// <summary>The library option that supplies what the input lacks.</summary>
    public static DiagnosticHint Supply(string option) => new(DiagnosticHintKind.SupplyOption, option);

    /// <summary>The hint in the library's terms: "JsonLdReaderOptions.MaxDepth", "set OnInvalidRecord = Skip to go on",
    /// "or supply it in TurtleReaderOptions.BaseIri".</summary>
    public override string ToString() => Kind switch
    {
        DiagnosticHintKind.Limit => Option,
        DiagnosticHintKind.GoOnPastBadRecords => $"set {Option} to go on",
        _ => $"or supply it in {Option}",
    };
}
