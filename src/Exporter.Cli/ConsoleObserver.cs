using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// Prints diagnostics to stderr, one line each (errors always, warnings unless quiet, infos when verbose; capped so a
/// bad file does not flood the terminal), and, when stderr is a terminal and the run is long, a progress line
/// (records, records/s, MB/s, and percent and ETA when the input size is known) redrawn a few times a second.
/// </summary>
internal sealed class ConsoleObserver : IConversionObserver
{
    /// <summary>Width the progress line is padded to and cleared with.</summary>
    internal const int Width = 78;

    /// <summary>Most diagnostic lines printed; the rest are counted.</summary>
    internal const int MaxLines = 50;

    /// <summary>Runs shorter than this show no progress at all.</summary>
    internal static readonly TimeSpan FirstAfter = TimeSpan.FromSeconds(2);

    /// <summary>Least time between two redraws.</summary>
    internal static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);

    private readonly Verbosity _verbosity;
    private readonly long _totalBytes;
    private readonly TextWriter _error;
    private readonly ProgressDisplay _display;
    private readonly TimeProvider _time;
    private readonly long _start;
    private TimeSpan? _lastDrawn;
    private int _printed;
    private int _suppressed;

    /// <summary>Creates an observer writing to <paramref name="error"/>; <paramref name="totalBytes"/> is the input
    /// size, 0 when unknown (standard input, gzip, directories).</summary>
    public ConsoleObserver(Verbosity verbosity, long totalBytes, TextWriter error, ProgressDisplay display, TimeProvider time)
    {
        _verbosity = verbosity;
        _totalBytes = totalBytes;
        _error = error;
        _display = verbosity == Verbosity.Quiet ? ProgressDisplay.Hidden : display;
        _time = time;
        _start = time.GetTimestamp();
    }

    /// <summary>The run's --on-error, which decides whether a diagnostic suggests --on-error skip.</summary>
    public ErrorPolicy OnError { get; init; } = ErrorPolicy.Fail;

    /// <summary>The observer for this process: stderr, progress only when stderr is a terminal.</summary>
    public static ConsoleObserver ForConsole(Verbosity verbosity, long totalBytes, ErrorPolicy onError) =>
        new(verbosity, totalBytes, Console.Error, Console.IsErrorRedirected ? ProgressDisplay.Hidden : ProgressDisplay.Shown, TimeProvider.System) { OnError = onError };

    public void OnDiagnostic(Diagnostic diagnostic)
    {
        var show = diagnostic.Severity switch
        {
            Severity.Error => true,
            Severity.Warning => _verbosity != Verbosity.Quiet,
            _ => _verbosity == Verbosity.Verbose,
        };
        if (show) Print(CliDiagnosticText.Of(diagnostic, OnError));
    }

    public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) OnDiagnostic(d);
    }

    public void OnProgress(long records, long bytes)
    {
        if (_display == ProgressDisplay.Hidden) return;
        var elapsed = _time.GetElapsedTime(_start);
        if (elapsed < FirstAfter || (_lastDrawn is TimeSpan last && elapsed - last < Every)) return;
        _lastDrawn = elapsed;
        _error.Write("\r" + ProgressLine(records, bytes, elapsed, _totalBytes).PadRight(Width));
    }

    /// <summary>Clears the progress line and says how many diagnostics were not shown.</summary>
    public void Finish()
    {
        ClearProgress();
        if (_suppressed > 0) _error.WriteLine($"... {_suppressed} more diagnostics not shown (use --report FILE to keep them all)");
    }

    /// <summary>"12,345 records, 6,172 rec/s, 12.3 MB/s[, 40%, ETA 0:00:03]"; percent and ETA only when the size is
    /// known and not yet exceeded.</summary>
    internal static string ProgressLine(long records, long bytes, TimeSpan elapsed, long totalBytes)
    {
        var secs = Math.Max(0.001, elapsed.TotalSeconds);
        var line = string.Create(CultureInfo.InvariantCulture, $"{records:N0} records, {records / secs:N0} rec/s, {bytes / secs / 1e6:N1} MB/s");
        if (totalBytes <= 0 || bytes <= 0 || bytes > totalBytes) return line;
        var eta = TimeSpan.FromSeconds(Math.Round(secs * (totalBytes - bytes) / bytes));
        return line + string.Create(CultureInfo.InvariantCulture, $", {100.0 * bytes / totalBytes:N0}%, ETA {(int)eta.TotalHours}:{eta:mm\\:ss}");
    }

    private void Print(string line)
    {
        if (_printed >= MaxLines)
        {
            _suppressed++;
            return;
        }

        ClearProgress();
        _error.WriteLine(line);
        _printed++;
    }

    private void ClearProgress()
    {
        if (_lastDrawn is null) return;
        _error.Write("\r" + new string(' ', Width) + "\r");
        _lastDrawn = null;
    }
}
