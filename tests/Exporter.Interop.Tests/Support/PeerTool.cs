using Xunit;
using System.Diagnostics;
using System.Text;

namespace Exporter.Interop.Tests.Support;

/// <summary>Runs an independent tool (yaz-marcdump, xmllint, rapper, python3, java, marclint).</summary>
public static class PeerTool
{
    /// <summary>The result of one run.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr, byte[] StdOutBytes);

    /// <summary>
    /// Ensures the executable exists. Under CI (CI=true) a missing tool fails the test; elsewhere it skips it.
    /// </summary>
    public static string Require(string executable)
    {
        var path = Find(executable);
        if (path is not null) return path;
        if (TestEnvironment.IsCi) throw new InvalidOperationException($"peer tool '{executable}' is not installed and CI=true (.ci/run must install it)");
        Skip.If(true, $"peer tool '{executable}' is not installed");
        return executable;
    }

    /// <summary>Runs a tool with arguments; stdin optional. Times out after <paramref name="timeoutSeconds"/>.</summary>
    public static Result Run(string executable, IEnumerable<string> args, byte[]? stdin = null, int timeoutSeconds = 300, string? workingDirectory = null)
    {
        var exe = Require(executable);
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? TestEnvironment.RepoRoot,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + exe);
        var outTask = Task.Run(() =>
        {
            using var ms = new MemoryStream();
            p.StandardOutput.BaseStream.CopyTo(ms);
            return ms.ToArray();
        });
        var errTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.BaseStream.Write(stdin);
            p.StandardInput.Close();
        }

        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(true);
            throw new TimeoutException($"{executable} did not finish in {timeoutSeconds}s");
        }

        var bytes = outTask.Result;
        return new Result(p.ExitCode, Encoding.UTF8.GetString(bytes), errTask.Result, bytes);
    }

    private static string? Find(string executable)
    {
        if (Path.IsPathRooted(executable)) return File.Exists(executable) ? executable : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            var candidate = Path.Combine(dir, executable);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }
}
