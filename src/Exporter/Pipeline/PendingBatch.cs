using System.Runtime.ExceptionServices;

namespace Exporter.Pipeline;

/// <summary>
/// A framed batch on its way through the workers: its buffers, and, once a worker is done with it, the encoded
/// batch or the failure. Its state changes only under the <see cref="BatchPipeline"/>'s lock.
/// </summary>
internal sealed class PendingBatch(FramedBatch framed, SegmentBuffer[] outputs)
{
    public FramedBatch Framed { get; } = framed;

    public SegmentBuffer[] Outputs { get; } = outputs;

    public EncodedBatch? Encoded { get; set; }

    public ExceptionDispatchInfo? Failure { get; set; }

    public bool Done => Encoded is not null || Failure is not null;
}
