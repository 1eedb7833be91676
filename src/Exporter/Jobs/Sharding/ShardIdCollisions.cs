using System.Globalization;
using Exporter.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Exporter.Jobs.Sharding;

/// <summary>
/// Ids two shards both saw first (docs/sharding.md): a shard cannot know the ids of earlier shards, so a record whose
/// id (or content id) first occurs in an earlier shard keeps the plain IRIs there, which are the earlier record's.
/// From each shard's <c>shard-ids</c> lines, every such record is a warning (<see cref="Code"/>) naming it, its shard,
/// the earlier record and its shard, the id and the outputs whose IRIs collide. Memory: one entry per distinct id of
/// the run, as in the single run's registry.
/// </summary>
internal static class ShardIdCollisions
{
    /// <summary>An id a later shard saw first too: the two records' IRIs collide in the merged outputs (warning).</summary>
    public const string Code = "MERGE0008";

    /// <summary>The warnings, in shard order and each shard's input order; records are numbered in their input, from 1.</summary>
    public static List<Diagnostic> Find(IReadOnlyList<ShardReport> shards)
    {
        var warnings = new List<Diagnostic>();
        var firsts = new Dictionary<(string Outputs, string? Scope, string Id), First>();
        var readBefore = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            foreach (var line in shard.Ids)
            {
                var outputs = string.Join(", ", ((JArray)line["outputs"]!).Select(o => (string)o!));
                foreach (var entry in ((JArray)line["ids"]!).OfType<JObject>())
                {
                    var scope = (string?)entry["scope"];
                    var id = (string)entry["id"]!;
                    var source = (string?)entry["source"];
                    var index = (long)entry["index"]! + (source is null ? 0 : readBefore.GetValueOrDefault(source));
                    if (!firsts.TryGetValue((outputs, scope, id), out var first))
                    {
                        firsts.Add((outputs, scope, id), new First(shard.Number, source, index));
                        continue;
                    }

                    var earlier = FormattableString.Invariant($"record {first.Index}{(first.Source == source ? "" : " of " + first.Source)} (shard {first.Shard})");
                    var what = scope is null
                        ? $"record id '{id}' is also the id of {earlier}"
                        : $"record has no id, and the id its {scope} IRIs are minted from, '{id}', is also that of {earlier}";
                    warnings.Add(new Diagnostic(Code, Severity.Warning,
                        $"{what}: shard {shard.Number.ToString(CultureInfo.InvariantCulture)} could not know it, so the two records' IRIs collide in {outputs} (a single run gives this record a suffix); run unsharded, or make the ids unique")
                    {
                        Source = source, RecordIndex = index - 1, RecordId = scope is null ? id : null,
                    });
                }
            }

            foreach (var input in shard.Inputs)
            {
                var source = (string)input["source"]!;
                readBefore[source] = readBefore.GetValueOrDefault(source) + (long)input["read"]!;
            }
        }

        return warnings;
    }

    private readonly record struct First(int Shard, string? Source, long Index);
}
