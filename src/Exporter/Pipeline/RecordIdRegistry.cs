using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// The record identifiers of one run, registered in input order, so that a record whose identifier an earlier record
/// already had gets a <see cref="RecordIdRepeat"/> (its IRIs must not be the earlier record's). Workers parse their
/// batches in parallel; <see cref="Register"/> then waits for the batches before it to be registered, so the first
/// record with an identifier is the first in the input whatever the number of threads. The suffix is a hash of the
/// record's own bytes, so a repeated record keeps its IRIs when other records are added or removed, and in a shard
/// holding the first record with its identifier (docs/sharding.md).
/// <para>
/// A record without identifier gets IRIs from an id its encoders make of its content (<see cref="IContentIdMinter"/>:
/// a hash), which two records share when they are the same record twice: those ids are registered too, per scope (one
/// vocabulary), and the n-th record to get one gets the suffix <c>n</c> (its place among the records with that id,
/// in input order, so whatever the number of threads), with the same warning.
/// </para>
/// <para>
/// Memory: one entry per distinct identifier (a 128-bit hash of it, the first record's index and input: some 45
/// bytes), plus one counter per distinct content of a repeated identifier (byte-identical copies share it), plus one
/// entry per distinct content id and scope. A record costs the same whatever number of repeats came before it: no list
/// of the suffixes given is kept or searched. A sharded run also keeps each id it saw first (<see cref="FirstIds"/>).
/// </para>
/// </summary>
internal sealed class RecordIdRegistry
{
    private readonly object _lock = new(); // a Monitor: Wait/PulseAll
    private readonly Dictionary<UInt128, FirstRecord> _first = [];
    private readonly Dictionary<(UInt128 Id, uint Content), int> _repeats = [];
    private readonly Dictionary<UInt128, ContentRecord> _contentFirst = [];
    private readonly IReadOnlyList<IContentIdMinter> _minters;
    private readonly List<RegisteredId>? _kept;
    private readonly List<string?> _sources = [];
    private long _next;
    private bool _abandoned;

    /// <summary>
    /// A registry that also registers, for records without id, the id each of <paramref name="minters"/> (one per
    /// scope) mints from their content; with <paramref name="keepFirstIds"/> (a sharded run), it keeps every id it sees
    /// first, with its record (<see cref="FirstIds"/>).
    /// </summary>
    public RecordIdRegistry(IReadOnlyList<IContentIdMinter> minters, bool keepFirstIds = false)
    {
        _minters = minters;
        _kept = keepFirstIds ? [] : null;
    }

    /// <summary>The ids seen first, in input order, when kept (else none): each id's first record.</summary>
    public IReadOnlyList<RegisteredId> FirstIds => _kept ?? [];

    /// <summary>
    /// Registers the batch's records (those not rejected) in order, once every batch framed before it is registered,
    /// and gives each repeated one its <see cref="ReadResult.Repeat"/> and a warning (<see cref="PipelineDiagnosticCodes.RepeatedRecordId"/>)
    /// in <paramref name="diagnostics"/> (one list per record of the batch). The content ids of records without id are
    /// minted first, on the calling thread and outside the lock (the minters see one record each, and the ids do not
    /// depend on the order); only registering them waits for the batch's turn. Returns at once when the registry was
    /// abandoned (a batch failed or the run was cancelled: nothing of the run is kept).
    /// </summary>
    public void Register(FramedBatch batch, IReadOnlyList<ReadResult?> results, IReadOnlyList<IDiagnostics> diagnostics)
    {
        var prepared = Prepare(results);
        var minted = MintContentIds(results, prepared);
        lock (_lock)
        {
            while (_next != batch.OrdinalBase && !_abandoned) Monitor.Wait(_lock);
            if (_abandoned) return;
            try
            {
                for (var i = 0; i < results.Count; i++)
                {
                    if (results[i] is { IsRejected: false } result) RegisterOne(result, prepared[i], minted, i, diagnostics[i]);
                }
            }
            finally
            {
                _next = batch.OrdinalBase + batch.Sources.Count;
                Monitor.PulseAll(_lock);
            }
        }
    }

