using System.CommandLine;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>Options shared by convert and validate, and their mapping to library option records.</summary>
internal sealed class CommonOptions
{
    public CommonOptions(FormatRegistry registry)
    {
        string[] readable = [.. registry.Formats.Where(f => f.CanRead).Select(f => f.Name)];
        From = new Option<string?>("--from") { Description = "input format (default: detected by extension and content): " + string.Join(", ", readable), HelpName = "FMT" }
            .OneOf("CLI0002", StringComparer.OrdinalIgnoreCase, readable);
    }

    public Argument<string[]> Inputs { get; } = new("INPUT") { Description = "file, directory, or - for standard input (an input named like an option goes after --, or as ./-name)", Arity = ArgumentArity.OneOrMore };

    public Option<string?> From { get; }

    public Option<bool> Permissive { get; } = new("--permissive") { Description = "repair what can be repaired instead of rejecting (each repair is reported)" };

    public Option<string?> MarcEncoding { get; } = new Option<string?>("--marc-encoding") { Description = "ISO 2709 input encoding: by leader/09 (default), auto (by content), or forced" }
        .OneOf("CLI0011", StringComparer.Ordinal, "leader", "auto", "utf8", "marc8");

    public Option<string?> MarcOrg { get; } = new("--marc-org") { HelpName = "CODE", Description = "MARC organization code: 003/035/040 written, local 035 numbers recognised on reading" };

    public Option<int?> Threads { get; } = new("--threads") { Description = "worker threads, 1 or more (default: all cores)", HelpName = "N", CustomParser = r => OptionValues.ParsePositive(r, "--threads") };

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
        command.Validators.Add(r =>
        {
            if (r.GetValue(Quiet) && r.GetValue(Verbose)) r.AddError(UsageErrors.Coded("CLI0022", "give --quiet or --verbose, not both"));
        });
    }

    public Verbosity VerbosityOf(ParseResult r) => r.GetValue(Quiet) ? Verbosity.Quiet : r.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public ReadOptions ReadOptionsOf(ParseResult r) => FormatOptionMapper.Read(
        new ReadOptions { Strictness = r.GetValue(Permissive) ? Strictness.Permissive : Strictness.Strict },
        r.GetValue(MarcEncoding),
        r.GetValue(MarcOrg));

    public ConversionOptions ConversionOf(ParseResult r, ErrorPolicy policy) => new()
    {
        OnError = policy,
        Threads = r.GetValue(Threads) ?? Environment.ProcessorCount,
    };
}
