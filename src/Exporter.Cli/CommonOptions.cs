using System.CommandLine;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// Options shared by convert and validate, and their mapping to library option records. <paramref name="reading"/> is
/// the command's strictness without --strict or --permissive: convert repairs what it can (each repair a warning, as
/// yaz-marcdump and MARC4J read), validate is strict.
/// </summary>
internal sealed class CommonOptions(Strictness reading)
{
    public Argument<string[]> Inputs { get; } = new("INPUT") { Description = "file, directory, or - for standard input", Arity = ArgumentArity.OneOrMore };

    public Option<string?> From { get; } = new("--from") { Description = "input format (default: detect by extension and content)" };

    public Option<bool> Permissive { get; } = new("--permissive") { Description = "repair what can be repaired instead of rejecting, each repair reported (convert's default)" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "reject any record with a structural error instead of repairing it (validate's default)" };

    public Option<string?> Normalize { get; } = new("--normalize") { Description = "Unicode normalization of MARC records read: none (default: characters pass through as they are) or nfc (each record changed is reported)" };

    public Option<string?> MarcEncoding { get; } = new("--marc-encoding") { Description = "MARC input encoding: leader (default), auto, utf8, marc8" };

    public Option<string?> MarcOrg { get; } = new("--marc-org") { Description = "MARC organization code: 003/035/040 written, local 035 numbers recognised on reading" };

    public Option<int?> Threads { get; } = new("--threads") { Description = "worker threads (default: all cores)" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "print errors and the summary only" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "also print informational diagnostics" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(From);
        command.Options.Add(Permissive);
        command.Options.Add(Strict);
        command.Options.Add(Normalize);
        command.Options.Add(MarcEncoding);
        command.Options.Add(MarcOrg);
        command.Options.Add(Threads);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
    }

    public Verbosity VerbosityOf(ParseResult r) => r.GetValue(Quiet) ? Verbosity.Quiet : r.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public ReadOptions ReadOptionsOf(ParseResult r) => FormatOptionMapper.Read(
        new ReadOptions { Strictness = StrictnessOf(r) },
        r.GetValue(MarcEncoding),
        r.GetValue(MarcOrg),
        r.GetValue(Normalize));

    private Strictness StrictnessOf(ParseResult r) => (r.GetValue(Strict), r.GetValue(Permissive)) switch
    {
        (true, true) => throw new ExporterException(new Diagnostic("CLI0019", Severity.Error, "--strict and --permissive cannot be used together")),
        (true, false) => Strictness.Strict,
        (false, true) => Strictness.Permissive,
        _ => reading,
    };

    public ConversionOptions ConversionOf(ParseResult r, ErrorPolicy policy) => new()
    {
        OnError = policy,
        Threads = Math.Max(1, r.GetValue(Threads) ?? Environment.ProcessorCount),
    };
}
