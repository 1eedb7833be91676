using Exporter.Diagnostics;
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
        var single = Assert.Single(InputResolver.Resolve([dir.File(name)], null, FormatRegistry.CreateDefault()).Files);
        single.Open().Dispose();
        Assert.Equal(expected, single.Format.Name);
    }

    [Fact]
    public void A_generic_file_whose_content_no_format_claims_keeps_its_extension()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.xml"), "<other/>");
        var single = Assert.Single(InputResolver.Resolve([dir.File("a.xml")], null, FormatRegistry.CreateDefault()).Files);
        single.Open().Dispose();
        Assert.Equal("marcxml", single.Format.Name);
    }

    [Fact]
    public void Directory_members_with_generic_extensions_are_sniffed_and_unknown_ones_skipped()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.xml"), MarcXml);
        File.WriteAllText(dir.File("b.txt"), Mrk);
        File.WriteAllText(dir.File("c.unknown"), Mrk);
        var set = InputResolver.Resolve([dir.Path], null, FormatRegistry.CreateDefault());
        foreach (var f in set.Files) f.Open().Dispose();
        Assert.Equal([("a.xml", "marcxml"), ("b.txt", "mrk")], set.Files.Select(f => (Path.GetFileName(f.Path), f.Format.Name)));
        Assert.Equal([new SkippedInput(dir.File("c.unknown"), SkipReason.UnknownFormat)], set.Skipped);
    }

    [Fact]
    public void A_generic_file_s_format_is_decided_when_it_is_opened_not_before()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), Mrk);
        var single = Assert.Single(InputResolver.Resolve([dir.File("a.txt")], null, FormatRegistry.CreateDefault()).Files);
        Assert.True(single.FormatDecidedOnOpen);
        File.WriteAllText(dir.File("a.txt"), MarcXml); // the content seen is the content read
        using var stream = single.Open();
        Assert.Equal("marcxml", single.Format.Name);
        Assert.Equal(MarcXml, new StreamReader(stream).ReadToEnd());
    }

    [Fact]
    public void Usmarc_and_dat_files_are_iso2709_and_a_dat_file_holding_xml_is_sniffed()
    {
        using var dir = new TempDir();
        File.Copy(TestEnvironment.TestData("corpus", "marc", "marc-perl", "record_camel.usmarc"), dir.File("camel.usmarc"));
        File.Copy(TestEnvironment.TestData("corpus", "marc", "marc-perl", "xml_record.dat"), dir.File("record.dat"));
        File.WriteAllText(dir.File("slim.dat"), MarcXml);
        var set = InputResolver.Resolve([dir.Path], null, FormatRegistry.CreateDefault());
        foreach (var f in set.Files) f.Open().Dispose();
        Assert.Equal([("camel.usmarc", "marc21"), ("record.dat", "marc21"), ("slim.dat", "marcxml")], set.Files.Select(f => (Path.GetFileName(f.Path), f.Format.Name)));
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void With_from_a_directory_gives_only_files_of_that_format_by_extension_or_content()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.mrk"), Mrk);
        File.WriteAllText(dir.File("b.data"), Mrk);
        File.WriteAllText(dir.File("README"), "Exported from the catalog on Monday.\n");
        File.WriteAllBytes(dir.File("photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
        var set = InputResolver.Resolve([dir.Path], "mrk", FormatRegistry.CreateDefault());
        Assert.Equal(["a.mrk", "b.data"], set.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.All(set.Files, f => Assert.Equal("mrk", f.Format.Name));
        Assert.Equal([dir.File("README"), dir.File("photo.jpg")], set.Skipped.Select(s => s.Path));
        Assert.All(set.Skipped, s => Assert.Equal(SkipReason.NotOfGivenFormat, s.Reason));
        foreach (var f in set.Files) f.Open().Dispose();
    }

    [Fact]
    public void Symbolic_links_to_folders_are_not_followed_and_hidden_entries_are_left_out_and_both_are_listed()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File(Path.Combine("a", "b")));
        Directory.CreateDirectory(dir.File(".git"));
        File.WriteAllText(dir.File(Path.Combine("a", "b", "x.mrk")), Mrk);
        File.WriteAllText(dir.File(Path.Combine(".git", "y.mrk")), Mrk);
        File.WriteAllText(dir.File(".hidden.mrk"), Mrk);
        File.CreateSymbolicLink(dir.File(Path.Combine("a", "file-link.mrk")), dir.File(Path.Combine("a", "b", "x.mrk")));
        Directory.CreateSymbolicLink(dir.File(Path.Combine("a", "b", "up")), "..");
        var set = InputResolver.Resolve([dir.Path], null, FormatRegistry.CreateDefault());
        Assert.Equal([Path.Combine("a", "b", "x.mrk"), Path.Combine("a", "file-link.mrk")], set.Files.Select(f => Path.GetRelativePath(dir.Path, f.Path)));
        Assert.Equal(
            [(".git", SkipReason.Hidden), (".hidden.mrk", SkipReason.Hidden), (Path.Combine("a", "b", "up"), SkipReason.FolderLink)],
            set.Skipped.Select(s => (Path.GetRelativePath(dir.Path, s.Path), s.Reason)));
    }

    [Fact]
    public void Inputs_without_a_file_of_a_known_format_are_a_usage_error_that_says_what_was_skipped()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
        var ex = Assert.Throws<ExporterException>(() => InputResolver.Resolve([dir.Path], null, FormatRegistry.CreateDefault()));
        Assert.Equal("CLI0009", ex.Diagnostic.Code);
        Assert.Equal("no input files of a known format were found; skipped 1 file of unknown format", ex.Diagnostic.Message);
    }
}
