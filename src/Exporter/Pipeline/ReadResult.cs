using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Pipeline;

/// <summary>
/// The outcome of parsing one framed record: a record (hub and/or the format's native model), or a rejection with the
/// raw input kept. The hub record is built lazily from the native one, so pass-through conversions (MARC to
/// MARCXML) never pay for, or are changed by, the crosswalk.
/// </summary>
public sealed class ReadResult
{
    private readonly Func<object, IDiagnostics, CatalogRecord>? _toCatalog;
    private CatalogRecord? _catalog;
    private object? _native;
    private Func<object>? _makeNative;

    private ReadResult(RecordSource source, CatalogRecord? catalog, object? native, Func<object, IDiagnostics, CatalogRecord>? toCatalog, ImmutableArray<Diagnostic> diagnostics, string? id)
    {
        Source = source;
        _catalog = catalog;
        _native = native;
        _toCatalog = toCatalog;
        Diagnostics = diagnostics;
        RecordId = id;
        IsRejected = catalog is null && native is null;
    }

    /// <summary>Where the record came from, with its raw bytes.</summary>
    public RecordSource Source { get; }

    /// <summary>0-based index in its input.</summary>
    public long Index => Source.Index;

    /// <summary>The record's identifier when known (catalog number, MARC 001).</summary>
    public string? RecordId { get; }

    /// <summary>
    /// The format's own model (e.g. MarcRecord), or null for formats read straight into the hub. For a record read
    /// lazily (<see cref="ReadCanonical"/>) it is built on first use; a result is used by one thread at a time.
    /// </summary>
    public object? Native
    {
        get
        {
            if (_native is null && _makeNative is { } make)
            {
                _native = make();
                _makeNative = null;
            }

            return _native;
        }
    }

    /// <summary>Diagnostics found while reading.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// True when <see cref="RecordSource.Raw"/> is byte for byte what the reading format's own encoder writes for
    /// <see cref="Native"/> (a clean record, read unchanged): that encoder may copy the bytes instead of encoding.
    /// </summary>
    public bool RawIsCanonical { get; private set; }

    /// <summary>True when the record could not be read.</summary>
    public bool IsRejected { get; private init; }

    /// <summary>A record read straight into the hub.</summary>
    public static ReadResult Read(RecordSource source, CatalogRecord record, ImmutableArray<Diagnostic> diagnostics) =>
        new(source, record, null, null, diagnostics, record.CatalogNumber);

    /// <summary>A record read into a native model, with the crosswalk that makes the hub record when needed.</summary>
    public static ReadResult ReadNative(RecordSource source, object native, Func<object, IDiagnostics, CatalogRecord> toCatalog, ImmutableArray<Diagnostic> diagnostics, string? id) =>
        new(source, null, native, toCatalog, diagnostics, id);

    /// <summary>
    /// A clean record whose raw bytes are canonical (<see cref="RawIsCanonical"/>) and whose native model is only built
    /// if an encoder asks for it: pass-through conversions never parse it. It has no diagnostics by definition.
    /// </summary>
    public static ReadResult ReadCanonical(RecordSource source, Func<object> native, Func<object, IDiagnostics, CatalogRecord> toCatalog, string? id)
    {
        ArgumentNullException.ThrowIfNull(native);
        return new ReadResult(source, null, null, toCatalog, [], id) { _makeNative = native, IsRejected = false, RawIsCanonical = true };
    }

    /// <summary>A record that could not be read.</summary>
    public static ReadResult Rejected(RecordSource source, ImmutableArray<Diagnostic> diagnostics, string? id = null) =>
        new(source, null, null, null, diagnostics, id);

    /// <summary>Marks the raw bytes as canonical (see <see cref="RawIsCanonical"/>); for readers, before the result is handed out.</summary>
    public ReadResult MarkRawCanonical()
    {
        if (Native is null) throw new InvalidOperationException("only a record read into a native model has canonical raw bytes");
        RawIsCanonical = true;
        return this;
    }

    /// <summary>The hub record (built from the native model on first use; crosswalk diagnostics go to <paramref name="diagnostics"/>).</summary>
    public CatalogRecord GetCatalog(IDiagnostics diagnostics)
    {
        if (_catalog is not null) return _catalog;
        if (Native is null || _toCatalog is null) throw new InvalidOperationException("a rejected record has no catalog record");
        _catalog = _toCatalog(Native, diagnostics);
        return _catalog;
    }
}
