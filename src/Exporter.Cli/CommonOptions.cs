using System.CommandLine;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// Options shared by convert and validate (with the format options that apply to reading), and their mapping to library option records. The reading strictness given to the constructor is
/// the command's strictness without --strict or --permissive: convert repairs what it can (each repair a warning, as
/// yaz-marcdump and MARC4J read), validate is strict.
/// </summary>
internal sealed class CommonOptions
{
    private readonly Strictness _reading;

    public CommonOptions(FormatRegistry registry, Strictness reading)
    {
        _reading = reading;
        string[] readable = [.. registry.Formats.Where(f => f.CanRead).Select(f => f.Name)];
        From = new Option<string?>("--from") { Description = "input format (default: detected by extension and content): " + string.Join(", ", readable), HelpName = "FMT" }
            .OneOf("CLI0002", StringComparer.OrdinalIgnoreCase, readable);
        FormatOptions = new FormatOptionBinder(registry.Options.Where(o => o.AppliesToReading));
    }

    public Argument<string[]> Inputs { get; } = new("INPUT") { Description = "file, directory, or - for standard input (an input named like an option goes after --, or as ./-name)", Arity = ArgumentArity.OneOrMore };

    public Option<string?> From { get; }

    public Option<bool> Permissive { get; } = new("--permissive") { Description = "repair what can be repaired instead of rejecting, each repair reported (convert's default)" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "reject any record with a structural error instead of repairing it (validate's default)" };

    /// <summary>The format options that apply to reading (and may apply to writing too), declared by the formats.</summary>
    public FormatOptionBinder FormatOptions { get; }

    public Option<int?> Threads { get; } = new("--threads") { Description = "worker threads, 1 or more (default: all cores)", HelpName = "N", CustomParser = r => OptionValues.ParsePositive(r, "--threads") };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "print errors and the summary only" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "also print informational diagnostics" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(From);
        command.Options.Add(Permissive);
        command.Options.Add(Strict);
        FormatOptions.AddTo(command);
        command.Options.Add(Threads);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
        command.Validators.Add(r =>
        {
            if (r.GetValue(Quiet) && r.GetValue(Verbose)) r.AddError(UsageErrors.Coded("CLI0022", "give --quiet or --verbose, not both"));
            if (r.GetValue(Strict) && r.GetValue(Permissive)) r.AddError(UsageErrors.Coded("CLI0023", "give --strict or --permissive, not both"));
        });
    }

    public Verbosity VerbosityOf(ParseResult r) => r.GetValue(Quiet) ? Verbosity.Quiet : r.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public ReadOptions ReadOptionsOf(ParseResult r) => FormatOptions.Read(r, new ReadOptions { Strictness = StrictnessOf(r) });

    private Strictness StrictnessOf(ParseResult r) => (r.GetValue(Strict), r.GetValue(Permissive)) switch
    {
        (true, true) => throw new ExporterException(new Diagnostic("CLI0023", Severity.Error, "give --strict or --permissive, not both")),
        (true, false) => Strictness.Strict,
        (false, true) => Strictness.Permissive,
        _ => _reading,
    };

    public ConversionOptions ConversionOf(ParseResult r, ErrorPolicy policy) => new()
    {
        OnError = policy,
        Threads = r.GetValue(Threads) ?? Environment.ProcessorCount,
    };
}
