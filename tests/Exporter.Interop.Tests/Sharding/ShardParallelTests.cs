using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Sharding;

/// <summary>
/// The docs' GNU parallel recipe, run: N = 1, 3 and 7 shards of the MARC corpus and the catalog text converted side by
/// side by GNU parallel (Debian <c>parallel</c>; under CI=true a missing one fails), merged with <c>exporter merge</c>,
/// are byte for byte the single run's outputs, report and rejects, for several formats.
/// </summary>
public sealed class ShardParallelTests
{
    private static readonly string[] Targets = ["marc21", "marcxml", "json", "jsonld", "ntriples", "turtle", "dc", "dcterms", "bibframe", "mrk", "text"];

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Shards_run_by_gnu_parallel_merge_to_the_single_run(int n)
    {
        PeerTool.Require("parallel");
        var dir = Path.Combine(Path.GetTempPath(), "exporter-shards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string[] inputs =
            [
                TestEnvironment.TestData("corpus", "marc", "yaz"),
                TestEnvironment.TestData("corpus", "marc", "catmandu-marc"),
                TestEnvironment.TestData("corpus", "marc", "marc4j", "bad_hathi_records.mrc"),
                TestEnvironment.TestData("corpus", "marc", "traject", "test_data.utf8.marc.xml"),
                TestEnvironment.TestData("corpus", "catalog-text", "CX7118.txt"),
            ];
            var exporter = $"dotnet {Path.Combine(AppContext.BaseDirectory, "exporter.dll")}";
            var common = $"{string.Join(" ", inputs)} --to {string.Join(",", Targets)} --on-error skip --threads 1";
            var single = Shell($"{exporter} convert {common} --out-dir single --report single.jsonl --rejects single.rej", dir);
            Assert.True(single.ExitCode is 0 or 1, single.StdErr);

            // The recipe of docs/sharding.md: one job per shard, each with its own outputs, report and rejects.
            var shards = Shell($"parallel --halt now,fail=1 -j 2 '{exporter} convert {common} --shard {{}}/{n} --out-dir s{{}} --report s{{}}.jsonl --rejects s{{}}.rej; test $? -le 1' ::: $(seq 1 {n})", dir);
            Assert.True(shards.ExitCode == 0, shards.StdErr);
            var merge = Shell($"{exporter} merge $(seq -f s%g.jsonl 1 {n}) --out-dir merged --report merged.jsonl --rejects merged.rej", dir);
            Assert.True(merge.ExitCode == 0, merge.StdErr);

            var expected = Files(Path.Combine(dir, "single"));
            Assert.Equal(expected, Files(Path.Combine(dir, "merged")));
            Assert.True(expected.Count > 40 * Targets.Length, $"only {expected.Count} outputs");
            foreach (var name in expected) AssertSame(Path.Combine(dir, "single", name), Path.Combine(dir, "merged", name));
            AssertSame(Path.Combine(dir, "single.jsonl"), Path.Combine(dir, "merged.jsonl"));
            AssertSame(Path.Combine(dir, "single.rej"), Path.Combine(dir, "merged.rej"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static PeerTool.Result Shell(string command, string dir) =>
        PeerTool.Run("/bin/bash", ["-c", "SOURCE_DATE_EPOCH=1700000000 " + command], timeoutSeconds: 900, workingDirectory: dir);

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static void AssertSame(string expected, string actual)
    {
        var e = File.ReadAllBytes(expected);
        var a = File.ReadAllBytes(actual);
        if (e.AsSpan().SequenceEqual(a)) return;
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        Assert.Fail($"{Path.GetFileName(actual)} differs from the single run at byte {i} of {e.Length}/{a.Length}");
    }
}
