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
        _ => $"interrupted: no partial output; kept the {kept.Count} complete output file(s) of the inputs finished before: "
            + string.Join(", ", kept.Take(3)) + (kept.Count > 3 ? ", ..." : ""),
    };

    public static int Run(Verbosity verbosity, Func<ConvertJobOptions> buildOptions)
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
            var job = new ConvertJob(FormatRegistry.CreateDefault());
            var work = Task.Factory.StartNew(() => Execute(job, verbosity, buildOptions, cancel.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                work.Wait(cancel.Token);
            }
            catch (OperationCanceledException)
            {
            }

            if (work.Wait(Grace)) return work.Result;
            job.Abandon();
            Console.Error.WriteLine(InterruptedMessage(job.Committed));
            return ExitCodes.Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int Execute(ConvertJob job, Verbosity verbosity, Func<ConvertJobOptions> buildOptions, CancellationToken cancel)
    {
        ConsoleObserver? observer = null;
        try
        {
            var options = buildOptions();
            observer = ConsoleObserver.ForConsole(verbosity, TotalBytes(options.Inputs));
            var result = job.Run(options, observer, cancel);
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
                Console.Error.WriteLine($"stopped: {s}; no output written (use --on-error skip to go on past bad records)");
                return ExitCodes.Failed;
            }

            Console.Error.WriteLine(s.ToString());
            return s.Rejected > 0 ? ExitCodes.RecordsRejected : ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            observer?.Finish();
            Console.Error.WriteLine(InterruptedMessage(job.Committed));
            return ExitCodes.Interrupted;
        }
        catch (ExporterException ex)
        {
            observer?.Finish();
            Console.Error.WriteLine(ex.Diagnostic.ToString());
            return ex.Diagnostic.Code.StartsWith("CLI", StringComparison.Ordinal) ? ExitCodes.Usage : ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            observer?.Finish();
            Console.Error.WriteLine($"error IO0001: {ex.Message}");
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
