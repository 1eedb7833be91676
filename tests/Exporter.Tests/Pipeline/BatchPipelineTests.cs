using System.Runtime.ExceptionServices;
using Exporter.Pipeline;

namespace Exporter.Tests.Pipeline;

/// <summary>The hand-offs of the pipelined converter: input order for the writer, whatever order the workers finish in;
/// stopping wakes every waiter; a worker's failure reaches the writer.</summary>
public class BatchPipelineTests
{
    private static PendingBatch Pending(long ordinal) =>
        new(new FramedBatch(null!, ordinal, [], 0), [new SegmentBuffer()]);

    private static EncodedBatch Encoded(PendingBatch p) => new(p.Framed, p.Outputs);

    /// <summary>A call run on a thread of its own, as the pipeline's threads are; Ended waits for it a while.</summary>
    private sealed class OnThread<T>
    {
        private readonly Thread _thread;

        public OnThread(Func<T> call)
        {
            _thread = new Thread(() =>
            {
                try
                {
                    Result = call();
                }
                catch (Exception ex)
                {
                    Failure = ex;
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public T? Result { get; private set; }

        public Exception? Failure { get; private set; }

        public bool Ended(int milliseconds) => _thread.Join(milliseconds);
    }

    [Fact]
    public void Writer_takes_batches_in_input_order_when_workers_finish_in_reverse()
    {
        var pipeline = new BatchPipeline(4);
        var batches = Enumerable.Range(0, 3).Select(i => Pending(i)).ToList();
        foreach (var b in batches) Assert.True(pipeline.TryAdd(b));
        pipeline.CompleteAdding();
        var taken = new List<PendingBatch>();
        while (pipeline.TryTakeWork(out var work)) taken.Add(work);
        Assert.Equal(batches, taken);
        for (var i = taken.Count - 1; i >= 0; i--) pipeline.Complete(taken[i], Encoded(taken[i]), null);

        var order = new List<long>();
        while (pipeline.TryTakeNext(out var encoded)) order.Add(encoded.Framed.OrdinalBase);
        Assert.Equal([0L, 1L, 2L], order);
    }

    [Fact]
    public void Writer_waits_for_the_head_batch_even_when_a_later_one_is_done()
    {
        var pipeline = new BatchPipeline(4);
        var first = Pending(0);
        var second = Pending(1);
        pipeline.TryAdd(first);
        pipeline.TryAdd(second);
        pipeline.Complete(second, Encoded(second), null);
        var writer = new OnThread<long>(() => pipeline.TryTakeNext(out var e) ? e.Framed.OrdinalBase : -1);
        Assert.False(writer.Ended(100));
        pipeline.Complete(first, Encoded(first), null);
        Assert.True(writer.Ended(10_000));
        Assert.Equal(0, writer.Result);
    }

    [Fact]
    public void Adding_waits_while_the_pipeline_is_full_and_resumes_when_the_writer_takes()
    {
        var pipeline = new BatchPipeline(1);
        var first = Pending(0);
        Assert.True(pipeline.TryAdd(first));
        var framing = new OnThread<bool>(() => pipeline.TryAdd(Pending(1)));
        Assert.False(framing.Ended(100));
        pipeline.Complete(first, Encoded(first), null);
        Assert.True(pipeline.TryTakeNext(out _));
        Assert.True(framing.Ended(10_000));
        Assert.True(framing.Result);
    }

    [Fact]
    public void Stop_wakes_the_writer_the_framing_thread_and_idle_workers()
    {
        var pipeline = new BatchPipeline(1);
        var queued = Pending(0);
        pipeline.TryAdd(queued);
        var framing = new OnThread<bool>(() => pipeline.TryAdd(Pending(1)));
        var writer = new OnThread<bool>(() => pipeline.TryTakeNext(out _));
        Assert.True(pipeline.TryTakeWork(out var work));
        var idle = new OnThread<bool>(() => pipeline.TryTakeWork(out _));
        Assert.False(framing.Ended(100) || writer.Ended(0) || idle.Ended(0));

        pipeline.Stop();
        Assert.True(framing.Ended(10_000));
        Assert.False(framing.Result);
        Assert.True(writer.Ended(10_000));
        Assert.IsType<OperationCanceledException>(writer.Failure);
        Assert.True(idle.Ended(10_000));
        Assert.False(idle.Result);
        Assert.Same(queued, work);
    }

    [Fact]
    public void Workers_still_take_batches_queued_before_the_stop()
    {
        var pipeline = new BatchPipeline(2);
        pipeline.TryAdd(Pending(0));
        pipeline.Stop();
        Assert.True(pipeline.TryTakeWork(out _));
        Assert.False(pipeline.TryTakeWork(out _));
        Assert.False(pipeline.TryAdd(Pending(1)));
    }

    [Fact]
    public void A_workers_failure_is_rethrown_to_the_writer_as_it_was()
    {
        var pipeline = new BatchPipeline(1);
        var batch = Pending(0);
        pipeline.TryAdd(batch);
        pipeline.Complete(batch, null, ExceptionDispatchInfo.Capture(new InvalidDataException("broken")));
        var ex = Assert.Throws<InvalidDataException>(() => pipeline.TryTakeNext(out _));
        Assert.Equal("broken", ex.Message);
    }
}
