using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Pipeline;

/// <summary>
/// A source record of type <typeparamref name="TRecord"/>, given or built on first use (then kept, so every encoder of
/// a run with several targets gets the same instance). Used by one thread at a time, as its <see cref="ReadResult"/>.
/// </summary>
internal sealed class TypedSourceRecord<TRecord> : SourceRecord
    where TRecord : class
{
    private readonly Func<TRecord, IDiagnostics, CatalogRecord> _toCatalog;
    private TRecord? _record;
    private Func<TRecord>? _make;

    public TypedSourceRecord(TRecord record, Func<TRecord, IDiagnostics, CatalogRecord> toCatalog)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(toCatalog);
        _record = record;
        _toCatalog = toCatalog;
    }

    public TypedSourceRecord(Func<TRecord> make, Func<TRecord, IDiagnostics, CatalogRecord> toCatalog)
    {
        ArgumentNullException.ThrowIfNull(make);
        ArgumentNullException.ThrowIfNull(toCatalog);
        _make = make;
        _toCatalog = toCatalog;
    }

    public override Type RecordType => typeof(TRecord);

    /// <summary>The record, built now if it was left for later.</summary>
    public TRecord Record
    {
        get
        {
            if (_record is null)
            {
                _record = _make!();
                _make = null;
            }

            return _record;
        }
    }

    public override CatalogRecord ToCatalog(IDiagnostics diagnostics) => _toCatalog(Record, diagnostics);

    public override bool TryGet<T>(out T? record)
        where T : class
    {
        record = null;
        if (!typeof(T).IsAssignableFrom(typeof(TRecord))) return false;
        record = Record as T;
        return record is not null;
    }
}
