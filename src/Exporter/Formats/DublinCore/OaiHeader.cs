using System.Collections.Immutable;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The OAI-PMH record header that goes with a record in a <c>ListRecords</c> response: the caller's OAI identifier
/// (e.g. <c>oai:catalog.example.org:CX7118</c>), a datestamp and the set memberships.
/// </summary>
/// <param name="Identifier">The OAI identifier (an URI, e.g. <c>oai:HOST:ID</c>).</param>
public sealed record OaiHeader(string Identifier)
{
    /// <summary>
    /// The datestamp, <c>YYYY-MM-DD</c> or <c>YYYY-MM-DDThh:mm:ssZ</c>. When null the writer uses the response date's
    /// day from its clock.
    /// </summary>
    public string? Datestamp { get; init; }

    /// <summary>OAI set specs (<c>setSpec</c>), in order.</summary>
    public ImmutableArray<string> SetSpecs { get; init; } = [];

    /// <summary>Value equality including the set specs.</summary>
    public bool Equals(OaiHeader? other) =>
        other is not null && Identifier == other.Identifier && Datestamp == other.Datestamp &&
        SetSpecs.AsSpan().SequenceEqual(other.SetSpecs.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Identifier, Datestamp, SetSpecs.Length);
}
