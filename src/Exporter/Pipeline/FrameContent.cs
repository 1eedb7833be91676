namespace Exporter.Pipeline;

/// <summary>
/// What a reader that parses while framing (XML, RDF) put into a <see cref="RecordSource"/> for its own
/// <see cref="ICatalogReader.Parse"/>: the typed side is <see cref="TypedFrameContent{T}"/>, reached through
/// <see cref="RecordSource.TryGetFramed{T}"/>.
/// </summary>
internal abstract record FrameContent
{
    /// <summary>The content as a <typeparamref name="T"/>, when it is one.</summary>
    public abstract bool TryGet<T>(out T? content)
        where T : class;
}
