using System.Diagnostics;
using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// Prints diagnostics to stderr, one line each (errors always, warnings unless quiet, infos when verbose; capped so a
/// bad file does not flood the terminal), and a progress line with rates when stderr is a terminal and the run is long.
/// </summary>
internal sealed class ConsoleObserver(Verbosity verbosity, long totalBytes) : IConversionObserver
{
    private const int MaxLines = 50;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _progress = !Console.IsErrorRedirected && verbosity != Verbosity.Quiet;
    private int _printed;
    private int _suppressed;
    private bool _progressShown;

    public void OnDiagnostic(Diagnostic diagnostic)
    {
        var show = diagnostic.Severity switch
        {
            Severity.Error => true,
            Severity.Warning => verbosity != Verbosity.Quiet,
            _ => verbosity == Verbosity.Verbose,
        };
        if (show) Print(diagnostic.ToString());
    }

    public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) OnDiagnostic(d);
    }

    public void OnProgress(long records, long bytes)
    {
        if (!_progress || _clock.Elapsed.TotalSeconds < 2) return;
        var secs = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var line = string.Create(CultureInfo.InvariantCulture, $"{records:N0} records, {records / secs:N0} rec/s, {bytes / secs / 1e6:N1} MB/s");
        if (totalBytes > 0 && bytes > 0)
        {
            var eta = TimeSpan.FromSeconds(secs * (totalBytes - bytes) / bytes);
            line += string.Create(CultureInfo.InvariantCulture, $", {100.0 * bytes / totalBytes:N0}%, ETA {eta:hh\\:mm\\:ss}");
        }

        Console.Error.Write("\r" + line.PadRight(78));
        _progressShown = true;
    }

    public void Finish()
    {
        if (_progressShown) Console.Error.Write("\r" + new string(' ', 78) + "\r");
        if (_suppressed > 0) Console.Error.WriteLine($"... {_suppressed} more diagnostics not shown (use --report FILE to keep them all)");
    }

    private void Print(string line)
    {
        if (_printed >= MaxLines)
        {
            _suppressed++;
            return;
        }

        if (_progressShown) Console.Error.Write("\r" + new string(' ', 78) + "\r");
        Console.Error.WriteLine(line);
        _printed++;
    }
}
