namespace Exporter.Formats.DublinCore;

/// <summary>Options of <see cref="DublinCoreCrosswalk"/>.</summary>
public sealed record DublinCoreCrosswalkOptions
{
    /// <summary>Simple (oai_dc) or qualified (dcterms) output. Reading accepts both whatever this says.</summary>
    public DublinCoreProfile Profile { get; init; } = DublinCoreProfile.Simple;

    /// <summary>
    /// Base of the catalog URL written as an identifier, <c>{BaseUri}record/{catalog number}</c>, and recognised
    /// (and folded back into the local number) on read.
    /// </summary>
    public Uri BaseUri { get; init; } = new(Pipeline.WriteOptions.DefaultBaseUri);
}
