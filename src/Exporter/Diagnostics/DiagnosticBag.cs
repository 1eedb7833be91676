using System.Collections.Immutable;

namespace Exporter.Diagnostics;

/// <summary>Collects diagnostics in order. Not thread-safe: use one per record or per worker.</summary>
public sealed class DiagnosticBag : IDiagnostics
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The diagnostics reported so far, in order.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>A snapshot of the items.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];

    /// <summary>Removes every item.</summary>
    public void Clear() => _items.Clear();
}
