using System.Runtime.InteropServices;
using Exporter.Diagnostics;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>Runs a job with Ctrl-C/SIGTERM handling and maps the outcome to messages and exit codes; never shows a stack trace.</summary>
internal static class CliRunner
{
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
        ConsoleObserver? observer = null;
        try
        {
            var options = buildOptions();
            observer = new ConsoleObserver(verbosity, TotalBytes(options.Inputs));
            var result = new ConvertJob(FormatRegistry.CreateDefault()).Run(options, observer, cancel.Token);
            observer.Finish();
            var s = result.Summary;
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
            Console.Error.WriteLine("interrupted: no output written");
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
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static long TotalBytes(IReadOnlyList<string> inputs)
    {
        long total = 0;
        foreach (var i in inputs)
        {
            if (File.Exists(i)) total += new FileInfo(i).Length;
            else return 0;
        }

        return total;
    }
}
