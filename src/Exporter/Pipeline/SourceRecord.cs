using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Pipeline;

/// <summary>
/// The record as its reader read it (e.g. a MarcRecord), held by a <see cref="ReadResult"/> with the crosswalk that
/// makes the hub record of it. The typed side is <see cref="TypedSourceRecord{TRecord}"/>; encoders reach it through
/// <see cref="ReadResult.TryGetSource{TRecord}"/>.
/// </summary>
internal abstract class SourceRecord
{
    /// <summary>The type the reader declared for the record.</summary>
    public abstract Type RecordType { get; }

    /// <summary>The hub record of the source record (built by the reader's crosswalk).</summary>
    public abstract CatalogRecord ToCatalog(IDiagnostics diagnostics);

    /// <summary>The record as a <typeparamref name="T"/>, when it is one (a lazy record is built only then).</summary>
    public abstract bool TryGet<T>(out T? record)
        where T : class;
}
