using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Exporter.Tests.Support;

/// <summary>
/// For tests that need root (mknod, mount, unshare): skipped on a developer's machine without it, but a failure under
/// CI (which runs as root), never a silent skip there.
/// </summary>
public static class Privileged
{
    /// <summary>True when the tests run as root.</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && Geteuid() == 0;

    /// <summary>Skips (locally) or fails (CI) unless root.</summary>
    public static void RequireRoot(string why)
    {
        if (IsRoot) return;
        if (TestEnvironment.IsCi) Assert.Fail($"this test needs root ({why}); CI runs as root");
        Skip.If(true, $"needs root: {why}");
    }

    /// <summary>Runs a command and asserts it succeeded; returns its standard output.</summary>
    public static string Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {p.ExitCode}: {stderr}");
        return stdout;
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint Geteuid();
}
