using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;
using Exporter.Tests.Cli;

namespace Exporter.Tests.Pipeline;

/// <summary>Format options as the formats declare them: values checked, applied to the typed option records, and
/// shared options registered once.</summary>
public class FormatOptionTests
{
    private static FormatOption Marc(string name) => FormatRegistry.CreateDefault().Options.Single(o => o.Name == name);

    [Fact]
    public void The_marc_formats_share_one_declaration_of_each_option()
    {
        var registry = FormatRegistry.CreateDefault();

        Assert.Equal(["--normalize", "--marc-encoding", "--marc-org", "--punctuation", "--marc-charset"], registry.Get("marc21").Options.Select(o => o.Name));
        Assert.Same(registry.Get("marc21").Options, registry.Get("mrk").Options);
        Assert.Same(registry.Get("marc21").Options, registry.Get("marcxml").Options);
        Assert.Equal(5, registry.Options.Count(o => registry.Get("marc21").Options.Contains(o)));
    }

    [Fact]
    public void The_dublin_core_formats_share_one_declaration_of_each_option()
    {
        var registry = FormatRegistry.CreateDefault();

        Assert.Equal(["--rights", "--language", "--include-reviews"], registry.Get("dc").Options.Select(o => o.Name));
        Assert.Same(registry.Get("dc").Options, registry.Get("dcterms").Options);
        Assert.Equal(3, registry.Options.Count(o => registry.Get("dc").Options.Contains(o)));
    }

    [Theory]
    [InlineData("--marc-encoding", "auto", Iso2709Encoding.Auto)]
    [InlineData("--marc-encoding", "utf8", Iso2709Encoding.Utf8)]
    [InlineData("--marc-encoding", "marc8", Iso2709Encoding.Marc8)]
    [InlineData("--marc-encoding", "leader", Iso2709Encoding.FromLeader)]
    public void Marc_encoding_sets_the_read_options(string name, string value, Iso2709Encoding expected) =>
        Assert.Equal(expected, Marc(name).ApplyTo(new ReadOptions(), value).Formats.Get<MarcReadOptions>().Encoding);

    [Fact]
    public void Each_marc_option_sets_its_field_and_leaves_the_others()
    {
        var read = Marc("--normalize").ApplyTo(Marc("--marc-org").ApplyTo(new ReadOptions(), "XxExp"), "nfc").Formats.Get<MarcReadOptions>();
        var write = new[] { ("--marc-org", "XxExp"), ("--punctuation", "isbd"), ("--marc-charset", "marc8") }
            .Aggregate(new WriteOptions(), (o, kv) => Marc(kv.Item1).ApplyTo(o, kv.Item2)).Formats.Get<MarcWriteOptions>();

        Assert.Equal(new MarcReadOptions { OrganizationCode = "XxExp", Normalization = UnicodeNormalization.Nfc }, read);
        Assert.Equal(new MarcWriteOptions { OrganizationCode = "XxExp", Punctuation = MarcPunctuation.Isbd, Encoding = Iso2709OutputEncoding.Marc8 }, write);
    }

    [Fact]
    public void An_option_for_one_side_leaves_the_other_side_unchanged()
    {
        var read = new ReadOptions();
        var write = new WriteOptions();

        Assert.Same(read, Marc("--punctuation").ApplyTo(read, "isbd"));
        Assert.Same(write, Marc("--marc-encoding").ApplyTo(write, "auto"));
        Assert.True(Marc("--marc-org").AppliesToReading && Marc("--marc-org").AppliesToWriting);
    }

    [Theory]
    [InlineData("--marc-encoding", "ebcdic", "CLI0011", "--marc-encoding must be leader, auto, utf8 or marc8, not 'ebcdic'")]
    [InlineData("--marc-org", "has space", "CLI0015", "--marc-org must be a MARC organization code (1-16 letters, digits, '-', ':' or '/'), not 'has space'")]
    [InlineData("--marc-org", "12345678901234567", "CLI0015", "--marc-org must be a MARC organization code (1-16 letters, digits, '-', ':' or '/'), not '12345678901234567'")]
    [InlineData("--punctuation", "aacr", "CLI0016", "--punctuation must be minimal or isbd, not 'aacr'")]
    [InlineData("--marc-charset", "latin1", "CLI0017", "--marc-charset must be utf8 or marc8, not 'latin1'")]
    [InlineData("--normalize", "NFC", "CLI0024", "--normalize must be none or nfc, not 'NFC'")]
    public void A_refused_value_is_an_error_with_the_option_s_code(string name, string value, string code, string message)
    {
        var option = Marc(name);

        Assert.Equal(message, option.Problem(value));
        var error = Assert.Throws<ExporterException>(() => option.AppliesToReading ? option.ApplyTo(new ReadOptions(), value) : (object)option.ApplyTo(new WriteOptions(), value));
        Assert.Equal((code, message), (error.Diagnostic.Code, error.Diagnostic.Message));
    }

    [Fact]
    public void A_flag_takes_true_or_false()
    {
        Assert.Null(FlavouredFormat.ExtraSalt.Problem("true"));
        Assert.Equal("--extra-salt must be true or false, not 'yes'", FlavouredFormat.ExtraSalt.Problem("yes"));
        Assert.True(FlavouredFormat.ExtraSalt.ApplyTo(new WriteOptions(), "true").Formats.Get<FlavouredFormat.WriteSettings>().ExtraSalt);
    }

    [Fact]
    public void Two_formats_declaring_an_option_differently_are_refused()
    {
        var registry = new FormatRegistry();
        registry.Register(new FlavouredFormat());
        var other = FormatOption.Choice("--garnish", "a different garnish", "FLV0008", "parsley").Writing<FlavouredFormat.WriteSettings>((o, v) => o with { Garnish = v });

        var error = Assert.Throws<ArgumentException>(() => registry.Register(new FlavouredFormat("spiced", ".spc", [other])));

        Assert.Contains("--garnish", error.Message, StringComparison.Ordinal);
        Assert.Null(registry.Find("spiced"));
    }

    [Fact]
    public void An_option_name_starts_with_two_dashes() =>
        Assert.Throws<ArgumentException>(() => FormatOption.Choice("garnish", "no dashes", "FLV0007", "x"));
}
