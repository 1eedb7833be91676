using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Exporter.Cli;

/// <summary>
/// Declares what an option accepts, so that parsing refuses anything else as a usage error (one line, in the CLI's
/// words) and help and shell completion list the values.
/// </summary>
internal static class OptionValues
{
    /// <summary>The option takes one of <paramref name="values"/>; shells complete them, and help shows them as
    /// <c>&lt;a|b&gt;</c> (unless the option has a help name, when its description lists them).</summary>
    public static Option<string?> OneOf(this Option<string?> option, string code, StringComparer comparer, params string[] values)
    {
        option.CompletionSources.Add(values);

        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !values.Contains(value, comparer))
                r.AddError(UsageErrors.Coded(code, $"{option.Name} must be {Alternatives(values)}, not '{value}'"));
        });
        return option;
    }

    /// <summary>The option takes comma-separated names from <paramref name="names"/> (case-insensitive) or "all", which
    /// stands for every name but <paramref name="notInAll"/> (help says which); completion goes on after each comma.</summary>
    public static Option<string[]> NameList(this Option<string[]> option, IReadOnlyList<string> names, IReadOnlyList<string> notInAll)
    {
        string[] choices = [.. names, "all"];
        option.HelpName = "FMT[,FMT...]|all";
        option.Description += ": " + string.Join(", ", choices) + (notInAll.Count == 0 ? "" : $" (all: every format but {string.Join(", ", notInAll)})");
        option.CompletionSources.Add(context => ListCompletions(context, choices));
        option.Validators.Add(r =>
        {
            var given = r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (given.Count == 0)
            {
                r.AddError(UsageErrors.Coded("CLI0019", $"{option.Name} needs at least one format name: {Alternatives(choices)}"));
                return;
            }

            var unknown = given.FirstOrDefault(g => !choices.Contains(g, StringComparer.OrdinalIgnoreCase));
            if (unknown is not null) r.AddError(UsageErrors.Coded("CLI0002", $"{option.Name}: unknown format '{unknown}'; known: {string.Join(", ", choices)}"));
        });
        return option;
    }

    /// <summary>The option, when given, names a file or folder: an empty or blank value is refused.</summary>
    public static Option<string?> NonEmpty(this Option<string?> option, string what)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && string.IsNullOrWhiteSpace(r.GetValueOrDefault<string?>()))
                r.AddError(UsageErrors.Coded("CLI0020", $"{option.Name} needs {what}, not an empty name"));
        });
        return option;
    }

    /// <summary>A whole number of at least 1, or an error naming the option (never a .NET type).</summary>
    public static int? ParsePositive(ArgumentResult r, string optionName)
    {
        var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Join(" ", r.Tokens.Select(t => t.Value));
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        r.AddError(UsageErrors.Coded("CLI0021", $"{optionName} must be a whole number of 1 or more, not '{text}'"));
        return null;
    }

    /// <summary>"a or b", "a, b or c".</summary>
    private static string Alternatives(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];

    /// <summary>Completions for the last item of a comma list: "json,ma" gives "json,marc21", "json,marcxml".</summary>
    internal static IEnumerable<string> ListCompletions(CompletionContext context, IReadOnlyList<string> choices)
    {
        var word = context.WordToComplete;
        var comma = word.LastIndexOf(',');
        var head = comma < 0 ? "" : word[..(comma + 1)];
        var tail = comma < 0 ? word : word[(comma + 1)..];
        var taken = head.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return choices
            .Where(c => c.StartsWith(tail, StringComparison.OrdinalIgnoreCase) && !taken.Contains(c, StringComparer.OrdinalIgnoreCase))
            .Select(c => head + c);
    }
}
