using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>A job <see cref="CliRunner"/> runs: convert and validate (<see cref="ConvertCliJob"/>) or publish
/// (<see cref="PublishCliJob"/>). Options are built by <see cref="Prepare"/>, where usage errors are thrown.</summary>
internal interface ICliJob
{
    /// <summary>Builds the job's options from the command line; throws usage errors.</summary>
    void Prepare();

    /// <summary>The inputs as given (for the progress estimate).</summary>
    IReadOnlyList<string> Inputs { get; }

    /// <summary>The error policy (for the hint after a stop).</summary>
    ErrorPolicy OnError { get; }

    /// <summary>The single output file (-o), when there is one, for "records already written to ...".</summary>
    string? OutputFile { get; }

    /// <summary>The counts of a run once it ended.</summary>
    ConversionSummary? Summary { get; }

    /// <summary>What the run put in place.</summary>
    IReadOnlyList<string> Committed { get; }

    /// <summary>Runs the prepared job.</summary>
    ConvertJobResult Run(IConversionObserver observer, CancellationToken cancel);

    /// <summary>Gives up on a run that does not see its cancellation.</summary>
    int Abandon();
}
