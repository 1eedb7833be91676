using Xunit;
namespace Exporter.Interop.Tests.Support;

/// <summary>Where the repository and ../shared are, and whether we run under CI.</summary>
public static class TestEnvironment
{
    /// <summary>True when CI=true: missing material or tools are failures, not skips.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder holding Exporter.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The repository's examples folder.</summary>
    public static string Examples => Path.Combine(RepoRoot, "examples");

    /// <summary>A fixture under tests/Exporter.Tests/Fixtures.</summary>
    public static string Fixture(params string[] parts) =>
        Path.Combine([RepoRoot, "tests", "Exporter.Interop.Tests", "Fixtures", .. parts]);

    /// <summary>
    /// ../shared beside the repository. Under CI a missing folder fails the test; elsewhere the test is skipped.
    /// </summary>
    public static string Shared
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            if (Directory.Exists(dir)) return dir;
            if (IsCi) throw new InvalidOperationException($"../shared is missing ({dir}) and CI=true");
            Skip.If(true, "../shared is not present");
            return dir;
        }
    }

    /// <summary>A path inside ../shared.</summary>
    public static string SharedPath(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Exporter.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Exporter.sln not found above " + AppContext.BaseDirectory);
    }
}
