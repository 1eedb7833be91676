using Exporter.Formats.Rdf.Bibframe;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary><c>--items</c>: bibframe items from holdings and item fields, off by default (staff notes: ItemsTests).</summary>
public class BibframeItemsCliTests
{
    private static string Corpus(string file) => TestEnvironment.TestData(["corpus", "marc", .. file.Split('/')]);

    [Fact]
    public void The_option_is_a_bibframe_flag_that_becomes_the_write_option()
    {
        var option = Assert.Single(FormatRegistry.CreateDefault().Get("bibframe").Options, o => o.Name == "--items");
        Assert.True(option.ApplyTo(new WriteOptions(), "true").Formats.Get<BibframeWriteOptions>().Items);
        Assert.False(new WriteOptions().Formats.Get<BibframeWriteOptions>().Items);
        Assert.DoesNotContain(FormatRegistry.CreateDefault().Get("jsonld").Options, o => o.Name == "--items");
    }

    [Fact]
    public void Items_are_written_only_with_the_option()
    {
        var input = Corpus("marc-perl/xml_record.dat");   // Koha 952 $a 20571 $c R $d ALL
        var plain = ExporterCli.Run("convert", input, "--to", "bibframe", "-o", "-", "--quiet");
        var items = ExporterCli.Run("convert", input, "--to", "bibframe", "-o", "-", "--quiet", "--items");
        Assert.True(items.ExitCode == 0, items.StdErr);
        Assert.DoesNotContain("bf:Item", plain.StdOut, StringComparison.Ordinal);
        Assert.Contains("<bf:Item rdf:about=", items.StdOut, StringComparison.Ordinal);
        Assert.Contains("<bf:itemOf rdf:resource=", items.StdOut, StringComparison.Ordinal);
        Assert.Contains("<rdfs:label>20571</rdfs:label>", items.StdOut, StringComparison.Ordinal);   // home branch: bf:heldBy
        Assert.DoesNotContain("20571", plain.StdOut, StringComparison.Ordinal);
        var help = ExporterCli.Run("convert", "--help");
        Assert.Contains("--items", help.StdOut, StringComparison.Ordinal);
    }
}
