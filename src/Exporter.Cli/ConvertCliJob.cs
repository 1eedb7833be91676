using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary><see cref="ConvertJob"/> for <see cref="CliRunner"/> (convert and validate).</summary>
internal sealed class ConvertCliJob(FormatRegistry formats, Func<ConvertJobOptions> buildOptions) : ICliJob
{
    private readonly ConvertJob _job = new(formats);
    private ConvertJobOptions? _options;

    public IReadOnlyList<string> Inputs => _options?.Inputs ?? [];

    public ErrorPolicy OnError => _options?.Conversion.OnError ?? ErrorPolicy.Fail;

    public string? OutputFile => _options?.OutputFile;

    public ConversionSummary? Summary => _job.Summary;

    public IReadOnlyList<string> Committed => _job.Committed;

    public void Prepare() => _options = buildOptions();

    public ConvertJobResult Run(IConversionObserver observer, CancellationToken cancel) => _job.Run(_options!, observer, cancel);

    public int Abandon() => _job.Abandon();
}
