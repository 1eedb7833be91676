using System.CommandLine;
using Exporter.Diagnostics;
using Exporter.Jobs.Sharding;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary><c>exporter merge</c>: argument parsing and exit codes only; the work is <see cref="ShardMerge"/>.</summary>
internal static class MergeCommand
{
    /// <summary>The help's closing sections.</summary>
    public const string Epilogue = """
        Examples:
          parallel exporter convert big.mrc --to marcxml,jsonld --out-dir s{}/ --shard {}/4 --report s{}/report.jsonl ::: 1 2 3 4
          exporter merge s*/report.jsonl --out-dir out/ --report report.jsonl

        The merged files are byte for byte what one run without --shard writes, unless a record id (a 001)
        first occurs in two shards: the linked-data IRIs then collide, with a warning MERGE0008 for each.

        Exit codes:
          0    merged
          2    usage error (nothing written)
          3    the shards do not fit together (missing, changed, another run's) or an I/O error; nothing written
        """;

    public static Command Create(FormatRegistry registry)
    {
        var reports = new Argument<string[]>("REPORT") { Description = "the --report of every shard of one run (exporter convert --shard K/N)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "the merged output, when the shards wrote one (-o)", HelpName = "FILE" }
            .NonEmpty("a file name");
        var outDir = new Option<string?>("--out-dir") { Description = "folder of the merged outputs, named as in the shards' --out-dir", HelpName = "DIR" }
            .NonEmpty("a folder name");
        var report = new Option<string?>("--report") { Description = "the merged report: records numbered as one run numbers them, counts summed", HelpName = "FILE" }
            .NonEmpty("a file name");
        var rejects = new Option<string?>("--rejects") { Description = "the merged rejects of every shard, in order", HelpName = "FILE" }
            .NonEmpty("a file name");
        var command = new Command("merge", "join the outputs, reports and rejects of the shards of one run (convert --shard K/N) into what one run writes");
        command.Arguments.Add(reports);
        foreach (var o in new Option[] { output, outDir, report, rejects }) command.Options.Add(o);
        command.SetAction(r =>
        {
            try
            {
                var result = new ShardMerge(registry).Run(new ShardMergeOptions
                {
                    Reports = r.GetValue(reports) ?? [],
                    OutputFile = r.GetValue(output),
                    OutputDirectory = r.GetValue(outDir),
                    ReportFile = r.GetValue(report),
                    RejectsFile = r.GetValue(rejects),
                });
                foreach (var warning in result.Warnings) Console.Error.WriteLine(warning.ToString());
                Console.Error.WriteLine($"merged {result.Outputs.Count} output(s): {result.Summary}");
                return ExitCodes.Ok;
            }
            catch (ExporterException ex)
            {
                return CliErrorExit.Report(ex, ErrorPolicy.Fail, helpHint: null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error IO0001: {ex.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
