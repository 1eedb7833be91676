namespace Exporter.Diagnostics;

/// <summary>What kind of remedy a <see cref="DiagnosticHint"/> points to.</summary>
public enum DiagnosticHintKind
{
    /// <summary>A limit was reached; <see cref="DiagnosticHint.Option"/> is the option holding it and
    /// <see cref="DiagnosticHint.Limit"/> says in plain words what it limits.</summary>
    Limit,

    /// <summary>The reader stopped at a bad record; <see cref="DiagnosticHint.Option"/> makes it go on past such records.</summary>
    GoOnPastBadRecords,

    /// <summary>Something the input lacks (a base IRI, a context) can be supplied in <see cref="DiagnosticHint.Option"/>.</summary>
    SupplyOption,
}
