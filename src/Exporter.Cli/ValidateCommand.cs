using System.CommandLine;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary><c>exporter validate</c>: read every record, report problems, write nothing.</summary>
internal static class ValidateCommand
{
    /// <summary>The help's closing sections.</summary>
    public const string Epilogue = """
        Examples:
          exporter validate catalog.mrc
          exporter validate export/ --report problems.jsonl
          exporter validate records.xml --from marcxml --permissive --verbose

        Every record is read; none is written. stderr ends with "read N, valid N, rejected N".

        Exit codes:
          0    every record is valid
          1    some records rejected (listed on stderr and in --report)
          2    usage error (nothing read)
          3    an I/O error stopped the run
          130  interrupted (Ctrl-C, SIGTERM)
        """;

    public static Command Create(FormatRegistry registry)
    {
        var common = new CommonOptions(registry, Strictness.Strict);
        var report = new Option<string?>("--report") { Description = "JSON Lines report of problems and the counts", HelpName = "FILE" }
            .NonEmpty("a file name");
        var command = new Command("validate", "read records and report every problem; writes no output");
        common.AddTo(command);
        command.Options.Add(report);
        command.SetAction(r => CliRunner.Run(new CliRun(registry, common.VerbosityOf(r), SummaryText.Validate, UsageErrors.HelpHint(r)), () => new ConvertJobOptions
        {
            Inputs = r.GetValue(common.Inputs) ?? [],
            From = r.GetValue(common.From),
            ReportFile = r.GetValue(report),
            Conversion = common.ConversionOf(r, ErrorPolicy.Skip),
            Read = common.ReadOptionsOf(r),
        }));
        return command;
    }
}
