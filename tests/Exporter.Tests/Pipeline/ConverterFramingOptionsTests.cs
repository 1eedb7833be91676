using Exporter.Pipeline;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// <see cref="Converter.FramingOptions"/>: a run that registers record ids parses a whole batch before encoding it, so
/// its batches are capped (smaller caller limits kept); other runs keep the caller's options as they are.
/// </summary>
public class ConverterFramingOptionsTests
{
    [Fact]
    public void A_registering_run_caps_records_and_bytes_per_batch()
    {
        var options = new ConversionOptions { BatchSize = 256, BatchBytes = 1 << 20, Threads = 3, OnError = ErrorPolicy.Skip };
        var framing = Converter.FramingOptions(options, registersIds: true);
        Assert.Equal(Converter.RegisteringBatchSize, framing.BatchSize);
        Assert.Equal(Converter.RegisteringBatchBytes, framing.BatchBytes);
        Assert.Equal((3, ErrorPolicy.Skip, 256), (framing.Threads, framing.OnError, options.BatchSize)); // the rest kept, the caller's options untouched
        Assert.Same(options.Once, framing.Once); // once-only warnings stay once per run
    }

    [Fact]
    public void Smaller_limits_of_the_caller_are_kept()
    {
        var options = new ConversionOptions { BatchSize = 7, BatchBytes = 100 };
        Assert.Same(options, Converter.FramingOptions(options, registersIds: true));
        var bytesOnly = Converter.FramingOptions(new ConversionOptions { BatchSize = 1000, BatchBytes = 100 }, registersIds: true);
        Assert.Equal((Converter.RegisteringBatchSize, 100L), (bytesOnly.BatchSize, bytesOnly.BatchBytes));
    }

    [Fact]
    public void Other_runs_keep_the_callers_options()
    {
        var options = new ConversionOptions { BatchSize = 256, BatchBytes = 1 << 20 };
        Assert.Same(options, Converter.FramingOptions(options, registersIds: false));
    }
}
