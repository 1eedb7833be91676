using System.Collections.Immutable;

namespace Exporter.Model;

/// <summary>A review: its paragraphs in order and the reviewer's name when known.</summary>
public sealed record Review(ImmutableArray<string> Paragraphs, string? Reviewer = null)
{
    /// <summary>The paragraphs joined by a blank line.</summary>
    public string Body => string.Join("\n\n", Paragraphs);

    /// <inheritdoc />
    public bool Equals(Review? other) =>
        other is not null && Reviewer == other.Reviewer && RecordEquality.Seq(Paragraphs, other.Paragraphs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reviewer, RecordEquality.SeqHash(Paragraphs));
}
