using System.CommandLine;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>Options shared by convert and validate, and their mapping to library option records.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Inputs { get; } = new("INPUT") { Description = "file, directory, or - for standard input", Arity = ArgumentArity.OneOrMore };

    public Option<string?> From { get; } = new("--from") { Description = "input format (default: detect by extension and content)" };

    public Option<bool> Permissive { get; } = new("--permissive") { Description = "repair what can be repaired instead of rejecting (each repair is reported)" };

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
        command.Options.Add(MarcEncoding);
        command.Options.Add(MarcOrg);
        command.Options.Add(Threads);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
    }

    public Verbosity VerbosityOf(ParseResult r) => r.GetValue(Quiet) ? Verbosity.Quiet : r.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public ReadOptions ReadOptionsOf(ParseResult r) => FormatOptionMapper.Read(
        new ReadOptions { Strictness = r.GetValue(Permissive) ? Strictness.Permissive : Strictness.Strict },
        r.GetValue(MarcEncoding),
        r.GetValue(MarcOrg));

    public ConversionOptions ConversionOf(ParseResult r, ErrorPolicy policy) => new()
    {
        OnError = policy,
        Threads = Math.Max(1, r.GetValue(Threads) ?? Environment.ProcessorCount),
    };
}
