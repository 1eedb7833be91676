using System.CommandLine;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// Offers format options (<see cref="FormatRegistry.Options"/>, declared by the formats) as command-line options and
/// applies the ones given: the CLI holds no format's option. A choice's values are listed in help and completed by
/// shells, and a refused value is a usage error with the option's own code (exit 2). An option not given leaves the
/// format's defaults.
/// </summary>
internal sealed class FormatOptionBinder
{
    private readonly List<(FormatOption Declared, Option Cli)> _bound = [];

    public FormatOptionBinder(IEnumerable<FormatOption> declared)
    {
        foreach (var d in declared) _bound.Add((d, Create(d)));
    }

    public void AddTo(Command command)
    {
        foreach (var (_, cli) in _bound) command.Options.Add(cli);
    }

    /// <summary><paramref name="options"/> with every given option that applies to reading applied.</summary>
    public ReadOptions Read(ParseResult r, ReadOptions options)
    {
        foreach (var (declared, cli) in _bound)
        {
            if (declared.AppliesToReading && Given(r, cli) is { } value) options = declared.ApplyTo(options, value);
        }

        return options;
    }

    /// <summary><paramref name="options"/> with every given option that applies to writing applied.</summary>
    public WriteOptions Write(ParseResult r, WriteOptions options)
    {
        foreach (var (declared, cli) in _bound)
        {
            if (declared.AppliesToWriting && Given(r, cli) is { } value) options = declared.ApplyTo(options, value);
        }

        return options;
    }

    private static string? Given(ParseResult r, Option cli) => cli switch
    {
        Option<bool> flag => r.GetResult(flag) is null ? null : r.GetValue(flag) ? "true" : "false",
        Option<string?> text => r.GetValue(text),
        _ => null,
    };

    private static Option Create(FormatOption d)
    {
        if (d.Kind == FormatOptionKind.Flag) return new Option<bool>(d.Name) { Description = d.Description };
        var option = new Option<string?>(d.Name) { Description = d.Description, HelpName = d.HelpName };
        if (d.Kind == FormatOptionKind.Choice) option.CompletionSources.Add([.. d.Values]);
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && d.Problem(r.GetValueOrDefault<string?>() ?? "") is { } problem) r.AddError(UsageErrors.Coded(d.InvalidValueCode, problem));
        });
        return option;
    }
}
