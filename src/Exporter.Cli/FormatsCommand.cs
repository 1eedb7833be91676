using System.CommandLine;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary><c>exporter formats</c>: the registry as a table.</summary>
internal static class FormatsCommand
{
    /// <summary>The help's closing sections.</summary>
    public const string Epilogue = """
        Examples:
          exporter formats
          exporter formats | grep marc

        The names are what --from and --to take (--to also takes all, and comma lists).

        Exit codes:
          0    the table was printed
          2    usage error
        """;

    public static Command Create(FormatRegistry registry)
    {
        var command = new Command("formats", "list the formats this build reads and writes");
        command.SetAction(_ =>
        {
            Console.WriteLine($"{"name",-10} {"read",-5} {"write",-6} {"extensions",-28} {"media type",-30} description");
            foreach (var f in registry.Formats)
            {
                Console.WriteLine($"{f.Name,-10} {(f.CanRead ? "yes" : "no"),-5} {(f.CanWrite ? "yes" : "no"),-6} {string.Join(" ", f.Extensions),-28} {f.MediaType,-30} {f.Description}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
