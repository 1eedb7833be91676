using System.Diagnostics;
using System.Text;

namespace Exporter.Tests.Support;

/// <summary>Runs the real `exporter` CLI (the exporter.dll copied beside the tests) as a child process.</summary>
public static class ExporterCli
{
    /// <summary>What the process did.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr, byte[] StdOutBytes);

    /// <summary>Path of exporter.dll.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "exporter.dll");

    /// <summary>Runs <c>dotnet exporter.dll args</c> in <paramref name="workingDirectory"/> (default: repo root).</summary>
    public static Result Run(IEnumerable<string> args, byte[]? stdin = null, string? workingDirectory = null) =>
        Run(StartInfo(args, workingDirectory), stdin);

    /// <summary>
    /// Runs with <c>SOURCE_DATE_EPOCH</c> set to <paramref name="sourceDateEpoch"/> (seconds since 1970), so that the
    /// dates the run writes (MARC 005/008, feed and admin-metadata dates, page dates) are the same in every run.
    /// </summary>
    public static Result RunAt(string sourceDateEpoch, params string[] args)
    {
        var psi = StartInfo(args);
        psi.Environment["SOURCE_DATE_EPOCH"] = sourceDateEpoch;
        return Run(psi, null);
    }

    private static Result Run(ProcessStartInfo start, byte[]? stdin)
    {
        using var p = Process.Start(start)!;
        var outTask = Task.Run(() =>
        {
            using var ms = new MemoryStream();
            p.StandardOutput.BaseStream.CopyTo(ms);
            return ms.ToArray();
        });
        var errTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.BaseStream.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(true);
            throw new TimeoutException("exporter did not finish in 120 s");
        }

        var bytes = outTask.Result;
        return new Result(p.ExitCode, Encoding.UTF8.GetString(bytes), errTask.Result, bytes);
    }

    /// <summary>How to start <c>dotnet exporter.dll args</c> with all three standard streams redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? TestEnvironment.RepoRoot,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    /// <summary>Runs with params-style arguments.</summary>
    public static Result Run(params string[] args) => Run((IEnumerable<string>)args);
}
