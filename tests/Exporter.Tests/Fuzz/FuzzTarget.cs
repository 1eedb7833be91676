namespace Exporter.Tests.Fuzz;

/// <summary>
/// One reader under fuzzing: its seeds, how to run it over one input (throwing <see cref="FuzzInvariantException"/>
/// when a documented contract is broken), the exceptions its API documents, and the mutations that fit its format.
/// </summary>
public sealed record FuzzTarget(string Name, string Extension, Func<IReadOnlyList<byte[]>> Seeds, Action<byte[]> Run)
{
    /// <summary>Exception types the reader's API documents for bad input (e.g. RdfParseException).</summary>
    public IReadOnlyList<Type> AllowedExceptions { get; init; } = [];

    /// <summary>Fragments of the format's syntax worth inserting.</summary>
    public IReadOnlyList<byte[]> Tokens { get; init; } = [[0x00], [0x0A], [0x0D, 0x0A]];

    /// <summary>Opening and closing text of one nesting level, for formats that nest.</summary>
    public (string Open, string Close)? Nesting { get; init; }

    /// <summary>Mutations specific to the format (length fields, escape sequences).</summary>
    public IReadOnlyList<Func<byte[], Random, byte[]>> ExtraMutations { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Name;
}
