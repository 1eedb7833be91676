using Exporter.Cli;
using Exporter.Diagnostics;

namespace Exporter.Tests.Cli;

public class ConsoleObserverTests
{
    private static readonly string Clear = "\r" + new string(' ', ConsoleObserver.Width) + "\r";

    [Fact]
    public void Progress_waits_two_seconds_then_shows_counts_rates_percent_and_eta()
    {
        var (observer, time, error) = Create(Verbosity.Normal, totalBytes: 1_000_000);
        time.Now = TimeSpan.FromSeconds(1.9);
        observer.OnProgress(900, 200_000);
        Assert.Equal("", error.ToString());

        time.Now = TimeSpan.FromSeconds(2);
        observer.OnProgress(1000, 400_000);

        // 1000 records and 0.4 MB in 2 s; 40% of the input read in 2 s leaves 3 s.
        Assert.Equal("\r" + "1,000 records, 500 rec/s, 0.2 MB/s, 40%, ETA 0:00:03".PadRight(ConsoleObserver.Width), error.ToString());
    }

    [Fact]
    public void Progress_is_redrawn_at_most_every_quarter_second()
    {
        var (observer, time, error) = Create(Verbosity.Normal, totalBytes: 0);
        time.Now = TimeSpan.FromSeconds(3);
        observer.OnProgress(10, 100);
        time.Now = TimeSpan.FromSeconds(3.2);
        observer.OnProgress(20, 200);
        Assert.Equal(1, Count(error.ToString(), '\r'));

        time.Now = TimeSpan.FromSeconds(3.25);
        observer.OnProgress(30, 300);
        Assert.Equal(2, Count(error.ToString(), '\r'));
        Assert.EndsWith("30 records, 9 rec/s, 0.0 MB/s".PadRight(ConsoleObserver.Width), error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1000L)]
    public void Without_a_known_size_or_past_it_there_is_no_percent_or_eta(long totalBytes)
    {
        // 0: standard input or a directory; 1000 < bytes read: gzip input, whose decompressed size is unknown.
        var line = ConsoleObserver.ProgressLine(5000, 2_000_000, TimeSpan.FromSeconds(4), totalBytes);
        Assert.Equal("5,000 records, 1,250 rec/s, 0.5 MB/s", line);
    }

    [Fact]
    public void Eta_counts_hours_past_a_day()
    {
        var line = ConsoleObserver.ProgressLine(1, 1, TimeSpan.FromSeconds(1), 100_001);
        Assert.EndsWith(", 0%, ETA 27:46:40", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Normal")]
    [InlineData("Verbose")]
    [InlineData("Quiet")]
    public void Hidden_progress_and_quiet_write_nothing_however_long_the_run(string verbosity)
    {
        var hidden = Create(Enum.Parse<Verbosity>(verbosity), 1000, ProgressDisplay.Hidden);
        var quiet = Create(Verbosity.Quiet, 1000, ProgressDisplay.Shown);
        foreach (var (observer, time, _) in new[] { hidden, quiet })
        {
            time.Now = TimeSpan.FromMinutes(5);
            observer.OnProgress(10, 100);
            observer.Finish();
        }

        Assert.Equal("", hidden.Error.ToString());
        Assert.Equal("", quiet.Error.ToString());
    }

    [Fact]
    public void Finish_clears_a_drawn_progress_line()
    {
        var (observer, time, error) = Create(Verbosity.Normal, 0);
        time.Now = TimeSpan.FromSeconds(2);
        observer.OnProgress(10, 100);
        var drawn = error.ToString();
        observer.Finish();
        Assert.Equal(drawn + Clear, error.ToString());
    }

    [Theory]
    [InlineData("Quiet", "E")]
    [InlineData("Normal", "EW")]
    [InlineData("Verbose", "EIW")]
    public void Verbosity_decides_which_diagnostics_are_printed(string verbosity, string expected)
    {
        var (observer, _, error) = Create(Enum.Parse<Verbosity>(verbosity), 0);
        observer.OnDiagnostic(new Diagnostic("T1", Severity.Info, "I"));
        observer.OnDiagnostic(new Diagnostic("T2", Severity.Warning, "W"));
        observer.OnRejected(new Exporter.Pipeline.RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), [new Diagnostic("T3", Severity.Error, "E")]);
        var printed = string.Concat(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[^1]).Order(Comparer<char>.Default));
        Assert.Equal(expected, printed);
    }

    [Fact]
    public void A_diagnostic_clears_the_progress_line_first()
    {
        var (observer, time, error) = Create(Verbosity.Normal, 0);
        time.Now = TimeSpan.FromSeconds(2);
        observer.OnProgress(10, 100);
        var drawn = error.ToString();
        observer.OnDiagnostic(new Diagnostic("T2", Severity.Warning, "W"));
        Assert.Equal(drawn + Clear + new Diagnostic("T2", Severity.Warning, "W") + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Diagnostics_are_capped_and_the_rest_counted()
    {
        var (observer, _, error) = Create(Verbosity.Normal, 0);
        for (var i = 0; i < ConsoleObserver.MaxLines + 7; i++) observer.OnDiagnostic(new Diagnostic("T2", Severity.Warning, "W" + i));
        observer.Finish();
        var lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ConsoleObserver.MaxLines + 1, lines.Length);
        Assert.Equal("... 7 more diagnostics not shown (use --report FILE to keep them all)", lines[^1]);
    }

    private static (ConsoleObserver Observer, ManualTime Time, StringWriter Error) Create(Verbosity verbosity, long totalBytes, ProgressDisplay display = ProgressDisplay.Shown)
    {
        var time = new ManualTime();
        var error = new StringWriter();
        return (new ConsoleObserver(verbosity, totalBytes, error, display, time), time, error);
    }

    private static int Count(string s, char c) => s.Count(x => x == c);

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualTime : TimeProvider
    {
        public TimeSpan Now { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Now.Ticks;
    }
}
