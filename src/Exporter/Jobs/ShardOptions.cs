using System.Globalization;
using Exporter.Diagnostics;

namespace Exporter.Jobs;

/// <summary>
/// One shard of a sharded run (<c>--shard K/N</c>): the <see cref="Number"/>-th (from 1) of <see cref="Count"/>
/// deterministic slices of the inputs, cut at record boundaries. <c>exporter merge</c> joins the shards' outputs into
/// what a single run writes.
/// </summary>
public sealed record ShardOptions(int Number, int Count)
{
    /// <summary>The usage error refusing a shard that is not K/N with 1 &lt;= K &lt;= N.</summary>
    public const string BadShardCode = "CLI0090";

    /// <summary>Parses "K/N"; throws <see cref="ExporterException"/> (a usage error) for anything else.</summary>
    public static ShardOptions Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            var shard = new ShardOptions(k, n);
            shard.Validate();
            return shard;
        }

        throw Bad($"--shard must be K/N (the K-th of N slices, K from 1), not '{text}'");
    }

    /// <summary>Throws a usage error unless 1 &lt;= K &lt;= N.</summary>
    public void Validate()
    {
        if (Count < 1) throw Bad(FormattableString.Invariant($"--shard {Number}/{Count}: N must be at least 1"));
        if (Number < 1 || Number > Count) throw Bad(FormattableString.Invariant($"--shard {Number}/{Count}: K must be from 1 to N"));
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Number}/{Count}");

    private static ExporterException Bad(string message) => new(new Diagnostic(BadShardCode, Severity.Error, message));
}
