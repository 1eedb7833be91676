namespace Exporter.Pipeline;

/// <summary>
/// Reads one input: <see cref="Frame"/> splits it lazily into records (one pass, sequential, memory bounded by one
/// record); <see cref="Parse"/> turns one framed record into a <see cref="ReadResult"/> and is safe to call from
/// several threads at once. Never throws for bad records: they come back rejected, with diagnostics.
/// </summary>
public interface ICatalogReader : IDisposable
{
    /// <summary>Splits the input into records, lazily.</summary>
    IEnumerable<RecordSource> Frame();

    /// <summary>Parses one framed record. Thread-safe.</summary>
    ReadResult Parse(RecordSource source);
}
