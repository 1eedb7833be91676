using Exporter.Jobs;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Jobs;

public class InputResolverTests
{
    private const string MarcXml = "<?xml version=\"1.0\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a2200000 a 4500</leader></record></collection>\n";
    private const string Mrk = "=LDR  00000nam\\\\2200000\\a\\4500\n=001  x\n";

    [Theory]
    [InlineData("records.xml", MarcXml, "marcxml")]
    [InlineData("records.txt", Mrk, "mrk")]
    [InlineData("records.json", Mrk, "mrk")]
    [InlineData("records.json", "{\"title\":\"T\"}\n", "json")]
    [InlineData("records.mrk", "{\"title\":\"T\"}\n", "mrk")]
    [InlineData("records.jsonl", Mrk, "json")]
    [InlineData("unnamed", Mrk, "mrk")]
    public void Generic_extensions_are_decided_by_content_first(string name, string content, string expected)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File(name), content);
        var single = Assert.Single(InputResolver.Resolve([dir.File(name)], null, FormatRegistry.CreateDefault()));
        Assert.Equal(expected, single.Format.Name);
    }

    [Fact]
    public void A_generic_file_whose_content_no_format_claims_keeps_its_extension()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.xml"), "<other/>");
        Assert.Equal("marcxml", Assert.Single(InputResolver.Resolve([dir.File("a.xml")], null, FormatRegistry.CreateDefault())).Format.Name);
    }

    [Fact]
    public void Directory_members_with_generic_extensions_are_sniffed_and_unknown_ones_skipped()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.xml"), MarcXml);
        File.WriteAllText(dir.File("b.txt"), Mrk);
        File.WriteAllText(dir.File("c.unknown"), Mrk);
        var files = InputResolver.Resolve([dir.Path], null, FormatRegistry.CreateDefault());
        Assert.Equal([("a.xml", "marcxml"), ("b.txt", "mrk")], files.Select(f => (Path.GetFileName(f.Path), f.Format.Name)));
    }
}
