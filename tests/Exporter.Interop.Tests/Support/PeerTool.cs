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
    /// Ensures the executable exists. Under CI (CI=true) a missing tool fails the test; elsewhere it skips it,
    /// naming the Debian package (from tools/peers.tsv) that provides it.
    /// </summary>
    public static string Require(string executable)
    {
        var path = Find(executable);
        if (path is not null) return path;
        Missing($"peer tool '{executable}'", executable);
        return executable;
    }

    /// <summary>Ensures an npm peer (kind npm in tools/peers.tsv, a path under the repository) is installed, as
    /// <see cref="Require"/> does; returns its absolute path.</summary>
    public static string RequireNpm(string name)
    {
        var path = Path.Combine(TestEnvironment.RepoRoot, name);
        if (!File.Exists(path)) Missing($"npm peer '{name}'", name);
        return path;
    }

    /// <summary>Ensures a file a peer needs (e.g. a jar) exists, as <see cref="Require"/> does.</summary>
    public static string RequireFile(string path)
    {
        if (!File.Exists(path)) Missing(path, path);
        return path;
    }

    /// <summary>Ensures /usr/bin/python3 can import <paramref name="module"/>, as <see cref="Require"/> does.</summary>
    public static void RequirePythonModule(string module)
    {
        if (!PythonModules.GetOrAdd(module, m => Run("/usr/bin/python3", ["-c", "import " + m]).ExitCode == 0))
            Missing($"python module '{module}'", module);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> PythonModules = new();

    private static void Missing(string what, string name)
    {
        var install = PeerCatalog.InstallCommandOf(name);
        if (TestEnvironment.IsCi) throw new InvalidOperationException($"{what} is not installed and CI=true (.ci/run installs tools/peers.tsv: {install})");
        Skip.If(true, $"{what} is not installed ({install})");
    }

    /// <summary>Runs a tool with arguments; stdin optional. Times out after <paramref name="timeoutSeconds"/>.</summary>
    public static Result Run(string executable, IEnumerable<string> args, byte[]? stdin = null, int timeoutSeconds = 300, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
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
