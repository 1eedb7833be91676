using Exporter.Cli;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>What shells are offered for options with fixed values (System.CommandLine's completion sources).</summary>
public class CompletionTests
{
    private static List<string> Complete(string commandLine) =>
        ExporterCommandLine.Create().Parse(commandLine).GetCompletions(commandLine.Length).Select(c => c.Label).ToList();

    [Theory]
    [InlineData("convert x --on-error ", "fail,skip")]
    [InlineData("convert x --on-error s", "skip")]
    [InlineData("convert x --punctuation ", "isbd,minimal")]
    [InlineData("convert x --marc-charset ", "marc8,utf8")]
    [InlineData("validate x --marc-encoding ", "auto,leader,marc8,utf8")]
    [InlineData("validate x --from mar", "marc21,marcxml")]
    [InlineData("convert x --to a", "all")]
    [InlineData("convert x --to json,ma", "json,marc21,json,marcxml")]
    [InlineData("convert x --to json,j", "json,jsonld")]
    public void Options_with_fixed_values_complete_them(string commandLine, string expected)
    {
        Assert.Equal(expected, string.Join(",", Complete(commandLine)));
    }

    [Fact]
    public void The_suggest_directive_shells_call_completes_a_comma_list()
    {
        const string line = "convert x --to json,ma";

        var r = ExporterCli.Run($"[suggest:{line.Length}]", line);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["json,marc21", "json,marcxml"], r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
