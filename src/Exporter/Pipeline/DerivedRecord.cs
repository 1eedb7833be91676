using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// A value made from one read record for its targets (e.g. the MARC record composed from the hub record, which the
/// marc21, marcxml, mrk and bibframe encoders of one run all write), kept by the <see cref="ReadResult"/> so that it is
/// made once per record. The typed side is <see cref="TypedDerivedRecord{TKey, TValue}"/>; encoders reach it through
/// <see cref="ReadResult.Derive{TKey, TValue}"/>.
/// </summary>
internal abstract class DerivedRecord
{
    /// <summary>The diagnostics reported while the value was made, given again to every later asker.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
}
