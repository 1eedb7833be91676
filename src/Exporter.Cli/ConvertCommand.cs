using System.CommandLine;
using Exporter.Diagnostics;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary><c>exporter convert</c>: argument parsing and exit codes only; the work is <see cref="ConvertJob"/>.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var common = new CommonOptions(Strictness.Permissive);
        var to = new Option<string[]>("--to", "-t") { Description = "target format(s): comma-separated names, or all", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output", "-o") { Description = "output file (- for standard output); one target format" };
        var outDir = new Option<string?>("--out-dir") { Description = "output folder: <input-stem>.<ext> per input and target" };
        var onError = new Option<string>("--on-error") { Description = "fail (default): stop at the first bad record, leave no output; skip: go on, keep rejects", DefaultValueFactory = _ => "fail" };
        var rejects = new Option<string?>("--rejects") { Description = "file receiving the raw input of rejected records" };
        var report = new Option<string?>("--report") { Description = "JSON Lines report of rejected records, warnings and the counts" };
        var baseUri = new Option<string?>("--base-uri") { Description = "base for minted URIs (default https://catalog.example.org/)" };
        var punctuation = new Option<string?>("--punctuation") { Description = "MARC punctuation of written records: minimal (default) or isbd" };
        var marcCharset = new Option<string?>("--marc-charset") { Description = "ISO 2709 output encoding: utf8 (default) or marc8" };
        var command = new Command("convert", "convert records from one format to one or more others");
        common.AddTo(command);
        foreach (var o in new Option[] { to, output, outDir, onError, rejects, report, baseUri, punctuation, marcCharset }) command.Options.Add(o);
        command.SetAction(r => CliRunner.Run(common.VerbosityOf(r), () =>
        {
            var policy = r.GetValue(onError) switch
            {
                "fail" => ErrorPolicy.Fail,
                "skip" => ErrorPolicy.Skip,
                var other => throw new ExporterException(new Diagnostic("CLI0013", Severity.Error, $"--on-error must be fail or skip, not '{other}'")),
            };
            return new ConvertJobOptions
            {
                Inputs = r.GetValue(common.Inputs) ?? [],
                From = r.GetValue(common.From),
                To = r.GetValue(to) ?? [],
                OutputFile = r.GetValue(output),
                OutputDirectory = r.GetValue(outDir),
                RejectsFile = r.GetValue(rejects),
                ReportFile = r.GetValue(report),
                Conversion = common.ConversionOf(r, policy),
                Read = common.ReadOptionsOf(r),
                Write = FormatOptionMapper.Write(new WriteOptions(), r.GetValue(baseUri), r.GetValue(common.MarcOrg), r.GetValue(punctuation), r.GetValue(marcCharset)),
            };
        }));
        return command;
    }
}
