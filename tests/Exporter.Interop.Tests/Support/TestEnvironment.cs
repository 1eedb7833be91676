namespace Exporter.Interop.Tests.Support;

/// <summary>Where the repository and its test data are, and whether we run under CI.</summary>
public static class TestEnvironment
{
    /// <summary>True when CI=true: missing peer tools are failures, not skips.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder holding Exporter.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The repository's examples folder.</summary>
    public static string Examples => Path.Combine(RepoRoot, "examples");

    /// <summary>A fixture under tests/Exporter.Tests/Fixtures.</summary>
    public static string Fixture(params string[] parts) =>
        Path.Combine([RepoRoot, "tests", "Exporter.Interop.Tests", "Fixtures", .. parts]);

    /// <summary>The repository's test data folder, tests/data (sources and licences in its MANIFEST.md).</summary>
    public static string TestDataRoot => Path.Combine(RepoRoot, "tests", "data");

    /// <summary>
    /// A path inside tests/data. The data is part of the repository, so a missing path is a failure, never a skip.
    /// </summary>
    public static string TestData(params string[] parts)
    {
        var path = Path.Combine([TestDataRoot, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"test data is missing: {Path.GetRelativePath(RepoRoot, path)} (see tests/data/MANIFEST.md)", path);
        return path;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Exporter.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Exporter.sln not found above " + AppContext.BaseDirectory);
    }
}
