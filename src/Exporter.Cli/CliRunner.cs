using System.Runtime.InteropServices;
using Exporter.Diagnostics;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// Runs a job with Ctrl-C/SIGTERM handling and maps the outcome to messages and exit codes; never shows a stack trace.
/// The job runs on a worker thread so that an interruption is honoured even when the job cannot see it (blocked
/// reading a pipe or a FIFO that stays open): after <see cref="Grace"/> the run is abandoned, its temporary outputs
/// deleted, and the process exits with 130 all the same.
/// </summary>
internal static class CliRunner
{
    /// <summary>How long an interrupted job gets to stop by itself at its next batch.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>What an interrupted run says: nothing written, or which complete outputs (of the inputs finished
    /// before the signal, under --out-dir) it kept.</summary>
    private static string InterruptedMessage(IReadOnlyList<string> kept) => kept.Count switch
    {
        0 => "interrupted: no output written",
        _ => $"interrupted: no partial output; {Kept(kept)}",
    };

    private static string Kept(IReadOnlyList<string> kept) =>
        $"kept the {kept.Count} complete output file(s) of the inputs finished before: " + string.Join(", ", kept.Take(3)) + (kept.Count > 3 ? ", ..." : "");

    /// <summary>The counts of a run that ended early, when it read anything: the summary line is never left out.</summary>
    private static void PrintSummary(ICliJob job, CliRun run)
    {
        if (job.Summary is { Read: > 0 } s) Console.Error.WriteLine(run.SummaryText(s));
    }

    /// <summary>What a run that stopped or failed left: records already streamed, complete files kept, or nothing.</summary>
    private static string Left(ICliJob job)
    {
        var written = job.Summary?.Written ?? 0;
        if (job.Committed.Count > 0) return Kept(job.Committed);
        if (written > 0)
        {
            var where = job.OutputFile is { } o ? (o == "-" ? "standard output" : o) : "the streamed outputs";
            return $"{written} record(s) were already written to {where}; no output file written";
        }

        return "no output written";
    }

    public static int Run(CliRun run, Func<ConvertJobOptions> buildOptions) => Run(run, new ConvertCliJob(run.Formats, buildOptions));

    public static int Run(CliRun run, ICliJob job)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx =>
        {
            ctx.Cancel = true;
            cancel.Cancel();
        });
        try
        {
            var work = Task.Factory.StartNew(() => Execute(job, run, cancel.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                work.Wait(cancel.Token);
            }
            catch (OperationCanceledException)
            {
            }

            if (work.Wait(Grace)) return work.Result;
            job.Abandon();
            PrintSummary(job, run);
            Console.Error.WriteLine(InterruptedMessage(job.Committed));
            return ExitCodes.Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int Execute(ICliJob job, CliRun run, CancellationToken cancel)
    {
        ConsoleObserver? observer = null;
        var prepared = false;
        try
        {
            job.Prepare();
            prepared = true;
            observer = ConsoleObserver.ForConsole(run.Verbosity, TotalBytes(job.Inputs), job.OnError);
            var result = job.Run(observer, cancel);
            observer.Finish();
            var s = result.Summary;
            if (s.StoppedReading)
            {
                Console.Error.WriteLine(s.StoppedBy!.ToString());
                Console.Error.WriteLine($"stopped: {s}; the input could not be read to its end, no output written");
                return ExitCodes.Failed;
            }

            if (s.StoppedBy is not null)
            {
                var hint = s.StoppedBy.RecordIndex is null ? "" : " (use --on-error skip to go on past bad records)";
                Console.Error.WriteLine($"stopped: {run.SummaryText(s)}; {Left(job)}{hint}");
                PrintSkipped(result);
                return ExitCodes.Failed;
            }

            Console.Error.WriteLine(run.SummaryText(s));
            PrintSkipped(result);
            return s.Rejected > 0 ? ExitCodes.RecordsRejected : ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            observer?.Finish();
            PrintSummary(job, run);
            Console.Error.WriteLine(InterruptedMessage(job.Committed));
            return ExitCodes.Interrupted;
        }
        catch (ExporterException ex)
        {
            observer?.Finish();
            return CliErrorExit.Report(ex, prepared ? job.OnError : ErrorPolicy.Fail, run.HelpHint);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            observer?.Finish();
            Console.Error.WriteLine($"error IO0001: {ex.Message}");
            PrintSummary(job, run);
            if (job.Summary is not null) Console.Error.WriteLine($"stopped: {Left(job)}");
            return ExitCodes.Failed;
        }
        catch (Exception ex)
        {
            observer?.Finish();
            Console.Error.WriteLine($"error INT0001: internal error ({ex.GetType().Name}: {ex.Message}); please report it with the input that caused it");
            if (Environment.GetEnvironmentVariable("EXPORTER_DEBUG") == "1") Console.Error.WriteLine(ex);
            return ExitCodes.Failed;
        }
    }

    /// <summary>"skipped 11 files of unknown format", always: a directory run says what it did not read.</summary>
    private static void PrintSkipped(ConvertJobResult result)
    {
        foreach (var line in SkippedInput.Summary(result.Skipped)) Console.Error.WriteLine(line + (result.Skipped.Count > 0 ? " (--verbose names them)" : ""));
    }

    /// <summary>Total input size for the ETA; 0 (unknown) for standard input, directories and .gz input, whose
    /// decompressed size the file size does not tell. Files are not opened (a FIFO would block).</summary>
    private static long TotalBytes(IReadOnlyList<string> inputs)
    {
        long total = 0;
        foreach (var i in inputs)
        {
            if (!File.Exists(i) || i.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) return 0;
            total += new FileInfo(i).Length;
        }

        return total;
    }
}
