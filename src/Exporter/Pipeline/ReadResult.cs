using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Pipeline;

/// <summary>
/// The outcome of parsing one framed record: a record (the hub record, or the record as its reader read it, typed,
/// with the crosswalk to the hub), or a rejection with the raw input kept. The hub record is built lazily from the
/// source record, so pass-through conversions (MARC to MARCXML) never pay for, or are changed by, the crosswalk.
/// Encoders that go straight from a format's own model ask for it with <see cref="TryGetSource{TRecord}"/>. A result
/// is used by one thread at a time, by every target's encoder in turn.
/// </summary>
public sealed class ReadResult
{
    private readonly SourceRecord? _source;
    private CatalogRecord? _catalog;
    private IReadOnlyList<Diagnostic>? _unreportedCatalogDiagnostics;
    private List<(string Scope, RecordIdRepeat Repeat)>? _contentRepeats;
    private List<DerivedRecord>? _derived;

    private ReadResult(RecordSource source, CatalogRecord? catalog, SourceRecord? record, ImmutableArray<Diagnostic> diagnostics, string? id)
    {
        Source = source;
        _catalog = catalog;
        _source = record;
        Diagnostics = diagnostics;
        RecordId = id;
        IsRejected = catalog is null && record is null;
    }

    /// <summary>Where the record came from, with its raw bytes.</summary>
    public RecordSource Source { get; }

    /// <summary>0-based index in its input.</summary>
    public long Index => Source.Index;

    /// <summary>The record's identifier when known (catalog number, MARC 001).</summary>
    public string? RecordId { get; }

    /// <summary>
    /// Set when an earlier record of the run had the same <see cref="RecordId"/> and a target mints IRIs from it
    /// (<see cref="IRecordEncoder.MintsIrisFromRecordId"/>): the suffix that tells this record's IRIs apart. Null for
    /// the first record with an id, and in runs without such a target.
    /// </summary>
    public RecordIdRepeat? Repeat { get; internal set; }

    /// <summary>
    /// The repeat an encoder of <paramref name="scope"/> (<see cref="IContentIdMinter.MintScope"/>) tells this record's
    /// IRIs apart by: <see cref="Repeat"/> for a record with an id; for a record without one, the repeat of the id that
    /// scope mints from its content (<see cref="IContentIdMinter.ContentId"/>), when an earlier record got the same.
    /// </summary>
    internal RecordIdRepeat? RepeatIn(string scope) =>
        Repeat ?? _contentRepeats?.FirstOrDefault(r => r.Scope == scope).Repeat;

    /// <summary>Marks the record as a repeat of the id <paramref name="scope"/> minted from its content (the registry's).</summary>
    internal void AddContentRepeat(string scope, RecordIdRepeat repeat) => (_contentRepeats ??= []).Add((scope, repeat));

    /// <summary>True when the record was read into a model of its format (see <see cref="TryGetSource{TRecord}"/>), false for records read straight into the hub and for rejections.</summary>
    public bool HasSourceRecord => _source is not null;

    /// <summary>The type of the record as read (e.g. MarcRecord), or null when there is none (<see cref="HasSourceRecord"/>).</summary>
    public Type? SourceRecordType => _source?.RecordType;

    /// <summary>Diagnostics found while reading.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// True when <see cref="RecordSource.Raw"/> is byte for byte what the reading format's own encoder writes for
    /// the source record (a clean record, read unchanged): that encoder may copy the bytes instead of encoding.
    /// </summary>
    public bool RawIsCanonical { get; private set; }

    /// <summary>True when the record could not be read.</summary>
    public bool IsRejected { get; private init; }

    /// <summary>A record read straight into the hub.</summary>
    public static ReadResult Read(RecordSource source, CatalogRecord record, ImmutableArray<Diagnostic> diagnostics) =>
        new(source, record, null, diagnostics, record.CatalogNumber);

