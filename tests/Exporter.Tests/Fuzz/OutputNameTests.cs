using Exporter.Tests.Support;

namespace Exporter.Tests.Fuzz;

/// <summary>Output names come from input names: whatever those look like, outputs stay inside --out-dir.</summary>
public sealed class OutputNameTests
{
    private static readonly string[] HostileNames = ["..%2f..%2fescaped.txt", "..txt", "...txt", "..\\..\\backslash.txt", "-rf.txt", "a b\tc.txt"];

    [Fact]
    public void Hostile_input_names_write_only_inside_the_out_dir()
    {
        using var root = new TempDir();
        var input = Directory.CreateDirectory(Path.Combine(root.Path, "in", "sub")).Parent!.FullName;
        var record = File.ReadAllText(Path.Combine(TestEnvironment.Examples, "CX7118.txt"));
        foreach (var name in HostileNames) File.WriteAllText(Path.Combine(input, "sub", name), record);
        var outDir = Path.Combine(root.Path, "out", "deep");

        // a directory input (it skips hidden files), the hidden ones named explicitly, then a file reached through a traversal
        var hidden = HostileNames.Where(n => n.StartsWith('.')).Select(n => Path.Combine(input, "sub", n));
        var traversal = Path.Combine(input, "sub", "..", "..", "in", "sub", "..%2f..%2fescaped.txt");
        var r = ExporterCli.Run(["convert", input, .. hidden, "--to", "json", "--out-dir", outDir], workingDirectory: root.Path);
        var r2 = ExporterCli.Run(["convert", traversal, "--to", "json,text", "--out-dir", Path.Combine(outDir, "second")], workingDirectory: root.Path);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.True(r2.ExitCode == 0, r2.StdErr);

        var written = Directory.GetFiles(root.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(HostileNames.Length + 2, written.Count);
        Assert.All(written, f => Assert.StartsWith(outDir + Path.DirectorySeparatorChar, Path.GetFullPath(f), StringComparison.Ordinal));
        Assert.Contains(Path.Combine(outDir, "..%2f..%2fescaped.jsonl"), written);
        Assert.Contains(Path.Combine(outDir, "..jsonl"), written);
        Assert.Contains(Path.Combine(outDir, "second", "..%2f..%2fescaped.jsonl"), written);
    }
}
