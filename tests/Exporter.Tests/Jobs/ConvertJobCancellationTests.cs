using Exporter.Diagnostics;
using Exporter.Jobs;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Jobs;

/// <summary>A cancelled or abandoned <see cref="ConvertJob"/> commits nothing.</summary>
public class ConvertJobCancellationTests
{
    [Fact]
    public void Input_that_ends_after_cancellation_is_not_a_success()
    {
        // The upstream of a pipe killed by the same Ctrl-C: the input just ends, with no batch left to notice.
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("empty.txt"), []);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var job = new ConvertJob(FormatRegistry.CreateDefault());

        Assert.Throws<OperationCanceledException>(() => job.Run(Options(dir, "empty.txt"), null, cancel.Token));
        Assert.Equal(["empty.txt"], dir.Files());
    }

    [Fact]
    public void Abandon_from_another_caller_discards_every_output_of_the_run_in_progress()
    {
        using var dir = new TempDir();
        File.Copy(Path.Combine(TestEnvironment.Examples, "catalog.txt"), dir.File("catalog.txt"));
        var job = new ConvertJob(FormatRegistry.CreateDefault());
        var observer = new AbandoningObserver(job);

        Assert.Throws<OperationCanceledException>(() => job.Run(Options(dir, "catalog.txt"), observer));

        // marcxml, json and the report were open when the run was abandoned.
        Assert.Equal(3, observer.Discarded);
        Assert.Equal(["catalog.txt"], dir.Files());
        Assert.Equal(0, job.Abandon());
    }

    [Fact]
    public void A_finished_run_leaves_nothing_to_abandon()
    {
        using var dir = new TempDir();
        File.Copy(Path.Combine(TestEnvironment.Examples, "catalog.txt"), dir.File("catalog.txt"));
        var job = new ConvertJob(FormatRegistry.CreateDefault());
        job.Run(Options(dir, "catalog.txt"));

        Assert.Equal(0, job.Abandon());
        Assert.Equal(["catalog.jsonl", "catalog.marc.xml", "catalog.txt", "report.jsonl"], dir.Files());
    }

    private static ConvertJobOptions Options(TempDir dir, string input) => new()
    {
        Inputs = [dir.File(input)],
        From = "text",
        To = ["marcxml", "json"],
        OutputDirectory = dir.Path,
        ReportFile = dir.File("report.jsonl"),
    };

    /// <summary>Abandons the job at the first progress report, as the CLI does from its main thread after a signal.</summary>
    private sealed class AbandoningObserver(ConvertJob job) : IConversionObserver
    {
        public int Discarded { get; private set; } = -1;

        public void OnDiagnostic(Diagnostic diagnostic)
        {
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
            if (Discarded < 0) Discarded = job.Abandon();
        }
    }
}
