using System.Collections.Immutable;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// A Dublin Core description: an ordered list of statements. Document order is meaningful (e.g. repeated
/// <c>dcterms:tableOfContents</c>) and every codec keeps it. The optional OAI-PMH header carries the
/// record's OAI identifier when it travels in an OAI-PMH response.
/// </summary>
/// <param name="Statements">The statements in document order.</param>
public sealed record DublinCoreRecord(ImmutableArray<DcStatement> Statements)
{
    /// <summary>The OAI-PMH header (identifier, datestamp, sets), or null.</summary>
    public OaiHeader? Header { get; init; }

    /// <summary>The statements whose term has this local name (any namespace), in order.</summary>
    public IEnumerable<DcStatement> Get(string name)
    {
        foreach (var s in Statements)
        {
            if (s.Name == name) yield return s;
        }
    }

    /// <summary>Value equality: same header and the same statements in the same order.</summary>
    public bool Equals(DublinCoreRecord? other) =>
        other is not null && Equals(Header, other.Header) &&
        Statements.AsSpan().SequenceEqual(other.Statements.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Header, Statements.Length);
}
