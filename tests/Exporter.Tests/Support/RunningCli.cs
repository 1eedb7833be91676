using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Exporter.Tests.Support;

/// <summary>
/// The real `exporter` CLI left running, so that a test can feed its standard input, wait until it is mid-run and
/// send it a POSIX signal. Killed on dispose if still running.
/// </summary>
public sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly Task<byte[]> _stdout;
    private readonly Task<string> _stderr;

    private RunningCli(Process process)
    {
        _process = process;
        _stdout = Task.Run(() =>
        {
            using var ms = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(ms);
            return ms.ToArray();
        });
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>The process's standard input, open until the test closes it.</summary>
    public Stream StandardInput => _process.StandardInput.BaseStream;

    /// <summary>Starts <c>dotnet exporter.dll args</c>.</summary>
    public static RunningCli Start(params string[] args) => new(Process.Start(ExporterCli.StartInfo(args))!);

    /// <summary>Sends signal <paramref name="name"/> ("TERM", "INT", "KILL") with kill(2) from libc (no procps needed).</summary>
    public void Signal(string name)
    {
        var number = name switch
        {
            "TERM" => 15,
            "INT" => 2,
            "KILL" => 9,
            _ => throw new ArgumentException($"no signal number known for {name}", nameof(name)),
        };
        Assert.True(Kill(Id, number) == 0, $"kill({Id}, SIG{name}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>True when the process ignores signal number <paramref name="signal"/> (a disposition inherited as
    /// SIG_IGN, as shells give SIGINT to background jobs), read from /proc.</summary>
    public bool Ignores(int signal)
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        var mask = ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (mask & (1UL << (signal - 1))) != 0;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails if the process exits first or
    /// <paramref name="timeout"/> passes.</summary>
    public void WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited) Assert.Fail($"exporter exited ({_process.ExitCode}) before {what}: {_stderr.Result}");
            if (clock.Elapsed > timeout) Assert.Fail($"no {what} after {timeout.TotalSeconds} s");
            Thread.Sleep(20);
        }
    }

    /// <summary>Waits for the process to end and returns what it did.</summary>
    public ExporterCli.Result WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(true);
            Assert.Fail($"exporter did not exit within {timeout.TotalSeconds} s");
        }

        _process.WaitForExit();
        var bytes = _stdout.Result;
        return new ExporterCli.Result(_process.ExitCode, Encoding.UTF8.GetString(bytes), _stderr.Result, bytes);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(true);
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }
}
