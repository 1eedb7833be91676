using System.CommandLine;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary><c>exporter convert</c>: argument parsing and exit codes only; the work is <see cref="ConvertJob"/>.</summary>
internal static class ConvertCommand
{
    /// <summary>The help's closing sections.</summary>
    public const string Epilogue = """
        Examples:
          exporter convert catalog.txt --to marc21 -o catalog.mrc
          exporter convert records.mrc --to marcxml,jsonld --out-dir out/
          exporter convert export/ --to all --out-dir out/ --on-error skip --rejects rejects.mrc --report report.jsonl
          zcat dump.mrc.gz | exporter convert - --from marc21 --to json -o - | jq .title
          exporter convert -- -odd-name.txt --to json -o -
          exporter convert big.mrc --to marcxml --out-dir s2/ --shard 2/4 --report s2/report.jsonl

        Exit codes:
          0    every record converted
          1    some records rejected (--on-error skip); the others were written
          2    usage error (nothing read, nothing written)
          3    stopped on a bad record (--on-error fail) or an I/O error; no output left behind
          130  interrupted (Ctrl-C, SIGTERM); no partial output left behind
        """;

    public static Command Create(FormatRegistry registry)
    {
        var common = new CommonOptions(registry, Strictness.Permissive);
        var to = new Option<string[]>("--to", "-t") { Description = "target formats, comma-separated", Required = true, AllowMultipleArgumentsPerToken = true }
            .NameList([.. registry.Formats.Where(f => f.CanWrite).Select(f => f.Name)], [.. registry.Formats.Where(f => f.CanWrite && !f.InAll).Select(f => f.Name)]);
        var output = new Option<string?>("--output", "-o") { Description = "output file (- for standard output); one target format", HelpName = "FILE" }
            .NonEmpty("a file name, or - for standard output");
        var outDir = new Option<string?>("--out-dir") { Description = "output folder: <input-stem>.<ext> per input and target", HelpName = "DIR" }
            .NonEmpty("a folder name");
        var onError = new Option<string?>("--on-error") { Description = "fail (default): stop at the first bad record, leave no output; skip: go on, keep rejects" }
            .OneOf("CLI0013", StringComparer.Ordinal, "fail", "skip");
        var rejects = new Option<string?>("--rejects") { Description = "file receiving the raw input of rejected records", HelpName = "FILE" }
            .NonEmpty("a file name");
        var report = new Option<string?>("--report") { Description = "JSON Lines report of rejected records, warnings and the counts", HelpName = "FILE" }
            .NonEmpty("a file name");
        var shard = new Option<string?>("--shard") { Description = "convert only the K-th of N slices of the inputs, cut at record boundaries (needs --report; join the shards with exporter merge)", HelpName = "K/N" };
        var baseUri = new Option<string?>("--base-uri") { Description = "base for minted URIs (default https://catalog.example.org/)", HelpName = "URI" };
        var includeLocal = IncludeLocalOption.Create();
        var writing = new FormatOptionBinder(registry.Options.Where(o => o.AppliesToWriting && !o.AppliesToReading));
        var command = new Command("convert", "convert records from one format to one or more others");
        common.AddTo(command);
        foreach (var o in new Option[] { to, output, outDir, onError, rejects, report, shard, baseUri, includeLocal }) command.Options.Add(o);
        writing.AddTo(command);
        command.SetAction(r => CliRunner.Run(new CliRun(registry, common.VerbosityOf(r), SummaryText.Convert, UsageErrors.HelpHint(r)), () => new ConvertJobOptions
        {
            Inputs = r.GetValue(common.Inputs) ?? [],
            From = r.GetValue(common.From),
            To = r.GetValue(to) ?? [],
            OutputFile = r.GetValue(output),
            OutputDirectory = r.GetValue(outDir),
            RejectsFile = r.GetValue(rejects),
            ReportFile = r.GetValue(report),
            Shard = r.GetValue(shard) is { } k ? ShardOptions.Parse(k) : null,
            Conversion = common.ConversionOf(r, r.GetValue(onError) == "skip" ? ErrorPolicy.Skip : ErrorPolicy.Fail),
            Read = common.ReadOptionsOf(r),
            Write = writing.Write(r, common.FormatOptions.Write(r, CommonWriteOptions.Of(r.GetValue(baseUri)) with { IncludeLocal = r.GetValue(includeLocal) })),
        }));
        return command;
    }
}
