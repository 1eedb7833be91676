using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Exporter.Cli;

/// <summary>The standard help (usage, arguments, options with their accepted values), followed by the command's
/// examples and exit codes.</summary>
internal sealed class HelpWithEpilogueAction(HelpAction standard, IReadOnlyDictionary<Command, string> epilogues) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exit = standard.Invoke(parseResult);
        if (epilogues.TryGetValue(parseResult.CommandResult.Command, out var epilogue))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(epilogue.TrimEnd());
            output.WriteLine();
        }

        return exit;
    }
}
