namespace Exporter.Pipeline;

/// <summary>
/// A batch after parsing and encoding: one item per record and, per target, the records' bytes one after another in
/// <see cref="Outputs"/>. Record <c>i</c>'s bytes for target <c>t</c> end at <c>Ends[i * targets + t]</c> and start
/// where record <c>i - 1</c>'s end (a rejected record takes no bytes, nor does one a target omits: <see cref="Omits"/>).
/// </summary>
internal sealed class EncodedBatch(FramedBatch framed, SegmentBuffer[] outputs)
{
    public FramedBatch Framed { get; } = framed;

    public SegmentBuffer[] Outputs { get; } = outputs;

    public BatchItem[] Items { get; } = new BatchItem[framed.Sources.Count];

    public int[] Ends { get; } = new int[framed.Sources.Count * outputs.Length];

    /// <summary>Per record and target (<c>[i * targets + t]</c>): true when the target left the record out.</summary>
    public bool[] Omitted { get; } = new bool[framed.Sources.Count * outputs.Length];

    /// <summary>True when target <paramref name="target"/> left record <paramref name="item"/> out.</summary>
    public bool Omits(int item, int target) => Omitted[(item * Outputs.Length) + target];

    /// <summary>The bytes of record <paramref name="item"/> for target <paramref name="target"/>.</summary>
    public ReadOnlySpan<byte> Encoded(int item, int target)
    {
        var targets = Outputs.Length;
        var start = item == 0 ? 0 : Ends[((item - 1) * targets) + target];
        return Outputs[target].Slice(start, Ends[(item * targets) + target]);
    }
}
