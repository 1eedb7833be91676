using System.CommandLine;
using System.CommandLine.Help;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// The <c>exporter</c> command tree and its entry point. A command line the parser refuses is a usage error: exit 2,
/// one line on stderr, nothing on stdout (which may be a pipe expecting records).
/// </summary>
internal static class ExporterCommandLine
{
    public static RootCommand Create()
    {
        var registry = FormatRegistry.CreateDefault();
        var root = new RootCommand("exporter: convert library catalog records between catalog text, record JSON, MARC 21, Dublin Core, schema.org JSON-LD and RDF, and publish them as a web site");
        var convert = ConvertCommand.Create(registry);
        var validate = ValidateCommand.Create(registry);
        var formats = FormatsCommand.Create(registry);
        var publish = PublishCommand.Create(registry);
        root.Subcommands.Add(convert);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(publish);
        root.Subcommands.Add(formats);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithEpilogueAction((HelpAction)help.Action!, new Dictionary<Command, string>
        {
            [convert] = ConvertCommand.Epilogue,
            [validate] = ValidateCommand.Epilogue,
            [formats] = FormatsCommand.Epilogue,
            [publish] = PublishCommand.Epilogue,
        });
        return root;
    }

    public static int Run(string[] args)
    {
        var parse = Create().Parse(args);
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
}