    /// <summary>A record read into its format's model, with the crosswalk that makes the hub record when one is needed.</summary>
    public static ReadResult ReadNative<TRecord>(RecordSource source, TRecord record, ICrosswalk<TRecord> crosswalk, ImmutableArray<Diagnostic> diagnostics, string? id)
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        return ReadNative(source, record, crosswalk.ToCatalog, diagnostics, id);
    }

    /// <summary>A record read into its format's model, with the mapping that makes the hub record when one is needed.</summary>
    public static ReadResult ReadNative<TRecord>(RecordSource source, TRecord record, Func<TRecord, IDiagnostics, CatalogRecord> toCatalog, ImmutableArray<Diagnostic> diagnostics, string? id)
        where TRecord : class =>
        new(source, null, new TypedSourceRecord<TRecord>(record, toCatalog), diagnostics, id);

    /// <summary>
    /// A clean record whose raw bytes are canonical (<see cref="RawIsCanonical"/>) and whose model is only built
    /// (by <paramref name="record"/>, once) if an encoder asks for it: pass-through conversions never parse it. It has
    /// no diagnostics by definition.
    /// </summary>
    public static ReadResult ReadCanonical<TRecord>(RecordSource source, Func<TRecord> record, ICrosswalk<TRecord> crosswalk, string? id)
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        return new ReadResult(source, null, new TypedSourceRecord<TRecord>(record, crosswalk.ToCatalog), [], id) { IsRejected = false, RawIsCanonical = true };
    }

    /// <summary>A record that could not be read.</summary>
    public static ReadResult Rejected(RecordSource source, ImmutableArray<Diagnostic> diagnostics, string? id = null) =>
        new(source, null, null, diagnostics, id);

    /// <summary>Marks the raw bytes as canonical (see <see cref="RawIsCanonical"/>); for readers, before the result is handed out.</summary>
    public ReadResult MarkRawCanonical()
    {
        if (_source is null) throw new InvalidOperationException("only a record read into its format's model has canonical raw bytes");
        RawIsCanonical = true;
        return this;
    }

    /// <summary>
    /// The record as its reader read it, when it is a <typeparamref name="TRecord"/> (e.g. the MarcRecord of a record
    /// read from MARC); false for another type, for records read straight into the hub and for rejections. A record
    /// left unparsed (<see cref="ReadCanonical{TRecord}"/>) is parsed on the first call for its type, once: every
    /// caller gets the same instance.
    /// </summary>
    public bool TryGetSource<TRecord>([NotNullWhen(true)] out TRecord? record)
        where TRecord : class
    {
        record = null;
        return _source is not null && _source.TryGet(out record);
    }

    /// <summary>
    /// A value made from this record by <paramref name="make"/> with the inputs <paramref name="key"/> names, made on
    /// the first call and kept: a later call with an equal key (another target of the run) gets the same instance, and
    /// the diagnostics the making reported are reported to its <paramref name="diagnostics"/> again, in the same order,
    /// so that every target's report reads as if it had made the value itself. The value must not be changed by its
    /// users. Kept until <see cref="ForgetDerived"/>.
    /// </summary>
    internal TValue Derive<TKey, TValue>(TKey key, Func<TKey, IDiagnostics, TValue> make, IDiagnostics diagnostics)
        where TKey : IEquatable<TKey>
        where TValue : class
    {
        if (_derived is not null)
        {
            foreach (var d in _derived)
            {
                if (d is not TypedDerivedRecord<TKey, TValue> typed || !typed.Key.Equals(key)) continue;
                foreach (var diagnostic in typed.Diagnostics) diagnostics.Report(diagnostic);
                return typed.Value;
            }
        }

        var made = new DiagnosticBag();
        var value = make(key, made);
        foreach (var diagnostic in made.Items) diagnostics.Report(diagnostic);
        (_derived ??= []).Add(new TypedDerivedRecord<TKey, TValue> { Key = key, Value = value, Diagnostics = made.Items });
        return value;
    }

    /// <summary>Drops the values of <see cref="Derive{TKey, TValue}"/>, once every target has the record, so that they do not outlive it in a batch.</summary>
    internal void ForgetDerived() => _derived = null;

    /// <summary>
    /// The hub record (built from the source record on first use; crosswalk diagnostics go to <paramref name="diagnostics"/>,
    /// including those of a hub record <see cref="PeekCatalog"/> built earlier: they go to the first caller of this method).
    /// </summary>
    public CatalogRecord GetCatalog(IDiagnostics diagnostics)
    {
        if (_catalog is not null)
        {
            if (_unreportedCatalogDiagnostics is { } unreported)
            {
                ArgumentNullException.ThrowIfNull(diagnostics);
                _unreportedCatalogDiagnostics = null;
                foreach (var diagnostic in unreported) diagnostics.Report(diagnostic);
            }

            return _catalog;
        }

        if (_source is null) throw new InvalidOperationException("a rejected record has no catalog record");
        _catalog = _source.ToCatalog(diagnostics);
        return _catalog;
    }

    /// <summary>
    /// The hub record without reporting anything: the one <see cref="GetCatalog"/> built, else one built now and kept
    /// with its crosswalk diagnostics held back, so that the first <see cref="GetCatalog"/> gets the same record and
    /// still reports them where it did (the record is built once either way). For ids minted before encoding
    /// (<see cref="IContentIdMinter"/>).
    /// </summary>
    internal CatalogRecord PeekCatalog()
    {
        if (_catalog is not null) return _catalog;
        if (_source is null) throw new InvalidOperationException("a rejected record has no catalog record");
        var made = new DiagnosticBag();
        _catalog = _source.ToCatalog(made);
        if (made.Items.Count > 0) _unreportedCatalogDiagnostics = made.Items;
        return _catalog;
    }
}
