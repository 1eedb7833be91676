using Exporter.Jobs;
using Exporter.Pipeline;
using Exporter.Publishing;

namespace Exporter.Cli;

/// <summary><see cref="PublishJob"/> for <see cref="CliRunner"/>.</summary>
internal sealed class PublishCliJob(FormatRegistry formats, Func<PublishJobOptions> buildOptions) : ICliJob
{
    private readonly PublishJob _job = new(formats);
    private PublishJobOptions? _options;

    public IReadOnlyList<string> Inputs => _options?.Inputs ?? [];

    public ErrorPolicy OnError => _options?.Conversion.OnError ?? ErrorPolicy.Fail;

    public string? OutputFile => null;

    public ConversionSummary? Summary => _job.Summary;

    public IReadOnlyList<string> Committed => _job.Committed;

    public void Prepare() => _options = buildOptions();

    public ConvertJobResult Run(IConversionObserver observer, CancellationToken cancel) => _job.Run(_options!, observer, cancel);

    public int Abandon() => _job.Abandon();
}
