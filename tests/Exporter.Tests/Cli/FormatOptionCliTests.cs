using System.CommandLine;
using Exporter.Cli;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>
/// Format options are the formats' own: a format registered with options of its own (<see cref="FlavouredFormat"/>)
/// gets them on the command line, in help and completion, checked with its own codes and applied to its own option
/// records, with no line of CLI code for it.
/// </summary>
public class FormatOptionCliTests
{
    private static FormatRegistry WithFormats(params IRecordFormat[] formats)
    {
        var registry = FormatRegistry.CreateDefault();
        foreach (var f in formats) registry.Register(f);
        return registry;
    }

    private static Command Subcommand(FormatRegistry registry, string name) =>
        ExporterCommandLine.Create(registry).Subcommands.Single(c => c.Name == name);

    private static string Input(TempDir dir)
    {
        var path = dir.File("in.flv");
        File.WriteAllText(path, "{\"title\":\"Tea\"}\n{\"title\":\"Cake\"}\n");
        return path;
    }

    [Fact]
    public void A_registered_format_s_options_reach_its_reader_and_encoder()
    {
        using var dir = new TempDir();
        var registry = WithFormats(new FlavouredFormat());

        var exit = ExporterCommandLine.Run(["convert", Input(dir), "--to", "flavoured", "-o", dir.File("out.txt"), "-q", "--flavour", "sour", "--garnish", "mint", "--extra-salt"], registry);

        Assert.Equal(0, exit);
        Assert.Equal("flavour=sour garnish=mint salt=yes\nmint Tea\nmint Cake\n", File.ReadAllText(dir.File("out.txt")));
    }

    [Fact]
    public void Options_not_given_leave_the_format_s_defaults()
    {
        using var dir = new TempDir();

        var exit = ExporterCommandLine.Run(["convert", Input(dir), "--to", "flavoured", "-o", dir.File("out.txt"), "-q"], WithFormats(new FlavouredFormat()));

        Assert.Equal(0, exit);
        Assert.Equal("flavour=sweet garnish= salt=no\nTea\nCake\n", File.ReadAllText(dir.File("out.txt")));
    }

    [Fact]
    public void Validate_offers_the_options_that_apply_to_reading_and_convert_offers_all()
    {
        var registry = WithFormats(new FlavouredFormat());

        var validate = Subcommand(registry, "validate").Options.Select(o => o.Name).ToList();
        var convert = Subcommand(registry, "convert").Options.Select(o => o.Name).ToList();

        Assert.Contains("--garnish", validate);
        Assert.DoesNotContain("--flavour", validate);
        Assert.DoesNotContain("--extra-salt", validate);
        Assert.Equal(1, convert.Count(n => n == "--garnish"));
        Assert.Contains("--flavour", convert);
        Assert.Contains("--extra-salt", convert);
    }

    [Fact]
    public void A_choice_is_completed_by_shells()
    {
        const string line = "convert x --flavour ";
        var completions = ExporterCommandLine.Create(WithFormats(new FlavouredFormat())).Parse(line).GetCompletions(line.Length).Select(c => c.Label);

        Assert.Equal(["sour", "sweet"], completions);
    }

    [Theory]
    [InlineData("--flavour", "bitter", "error FLV0001: --flavour must be sweet or sour, not 'bitter'; see 'exporter convert --help'")]
    [InlineData("--garnish", "Mint!", "error FLV0002: --garnish must be a herb name in small letters, not 'Mint!'; see 'exporter convert --help'")]
    [InlineData("--garnish", "", "error FLV0002: --garnish must be a herb name in small letters, not ''; see 'exporter convert --help'")]
    public void A_refused_value_is_a_usage_error_with_the_option_s_own_code(string option, string value, string expected)
    {
        var registry = WithFormats(new FlavouredFormat());
        string[] args = ["convert", "in.flv", "--to", "flavoured", "-o", "-", option, value];

        Assert.Equal(expected, UsageErrors.Describe(ExporterCommandLine.Create(registry).Parse(args)));
        Assert.Equal(ExitCodes.Usage, ExporterCommandLine.Run(args, registry));
    }

    [Fact]
    public void An_option_shared_by_two_formats_is_offered_once_and_applied_to_both()
    {
        using var dir = new TempDir();
        var registry = WithFormats(new FlavouredFormat(), new FlavouredFormat("spiced", ".spc"));

        var exit = ExporterCommandLine.Run(["convert", Input(dir), "--to", "flavoured,spiced", "--out-dir", dir.File("out"), "-q", "--garnish", "dill"], registry);

        Assert.Equal(0, exit);
        Assert.Equal(1, registry.Options.Count(o => o.Name == "--garnish"));
        Assert.Equal(File.ReadAllText(dir.File("out/in.flv")), File.ReadAllText(dir.File("out/in.spc")));
        Assert.StartsWith("flavour=sweet garnish=dill salt=no\ndill Tea\n", File.ReadAllText(dir.File("out/in.spc")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_option_may_not_take_the_name_of_a_command_s_own_option()
    {
        var clash = FormatOption.Choice("--to", "clashes with convert's --to", "FLV0009", "x").Writing<FlavouredFormat.WriteSettings>((o, _) => o);
        var registry = WithFormats(new FlavouredFormat(options: [clash]));

        var error = Assert.Throws<InvalidOperationException>(() => ExporterCommandLine.Create(registry));

        Assert.Contains("--to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_marc_options_keep_their_help_lines()
    {
        var r = ExporterCli.Run("convert", "--help");

        Assert.Contains("--marc-org <CODE>", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("--normalize <nfc|none>", r.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, r.StdOut.Split('\n').Count(l => l.TrimStart().StartsWith("--marc-org", StringComparison.Ordinal)));
    }
}
