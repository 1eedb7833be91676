namespace Exporter.Jobs.Sharding;

/// <summary>What <c>exporter merge</c> joins and where it writes the result.</summary>
public sealed record ShardMergeOptions
{
    /// <summary>The report of every shard of one sharded run (<c>--shard K/N --report FILE</c>), in any order.</summary>
    public IReadOnlyList<string> Reports { get; init; } = [];

    /// <summary>The merged output, when the shards wrote one output (<c>-o</c>).</summary>
    public string? OutputFile { get; init; }

    /// <summary>The folder of the merged outputs, named as in the shards' <c>--out-dir</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The merged report (records numbered as a single run numbers them, summed counts); null: none.</summary>
    public string? ReportFile { get; init; }

    /// <summary>The merged rejects (every shard's, in order); null: none.</summary>
    public string? RejectsFile { get; init; }
}
