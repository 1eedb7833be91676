using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>Help lists the accepted values, and each command's help ends with examples and its exit codes.</summary>
public class HelpCliTests
{
    [Theory]
    [InlineData("convert", "0 ", "1 ", "2 ", "3 ", "130 ")]
    [InlineData("validate", "0 ", "1 ", "2 ", "3 ", "130 ")]
    [InlineData("formats", "0 ", "2 ")]
    [InlineData("libraryfeed", "0 ", "2 ", "3 ")]
    public void Help_of_each_command_has_examples_and_the_exit_codes(string command, params string[] codes)
    {
        var r = ExporterCli.Run(command, "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.StdErr);
        var examples = r.StdOut.IndexOf("\nExamples:\n", StringComparison.Ordinal);
        var exits = r.StdOut.IndexOf("\nExit codes:\n", StringComparison.Ordinal);
        Assert.True(examples > 0 && exits > examples, r.StdOut);
        Assert.Contains($"  exporter {command}", r.StdOut[examples..exits], StringComparison.Ordinal);
        var exitLines = r.StdOut[exits..].Split('\n').Select(l => l.Trim()).ToList();
        foreach (var code in codes) Assert.Contains(exitLines, l => l.StartsWith(code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--on-error <fail|skip>")]
    [InlineData("--punctuation <isbd|minimal>")]
    [InlineData("--marc-charset <marc8|utf8>")]
    [InlineData("--marc-encoding <auto|leader|marc8|utf8>")]
    [InlineData("--to <FMT[,FMT...]|all>")]
    [InlineData("comma-separated: text, json, marc21, marcxml, mrk, dc, dcterms, jsonld, turtle, ntriples, bibframe, bookfeed, all (all: every format but bookfeed)")]
    [InlineData("--from <FMT>")]
    public void Convert_help_lists_the_values_of_options_with_fixed_values(string expected)
    {
        var r = ExporterCli.Run("convert", "--help");

        Assert.Contains(expected, r.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--library-type <TYPE>", "the library type: public, academic, corporate, government, school, special")]
    [InlineData("--branches <FILE>", "@id  name  streetAddress  addressLocality  addressRegion  postalCode  addressCountry")]
    public void Libraryfeed_help_lists_the_library_types_and_the_branches_columns(string option, string values)
    {
        var r = ExporterCli.Run("libraryfeed", "--help");

        Assert.Contains(option, r.StdOut, StringComparison.Ordinal);
        Assert.Contains(values, r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_given_even_when_the_rest_of_the_line_is_incomplete()
    {
        var r = ExporterCli.Run("convert", "--help", "--bogus");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Exit codes:", r.StdOut, StringComparison.Ordinal);
    }
}
