using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Jobs.Sharding;

/// <summary>
/// What one shard of a sharded run reads. The inputs are laid end to end and cut into <see cref="ShardOptions.Count"/>
/// equal byte ranges; each input's cut offsets are moved to record boundaries of its sequential read
/// (<see cref="InputSlicer"/>), and shard K reads every input's bytes between its K-1-th and K-th cut. So the shards,
/// taken in order, read every record once and in the order a single run reads them. An input that cannot be cut
/// (gzip, standard input, a format read as one document) goes whole to the shard its first byte falls in (shard 1 for
/// a lone input), and every shard says so (SHARD0002).
/// </summary>
internal sealed class ShardPlan
{
    /// <summary>The info diagnostic of an input read whole by one shard.</summary>
    public const string WholeCode = "SHARD0002";

    private readonly Dictionary<string, ShardedInput> _bySource;

    private ShardPlan(ShardOptions shard, IReadOnlyList<ShardedInput> inputs)
    {
        Shard = shard;
        Inputs = inputs;
        _bySource = inputs.GroupBy(i => i.Input.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>This shard.</summary>
    public ShardOptions Shard { get; }

    /// <summary>Every input, with its slice.</summary>
    public IReadOnlyList<ShardedInput> Inputs { get; }

    /// <summary>Plans shard <paramref name="shard"/> of <paramref name="inputs"/>.</summary>
    public static ShardPlan Make(IReadOnlyList<InputFile> inputs, ShardOptions shard, ReadOptions read, long lookback = InputSlicer.DefaultLookback)
    {
        var sizes = inputs.Select(i => i.Path == "-" || !File.Exists(i.Path) ? 0 : new FileInfo(i.Path).Length).ToList();
        var total = sizes.Sum();
        long Cut(int k) => (long)((Int128)total * k / shard.Count);
        int ShardOf(long position)
        {
            for (var k = 1; k <= shard.Count; k++)
            {
                if (position < Cut(k)) return k;
            }

            return total > 0 ? shard.Count : 1;
        }

        var planned = new List<ShardedInput>();
        long at = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var size = sizes[i];
            var owner = ShardOf(at);
            Stream? opened = null;
            if (input.FormatDecidedOnOpen) opened = input.Open();
            var why = WhyWhole(input, read, lookback, out var slicer, out var envelope);
            InputSlice slice;
            if (why is not null)
            {
                slice = new InputSlice(0, size, size) { Whole = true, Owner = owner, WhyWhole = why, HoldsStart = owner == shard.Number };
                if (!slice.HoldsStart)
                {
                    opened?.Dispose();
                    opened = null;
                }
            }
            else
            {
                opened?.Dispose();
                opened = null;
                var local = slicer!;
                long Local(long global) => Math.Clamp(global - at, 0, size);
                var start = local.Boundary(Local(Cut(shard.Number - 1)), envelope!);
                var end = Math.Max(start, local.Boundary(Local(Cut(shard.Number)), envelope!));
                var holdsStart = size == 0 ? owner == shard.Number : start == 0 && end > 0;
                slice = new InputSlice(start, end, size) { Envelope = envelope!, HoldsStart = holdsStart };
            }

            planned.Add(new ShardedInput(input, slice) { Opened = opened });
            at += size;
        }

        return new ShardPlan(shard, planned);
    }

    /// <summary>The info diagnostics of the inputs read whole.</summary>
    public IEnumerable<Diagnostic> Notes() =>
        Inputs.Where(i => i.Slice.Whole).Select(i => new Diagnostic(WholeCode, Severity.Info,
            FormattableString.Invariant($"not cut into slices ({i.Slice.WhyWhole}): shard {i.Slice.Owner} of {Shard.Count} reads it whole"))
        {
            Source = i.Input.Path,
        });

    /// <summary>The sharded input read from <paramref name="source"/>, if any.</summary>
    public ShardedInput? Of(string? source) => source is not null && _bySource.TryGetValue(source, out var input) ? input : null;

    /// <summary>The readers of this shard's slices of <paramref name="inputs"/>, lazily, in order.</summary>
    public IEnumerable<ConversionInput> Readers(IReadOnlyList<InputFile> inputs, ReadOptions read)
    {
        foreach (var file in inputs)
        {
            var input = Of(file.Path)!;
            var slice = input.Slice;
            if (slice.IsEmpty)
            {
                yield return new ConversionInput(file.Path, new EmptyCatalogReader()) { WarnWhenEmpty = false };
                continue;
            }

            var readOptions = read with { SourceName = file.Path };
            if (slice.Whole)
            {
                var stream = input.Opened ?? file.Open();
                input.Opened = null;
                using var whole = new CountingCatalogReader(file.Format.CreateReader(stream, readOptions));
                input.Counter = whole;
                yield return new ConversionInput(file.Path, whole) { DamageAtEnd = file.DamageAtEnd };
                continue;
            }

            var sliceStream = new SliceStream(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), slice.Start, slice.End, slice.Start == 0 ? SliceEnvelope.None : slice.Envelope);
            input.Stream = sliceStream;
            using var reader = new CountingCatalogReader(file.Format.CreateReader(sliceStream, readOptions));
            input.Counter = reader;
            yield return new ConversionInput(file.Path, reader) { WarnWhenEmpty = slice.HoldsStart };
        }
    }

    /// <summary>Why <paramref name="input"/> is read whole, or null when it is cut (with its slicer and envelope).</summary>
    private static string? WhyWhole(InputFile input, ReadOptions read, long lookback, out InputSlicer? slicer, out SliceEnvelope? envelope)
    {
        slicer = null;
        envelope = null;
        if (input.Path == "-") return "standard input";
        if (input.Format.Slicing is not { } slicing) return $"a {input.Format.Name} input is read as one document";
        using (var probe = new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096))
        {
            if (!probe.CanSeek) return "not a regular file";
            Span<byte> magic = stackalloc byte[2];
            if (probe.Read(magic) == 2 && magic[0] == 0x1F && magic[1] == 0x8B) return "gzip";
        }

        slicer = new InputSlicer(input.Format, slicing, input.Path, read with { SourceName = input.Path }, lookback);
        envelope = slicer.Envelope();
        return envelope is null ? $"this {input.Format.Name} document cannot be read in parts" : null;
    }
}
