using System.Globalization;
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
/// Memory: one entry per distinct identifier (a 128-bit hash of it, the first record's index and input: some 45
/// bytes), plus the suffixes given for each repeated identifier.
/// </para>
/// </summary>
internal sealed class RecordIdRegistry
{
    private readonly object _lock = new(); // a Monitor: Wait/PulseAll
    private readonly Dictionary<UInt128, FirstRecord> _first = [];
    private readonly Dictionary<UInt128, HashSet<string>> _suffixes = [];
    private readonly List<string?> _sources = [];
    private long _next;
    private bool _abandoned;

    /// <summary>
    /// Registers the batch's records (those not rejected) in order, once every batch framed before it is registered,
    /// and gives each repeated one its <see cref="ReadResult.Repeat"/> and a warning (<see cref="PipelineDiagnosticCodes.RepeatedRecordId"/>)
    /// in <paramref name="diagnostics"/> (one list per record of the batch). Returns at once when the registry was
    /// abandoned (a batch failed or the run was cancelled: nothing of the run is kept).
    /// </summary>
    public void Register(FramedBatch batch, IReadOnlyList<ReadResult?> results, IReadOnlyList<IDiagnostics> diagnostics)
    {
        lock (_lock)
        {
            while (_next != batch.OrdinalBase && !_abandoned) Monitor.Wait(_lock);
            if (_abandoned) return;
            try
            {
                for (var i = 0; i < results.Count; i++)
                {
                    if (results[i] is { IsRejected: false } result) RegisterOne(result, diagnostics[i]);
                }
            }
            finally
            {
                _next = batch.OrdinalBase + batch.Sources.Count;
                Monitor.PulseAll(_lock);
            }
        }
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

    /// <summary>Registers one record; its warning numbers records from 1, as every message does.</summary>
    private void RegisterOne(ReadResult result, IDiagnostics diagnostics)
    {
        var id = result.RecordId?.Trim();
        if (string.IsNullOrEmpty(id)) return;
        var key = Key(id);
        if (!_first.TryGetValue(key, out var first))
        {
            if (_sources.Count == 0 || _sources[^1] != result.Source.SourceName) _sources.Add(result.Source.SourceName);
            _first.Add(key, new FirstRecord(result.Index, _sources.Count - 1));
            return;
        }

        if (!_suffixes.TryGetValue(key, out var given)) _suffixes.Add(key, given = new HashSet<string>(StringComparer.Ordinal));
        var hash = "h" + Convert.ToHexStringLower(SHA256.HashData(result.Source.Raw.Span).AsSpan(0, 4));
        var suffix = hash;
        for (var n = 2; !given.Add(suffix); n++) suffix = hash + "-" + n.ToString(CultureInfo.InvariantCulture);

        var source = _sources[first.Source];
        result.Repeat = new RecordIdRepeat(suffix, first.Index, source);
        var where = source == result.Source.SourceName ? "" : " of " + source;
        diagnostics.Report(new Diagnostic(PipelineDiagnosticCodes.RepeatedRecordId, Severity.Warning,
            $"record id '{id}' is also the id of record {(first.Index + 1).ToString(CultureInfo.InvariantCulture)}{where}: this record's linked-data IRIs get the suffix '-{suffix}' so that the two never collide")
        {
            RecordIndex = result.Index, RecordId = id, Source = result.Source.SourceName, ByteOffset = result.Source.ByteOffset, Line = result.Source.Line,
        });
    }

    private static UInt128 Key(string id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
    }

    private readonly record struct FirstRecord(long Index, int Source);
}
