using System.Collections.Immutable;

namespace Exporter.Model;

/// <summary>
/// A run of contents entries, optionally under a heading (e.g. a part "Other Essays"). A leading section with no
/// heading holds front matter ("A Note about the Author"); numbering may restart in each section.
/// </summary>
public sealed record ContentsSection(string? Heading, ImmutableArray<ContentsEntry> Entries)
{
    /// <inheritdoc />
    public bool Equals(ContentsSection? other) =>
        other is not null && Heading == other.Heading && RecordEquality.Seq(Entries, other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Heading, RecordEquality.SeqHash(Entries));
}