    /// <summary>
    /// The hashing of <see cref="Register"/> done on the caller's thread before it waits for its turn, so that the
    /// registry's lock (which every worker waits on, in input order) is held only for look-ups: each record's id key,
    /// and the digest of its bytes when its id is already registered (a short look under the lock, without waiting)
    /// or is an earlier record's of the same batch. A record whose id an earlier batch registers in the meantime gets
    /// its digest under the lock instead (<see cref="RegisterOne"/>); the digest is the same wherever it is made.
    /// </summary>
    private PreparedRecord[] Prepare(IReadOnlyList<ReadResult?> results)
    {
        var prepared = new PreparedRecord[results.Count];
        var any = false;
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i] is not { IsRejected: false } result) continue;
            var id = result.RecordId?.Trim();
            if (string.IsNullOrEmpty(id)) continue;
            prepared[i] = new PreparedRecord(id, Key(id), 0, false);
            any = true;
        }

        if (!any) return prepared;
        var repeated = new bool[results.Count];
        lock (_lock)
        {
            for (var i = 0; i < prepared.Length; i++) repeated[i] = prepared[i].Id is not null && _first.ContainsKey(prepared[i].Key);
        }

        HashSet<UInt128>? inBatch = null;
        for (var i = 0; i < prepared.Length; i++)
        {
            if (prepared[i].Id is null) continue;
            inBatch ??= [];
            if (!inBatch.Add(prepared[i].Key)) repeated[i] = true;
            if (repeated[i]) prepared[i] = prepared[i] with { Digest = DigestOf(results[i]!), HasDigest = true };
        }

        return prepared;
    }

    /// <summary>Lets every waiting and later batch through without registering: the run is failing or cancelled.</summary>
    public void Abandon()
    {
        lock (_lock)
        {
            _abandoned = true;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>
    /// The id each minter mints from each record of the batch without id (none in <paramref name="prepared"/>,
    /// <see cref="IContentIdMinter.ContentId"/>), at
    /// <c>[record * minters + minter]</c>; null where it mints none or cannot (the record cannot be written in that
    /// scope: its encoder rejects it, with the reason). Null when no record of the batch needs one.
    /// </summary>
    private string?[]? MintContentIds(IReadOnlyList<ReadResult?> results, PreparedRecord[] prepared)
    {
        if (_minters.Count == 0) return null;
        string?[]? minted = null;
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i] is not { IsRejected: false } result || prepared[i].Id is not null) continue;
            minted ??= new string?[results.Count * _minters.Count];
            for (var m = 0; m < _minters.Count; m++)
            {
                try
                {
                    minted[(i * _minters.Count) + m] = _minters[m].ContentId(result);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // left null: the record cannot be written in this scope, and its encoder rejects it with the reason
                }
            }
        }

        return minted;
    }

    /// <summary>Registers the batch's <paramref name="i"/>-th record; its warning numbers records from 1, as every message does.</summary>
    private void RegisterOne(ReadResult result, PreparedRecord prepared, string?[]? minted, int i, IDiagnostics diagnostics)
    {
        var id = prepared.Id;
        if (id is null)
        {
            for (var m = 0; m < _minters.Count; m++) RegisterContentId(result, _minters[m], minted?[(i * _minters.Count) + m], diagnostics);
            return;
        }

        var key = prepared.Key;
        if (!_first.TryGetValue(key, out var first))
        {
            _first.Add(key, new FirstRecord(result.Index, SourceOf(result)));
            _kept?.Add(new RegisteredId(null, id, result.Index, result.Source.SourceName));
            return;
        }

        // The suffix is 'h' and the first 4 bytes of the SHA-256 of the record's bytes; the n-th byte-identical copy
        // of a repeat (n > 1) adds '-n'. Two different contents whose 4 bytes agree would share a suffix, so the
        // counter is kept per (id, those 4 bytes): the later one gets '-2', and no two records ever share IRIs.
        var digest = prepared.HasDigest ? prepared.Digest : DigestOf(result);
        ref var copies = ref CollectionsMarshal.GetValueRefOrAddDefault(_repeats, (key, digest), out _);
        copies++;
        var hash = "h" + digest.ToString("x8", CultureInfo.InvariantCulture);
        var suffix = copies == 1 ? hash : hash + "-" + copies.ToString(CultureInfo.InvariantCulture);

        var source = _sources[first.Source];
        result.Repeat = new RecordIdRepeat(suffix, first.Index, source);
        diagnostics.Report(Warning(result, id,
            $"record id '{id}' is also the id of record {Name(first.Index, source, result)}: this record's linked-data IRIs get the suffix '-{suffix}' so that the two never collide"));
    }

    /// <summary>
    /// A record without id: <paramref name="minted"/>, the id <paramref name="minter"/>'s scope minted from its content
    /// (<see cref="MintContentIds"/>; null for none). The n-th record (n &gt; 1) of the run to get the same one gets the
    /// suffix n (its place among those records, in input order).
    /// </summary>
    private void RegisterContentId(ReadResult result, IContentIdMinter minter, string? minted, IDiagnostics diagnostics)
    {
        if (minted is null) return;
        var key = Key(minter.MintScope + "\u0000" + minted);
        if (!_contentFirst.TryGetValue(key, out var first))
        {
            _contentFirst.Add(key, new ContentRecord(new FirstRecord(result.Index, SourceOf(result)), 1));
            _kept?.Add(new RegisteredId(minter.MintScope, minted, result.Index, result.Source.SourceName));
            return;
        }

        var count = first.Count + 1;
        _contentFirst[key] = first with { Count = count };
        var suffix = count.ToString(CultureInfo.InvariantCulture);
        var source = _sources[first.First.Source];
        result.AddContentRepeat(minter.MintScope, new RecordIdRepeat(suffix, first.First.Index, source));
        diagnostics.Report(Warning(result, null,
            $"record has no id, and the id its {minter.MintScope} IRIs are minted from, '{minted}', is also that of record {Name(first.First.Index, source, result)}: this record's {minter.MintScope} IRIs get the suffix '-{suffix}' so that the two never collide"));
    }

    /// <summary>The index of the record's input in <see cref="_sources"/> (inputs come one after another).</summary>
    private int SourceOf(ReadResult result)
    {
        if (_sources.Count == 0 || _sources[^1] != result.Source.SourceName) _sources.Add(result.Source.SourceName);
        return _sources.Count - 1;
    }

    /// <summary>An earlier record as a message names it: its number from 1, and its input when not the record's.</summary>
    private static string Name(long index, string? source, ReadResult result) =>
        (index + 1).ToString(CultureInfo.InvariantCulture) + (source == result.Source.SourceName ? "" : " of " + source);

    private static Diagnostic Warning(ReadResult result, string? id, string message) =>
        new(PipelineDiagnosticCodes.RepeatedRecordId, Severity.Warning, message)
        {
            RecordIndex = result.Index, RecordId = id, Source = result.Source.SourceName, ByteOffset = result.Source.ByteOffset, Line = result.Source.Line,
        };

    /// <summary>The first 4 bytes (big-endian) of the SHA-256 of the record's bytes as framed.</summary>
    private static uint DigestOf(ReadResult result)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(result.Source.Raw.Span, digest);
        return BinaryPrimitives.ReadUInt32BigEndian(digest);
    }

    private static UInt128 Key(string id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
    }

    private readonly record struct FirstRecord(long Index, int Source);

    /// <summary>A record's trimmed id (null: none), its key, and the digest of its bytes when <see cref="Prepare"/> made it.</summary>
    private readonly record struct PreparedRecord(string? Id, UInt128 Key, uint Digest, bool HasDigest);

    private readonly record struct ContentRecord(FirstRecord First, int Count);
}
