using System.Text;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

public class ConvertCliTests
{
    private static string Example(string name) => Path.Combine(TestEnvironment.Examples, name);

    [Fact]
    public void Cx7118_to_json_on_stdout_with_the_template_diagnostic()
    {
        var r = ExporterCli.Run("convert", Example("CX7118.txt"), "--to", "json", "-o", "-");
        Assert.Equal(0, r.ExitCode);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var record = JObject.Parse(Assert.Single(lines));
        Assert.Equal("From Lenin to Stalin", (string?)record["title"]);
        Assert.Equal("Serge, Victor", (string?)record["contributors"]![0]!["name"]);
        Assert.Equal(1937, (int)record["firstPublished"]!);
        Assert.Contains("TEXT0101", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("line 69", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("read 1, written 1, rejected 0", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_json_text_json_is_stable_for_every_example()
    {
        using var dir = new TempDir();
        foreach (var name in new[] { "CX7118.txt", "catalog.txt" })
        {
            Assert.Equal(0, ExporterCli.Run("convert", Example(name), "--to", "json", "-o", dir.File("a.jsonl")).ExitCode);
            Assert.Equal(0, ExporterCli.Run("convert", dir.File("a.jsonl"), "--to", "text", "-o", dir.File("b.txt")).ExitCode);
            Assert.Equal(0, ExporterCli.Run("convert", dir.File("b.txt"), "--to", "json", "-o", dir.File("c.jsonl")).ExitCode);
            Assert.Equal(File.ReadAllBytes(dir.File("a.jsonl")), File.ReadAllBytes(dir.File("c.jsonl")));
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Rejects_of_several_inputs_keep_each_input_s_own_record_separators(string threads)
    {
        using var dir = new TempDir();
        var good = File.ReadAllText(Example("catalog.txt"));
        var broken = "Publisher:\u00a0 no title here\n";
        File.WriteAllText(dir.File("a.txt"), good + "\f\n" + broken + "\f\n" + good + "\f\n" + broken);
        File.WriteAllText(dir.File("b.jsonl"), "{\"title\":\"fine\"}\n{\"title\":\n{\"title\":\"fine too\"}\n");
        var r = ExporterCli.Run("convert", dir.File("a.txt"), dir.File("b.jsonl"), "--to", "json", "-o", dir.File("out.jsonl"), "--on-error", "skip",
            "--threads", threads, "--rejects", dir.File("rejects.bin"));
        Assert.Equal(1, r.ExitCode);
        Assert.True(r.StdErr.Contains("read 27, written 24, rejected 3", StringComparison.Ordinal), r.StdErr);
        Assert.Equal(broken + "\f\n" + broken + "{\"title\":\n", File.ReadAllText(dir.File("rejects.bin")));
    }

    [Fact]
    public void Skip_converts_the_good_records_and_accounts_for_every_record()
    {
        using var dir = new TempDir();
        var good = File.ReadAllText(Example("catalog.txt"));
        var broken = "Publisher:\u00a0 no title here\n";
        File.WriteAllText(dir.File("mixed.txt"), good + "\f\n" + broken + "\f\n" + good);
        var r = ExporterCli.Run("convert", dir.File("mixed.txt"), "--to", "json", "-o", dir.File("out.jsonl"), "--on-error", "skip",
            "--rejects", dir.File("rejects.txt"), "--report", dir.File("report.jsonl"));
        Assert.Equal(1, r.ExitCode);
        Assert.True(r.StdErr.Contains("read 23, written 22, rejected 1", StringComparison.Ordinal), r.StdErr);
        Assert.Equal(22, File.ReadAllLines(dir.File("out.jsonl")).Length);
        Assert.Equal(broken, File.ReadAllText(dir.File("rejects.txt")));
        var report = File.ReadAllLines(dir.File("report.jsonl")).Select(JObject.Parse).ToList();
        var rejected = Assert.Single(report, j => (string?)j["type"] == "rejected");
        Assert.Equal((12L, "TEXT0004"), ((long)rejected["index"]!, (string?)rejected["code"]));
        Assert.Contains("TEXT0004 " + dir.File("mixed.txt") + " record 12 ", r.StdErr, StringComparison.Ordinal);
        Assert.NotNull(rejected["line"]);
        var summary = report[^1];
        Assert.Equal(("summary", 23L, 22L, 1L), ((string?)summary["type"], (long)summary["read"]!, (long)summary["written"]!, (long)summary["rejected"]!));
    }

    [Fact]
    public void Fail_leaves_no_output_file_and_names_the_record_and_line()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("bad.txt"), File.ReadAllText(Example("catalog.txt")) + "\f\nPublisher:\u00a0 nobody\n");
        var r = ExporterCli.Run("convert", dir.File("bad.txt"), "--to", "json", "--out-dir", dir.File("out"));
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("TEXT0004", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("record 12", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("line ", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
        Assert.True(!Directory.Exists(dir.File("out")) || Directory.GetFiles(dir.File("out")).Length == 0);
    }

    [Fact]
    public void Out_dir_names_files_by_input_stem_and_target_extension()
    {
        using var dir = new TempDir();
        var r = ExporterCli.Run("convert", Example("CX7118.txt"), Example("catalog.txt"), "--to", "json,text", "--out-dir", dir.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["CX7118.jsonl", "CX7118.txt", "catalog.jsonl", "catalog.txt"], dir.Files());
    }

    [Fact]
    public void A_directory_input_is_mirrored_in_out_dir_and_same_stems_keep_their_extension()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("in/a"));
        File.Copy(Example("CX7118.txt"), dir.File("in/a/x.txt"));
        File.Copy(Example("CX7118.txt"), dir.File("in/x.txt"));
        File.WriteAllText(dir.File("in/x.jsonl"), ExporterCli.Run("convert", Example("CX7118.txt"), "--to", "json", "-o", "-").StdOut);
        var r = ExporterCli.Run("convert", dir.File("in"), "--to", "json", "--out-dir", dir.File("out"));
        Assert.Equal(0, r.ExitCode);
        var files = Directory.GetFiles(dir.File("out"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir.File("out"), f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(["a/x.jsonl", "x.jsonl.jsonl", "x.txt.jsonl"], files);
    }

    [Fact]
    public void Stdin_is_detected_by_content()
    {
        var r = ExporterCli.Run(["convert", "-", "--to", "json", "-o", "-"], File.ReadAllBytes(Example("CX7118.txt")));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"CX7118\"", r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_input_is_read_transparently()
    {
        using var dir = new TempDir();
        using (var gz = new System.IO.Compression.GZipStream(File.Create(dir.File("cx.txt.gz")), System.IO.Compression.CompressionLevel.Fastest))
        {
            gz.Write(File.ReadAllBytes(Example("CX7118.txt")));
        }

        var r = ExporterCli.Run("convert", dir.File("cx.txt.gz"), "--to", "json", "--out-dir", dir.File("out"));
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(dir.File("out/cx.jsonl")));
    }

    [Theory]
    [InlineData("convert", "nope.txt", "--to", "json", "-o", "-")]
    [InlineData("convert", "examples/CX7118.txt", "--to", "klingon", "-o", "-")]
    [InlineData("convert", "examples/CX7118.txt", "--to", "json,text", "-o", "x")]
    [InlineData("convert", "examples/CX7118.txt", "--to", "json")]
    [InlineData("convert", "examples/CX7118.txt", "--to", "json", "-o", "-", "--on-error", "maybe")]
    public void Usage_errors_exit_2_with_one_line_and_no_stack_trace(params string[] args)
    {
        var r = ExporterCli.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
        Assert.StartsWith("error CLI", r.StdErr.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_and_writes_nothing()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("in.jsonl"), "{\"title\":\"a\"}\n{\"title\":\n");
        var r = ExporterCli.Run("validate", dir.File("in.jsonl"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("read 2, valid 1, rejected 1", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(["in.jsonl"], dir.Files());
    }

    [Fact]
    public void Formats_lists_the_registry()
    {
        var r = ExporterCli.Run("formats");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\ntext ", "\n" + r.StdOut, StringComparison.Ordinal);
        Assert.Contains("\njson ", "\n" + r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var a = ExporterCli.Run("convert", Example("catalog.txt"), "--to", "text", "-o", "-").StdOutBytes;
        var b = ExporterCli.Run("convert", Example("catalog.txt"), "--to", "text", "-o", "-", "--threads", "1").StdOutBytes;
        Assert.Equal(a, b);
        Assert.False(a.AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }
}
