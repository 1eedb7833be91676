using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// The <c>exporter</c> command tree and its entry point. A command line the parser refuses is a usage error: exit 2,
/// one line on stderr, nothing on stdout (which may be a pipe expecting records).
/// </summary>
internal static class ExporterCommandLine
{
    public static RootCommand Create() => Create(FormatRegistry.CreateDefault());

    /// <summary>The command tree for the formats of <paramref name="registry"/>, with their options; throws when a
    /// format option has the name of one of the command's own options.</summary>
    public static RootCommand Create(FormatRegistry registry)
    {
        var root = new RootCommand("exporter: convert library catalog records between catalog text, record JSON, MARC 21, Dublin Core, schema.org JSON-LD and RDF, BIBFRAME 2 and a Google Book Actions feed, and publish them as a web site");
        var convert = ConvertCommand.Create(registry);
        var validate = ValidateCommand.Create(registry);
        var formats = FormatsCommand.Create(registry);
        var publish = PublishCommand.Create(registry);
        var merge = MergeCommand.Create(registry);
        var libraryFeed = LibraryFeedCommand.Create();
        root.Subcommands.Add(convert);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(publish);
        root.Subcommands.Add(merge);
        root.Subcommands.Add(libraryFeed);
        root.Subcommands.Add(formats);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithEpilogueAction((HelpAction)help.Action!, new Dictionary<Command, string>
        {
            [convert] = ConvertCommand.Epilogue,
            [validate] = ValidateCommand.Epilogue,
            [formats] = FormatsCommand.Epilogue,
            [publish] = PublishCommand.Epilogue,
            [merge] = MergeCommand.Epilogue,
            [libraryFeed] = LibraryFeedCommand.Epilogue,
        });
        foreach (var command in root.Subcommands) RequireDistinctOptionNames(command);
        return root;
    }

    /// <summary>
    /// Runs a command line against the default formats. <c>exporter --version</c> alone is answered before the format
    /// registry and the command tree are built (what System.CommandLine's version option prints: the informational
    /// version), so that the installed tool answers it at process start-up cost only.
    /// </summary>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--version"])
        {
            Console.Out.WriteLine(InformationalVersion);
            return ExitCodes.Ok;
        }

        return Run(args, FormatRegistry.CreateDefault());
    }

    /// <summary>The informational version of the CLI's assembly, as <c>--version</c> prints it.</summary>
    public static string InformationalVersion =>
        typeof(ExporterCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ExporterCommandLine).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>Runs a command line against the formats of <paramref name="registry"/>.</summary>
    public static int Run(string[] args, FormatRegistry registry)
    {
        var parse = Create(registry).Parse(args);
        if (parse.Action is not { ClearsParseErrors: true })
        {
            var error = UsageErrors.Describe(parse);
            if (error is not null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.Usage;
            }
        }

        return parse.Invoke();
    }

    /// <summary>Each option name and alias once per command: a format option may not take a name the command has.</summary>
    private static void RequireDistinctOptionNames(Command command)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in command.Options)
        {
            foreach (var name in option.Aliases.Prepend(option.Name))
            {
                if (!seen.Add(name)) throw new InvalidOperationException($"'{command.Name}' has two options named {name}: a format option may not take the name of another option");
            }
        }
    }
}
