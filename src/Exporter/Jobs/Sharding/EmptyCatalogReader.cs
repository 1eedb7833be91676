using Exporter.Pipeline;

namespace Exporter.Jobs.Sharding;

/// <summary>The reader of a slice that holds no record: frames nothing and reads no byte.</summary>
internal sealed class EmptyCatalogReader : ICatalogReader
{
    public IEnumerable<RecordSource> Frame() => [];

    public ReadResult Parse(RecordSource source) => throw new InvalidOperationException("an empty slice frames no record");

    public void Dispose()
    {
    }
}
