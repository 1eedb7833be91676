using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.BookFeed;
using Exporter.Jobs;
using Exporter.Tests.Support;
using static Exporter.Tests.Formats.BookFeed.LibraryFeedTesting;

namespace Exporter.Tests.Jobs;

/// <summary>The Library feed job: the branches file read, the feed written whole or not at all.</summary>
public class LibraryFeedJobTests
{
    [Fact]
    public void The_feed_is_written_to_the_file_as_the_writer_makes_it()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("branches.tsv"), "@id\tname\taddressLocality\taddressCountry\nhttps://library.example.net/branches/hampton\tHampton Branch\tAustin\tUS\n", new UTF8Encoding(false));
        var options = Example() with { Branches = LibraryFeedJob.ReadBranches(dir.File("branches.tsv")) };

        LibraryFeedJob.Write(options, dir.File("library.jsonld"));

        Assert.Equal(Text(Example() with { Branches = [Hampton] }), File.ReadAllText(dir.File("library.jsonld")));
        Assert.Equal(["branches.tsv", "library.jsonld"], dir.Files()); // no temporary file left
    }

    [Fact]
    public void Refused_options_leave_the_previous_file_as_it_was()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("library.jsonld"), "previous");

        var ex = Assert.Throws<ExporterException>(() => LibraryFeedJob.Write(Example() with { LibraryType = "private" }, dir.File("library.jsonld")));

        Assert.Equal("CLI0165", ex.Diagnostic.Code);
        Assert.Equal("previous", File.ReadAllText(dir.File("library.jsonld")));
        Assert.Single(dir.Files());
    }

    [Fact]
    public void A_branches_file_that_cannot_be_read_is_CLI0167()
    {
        using var dir = new TempDir();

        var ex = Assert.Throws<ExporterException>(() => LibraryFeedJob.ReadBranches(dir.File("missing.tsv")));

        Assert.Equal("CLI0167", ex.Diagnostic.Code);
        Assert.Contains("missing.tsv", ex.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_branches_file_that_is_not_utf8_is_CLI0166()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("branches.tsv"), [.. "@id\tname\taddressLocality\nhttps://l.example/a\tA\tK"u8, 0xF6, .. "ln\n"u8]);

        var ex = Assert.Throws<ExporterException>(() => LibraryFeedJob.ReadBranches(dir.File("branches.tsv")));

        Assert.Equal((Severity.Error, "CLI0166"), (ex.Diagnostic.Severity, ex.Diagnostic.Code));
        Assert.Contains("not UTF-8", ex.Diagnostic.Message, StringComparison.Ordinal);
    }
}
