using Exporter.Formats.Rdf.LinkedData;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary><c>--rdf-syntax</c>: the syntax of linked-data formats that offer several; ignored by formats of one.</summary>
public class RdfSyntaxCliTests
{
    private static string Example(string name) => Path.Combine(TestEnvironment.Examples, name);

    [Theory]
    [InlineData("turtle", RdfSyntaxKind.Turtle)]
    [InlineData("ntriples", RdfSyntaxKind.NTriples)]
    [InlineData("jsonld", RdfSyntaxKind.JsonLd)]
    [InlineData("rdfxml", RdfSyntaxKind.RdfXml)]
    public void The_option_becomes_the_linked_data_write_option(string value, RdfSyntaxKind kind)
    {
        var option = Assert.Single(FormatRegistry.CreateDefault().Get("bibframe").Options, o => o.Name == "--rdf-syntax");
        Assert.Equal(kind, option.ApplyTo(new WriteOptions(), value).Formats.Get<LinkedDataWriteOptions>().Syntax);
        Assert.Null(new WriteOptions().Formats.Get<LinkedDataWriteOptions>().Syntax);
        Assert.Empty(FormatRegistry.CreateDefault().Get("jsonld").Options);
    }

    [Fact]
    public void Formats_of_one_syntax_ignore_it()
    {
        var plain = ExporterCli.Run("convert", Example("CX7118.txt"), "--to", "jsonld", "-o", "-");
        var asked = ExporterCli.Run("convert", Example("CX7118.txt"), "--to", "jsonld", "-o", "-", "--rdf-syntax", "turtle");
        Assert.True(asked.ExitCode == 0, asked.StdErr);
        Assert.Equal(plain.StdOut, asked.StdOut);
    }

    [Fact]
    public void A_bad_value_is_a_usage_error_and_help_says_what_it_applies_to()
    {
        var r = ExporterCli.Run("convert", Example("CX7118.txt"), "--to", "jsonld", "-o", "-", "--rdf-syntax", "n3");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("CLI0044", r.StdErr, StringComparison.Ordinal);
        var help = ExporterCli.Run("convert", "--help");
        Assert.Contains("--rdf-syntax", help.StdOut, StringComparison.Ordinal);
        Assert.Contains("ignore it", help.StdOut, StringComparison.Ordinal);
    }
}
