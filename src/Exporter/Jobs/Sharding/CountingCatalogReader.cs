using Exporter.Pipeline;

namespace Exporter.Jobs.Sharding;

/// <summary>A reader that counts the records it frames (the records a shard read of one input).</summary>
internal sealed class CountingCatalogReader(ICatalogReader inner) : ICatalogReader
{
    /// <summary>Records framed so far.</summary>
    public long Framed { get; private set; }

    public IEnumerable<RecordSource> Frame()
    {
        foreach (var source in inner.Frame())
        {
            Framed++;
            yield return source;
        }
    }

    public ReadResult Parse(RecordSource source) => inner.Parse(source);

    public void Dispose() => inner.Dispose();
}
