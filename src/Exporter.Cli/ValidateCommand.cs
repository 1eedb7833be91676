using System.CommandLine;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary><c>exporter validate</c>: read every record, report problems, write nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var common = new CommonOptions(Strictness.Strict);
        var report = new Option<string?>("--report") { Description = "JSON Lines report of problems and the counts" };
        var command = new Command("validate", "read records and report every problem; writes no output");
        common.AddTo(command);
        command.Options.Add(report);
        command.SetAction(r => CliRunner.Run(common.VerbosityOf(r), () => new ConvertJobOptions
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
