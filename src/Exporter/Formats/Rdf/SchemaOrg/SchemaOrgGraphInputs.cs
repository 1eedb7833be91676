using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// What a record's schema.org graph depends on besides the record: the write options that mint its IRIs and say
/// whether local data is public. The jsonld, turtle and ntriples targets of a run ask with the run's options, so the
/// graph is built once per record and shared (<see cref="ReadResult.Derive{TKey, TValue}"/>). The base URI is compared
/// by its text as given.
/// </summary>
internal readonly record struct SchemaOrgGraphInputs(Uri BaseUri, string RecordPath, bool IncludeLocal)
{
    /// <summary>The inputs of <paramref name="options"/>.</summary>
    public static SchemaOrgGraphInputs Of(WriteOptions options) => new(options.BaseUri, options.RecordPath, options.IncludeLocal);

    /// <inheritdoc />
    public bool Equals(SchemaOrgGraphInputs other) =>
        string.Equals(BaseUri.OriginalString, other.BaseUri.OriginalString, StringComparison.Ordinal)
        && string.Equals(RecordPath, other.RecordPath, StringComparison.Ordinal) && IncludeLocal == other.IncludeLocal;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BaseUri.OriginalString, RecordPath, IncludeLocal);
}
