using System.Text;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>
/// <c>exporter libraryfeed</c>: the Library feed written once from the options and the branches table, with the same
/// library system @id as the book feed's lender; each bad option or table a usage error that writes nothing.
/// </summary>
public sealed class LibraryFeedCliTests : IDisposable
{
    private const string Branches = "@id\tname\tstreetAddress\taddressLocality\taddressRegion\tpostalCode\taddressCountry\n"
        + "https://library.example.net/branches/central\tCentral Library\t710 W. César Chávez St.\tAustin\tTX\t78701\tUS\n";

    private readonly TempDir _dir = new();

    public LibraryFeedCliTests() => File.WriteAllText(_dir.File("branches.tsv"), Branches, new UTF8Encoding(false));

    public void Dispose() => _dir.Dispose();

    private string[] Library(string type = "public") =>
        ["libraryfeed", "--library-name", "Example Library", "--library-url", "https://library.example.net/", "--library-type", type, "--branches", _dir.File("branches.tsv")];

    /// <summary>Runs the CLI with SOURCE_DATE_EPOCH set, so that the feed's dateModified is the same in every run.</summary>
    private static (int ExitCode, string StdOut, string StdErr) Run(params string[] args)
    {
        var r = ExporterCli.RunAt("1700000000", args);
        return (r.ExitCode, r.StdOut, r.StdErr);
    }

    [Fact]
    public void The_feed_describes_the_system_and_its_branches_in_fixed_bytes()
    {
        var (code, _, err) = Run([.. Library(), "-o", _dir.File("library.feed.jsonld")]);

        Assert.True(code == 0, err);
        Assert.Equal($"wrote the library feed: 1 library system, 1 branch(es) to {_dir.File("library.feed.jsonld")}", err.TrimEnd());
        Assert.Equal(
            "{\"@context\":\"https://schema.org\",\"@type\":\"DataFeed\",\"dateModified\":\"2023-11-14T22:13:20Z\",\"dataFeedElement\":[\n"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"LibrarySystem\",\"@id\":\"https://library.example.net/\",\"name\":\"Example Library\",\"url\":\"https://library.example.net/\","
            + "\"additionalProperty\":{\"@type\":\"PropertyValue\",\"name\":\"librarytype\",\"value\":\"public\"},"
            + "\"member\":[{\"@type\":\"Library\",\"@id\":\"https://library.example.net/branches/central\",\"name\":\"Central Library\",\"location\":{\"@type\":\"PostalAddress\","
            + "\"streetAddress\":\"710 W. César Chávez St.\",\"addressLocality\":\"Austin\",\"addressRegion\":\"TX\",\"postalCode\":\"78701\",\"addressCountry\":\"US\"}}]}\n"
            + "]}\n",
            File.ReadAllText(_dir.File("library.feed.jsonld")));
    }

    [Fact]
    public void The_feed_goes_to_standard_output_with_dash()
    {
        var (code, stdout, err) = Run([.. Library("academic"), "-o", "-"]);

        Assert.True(code == 0, err);
        Assert.Contains("\"value\":\"academic\"", stdout, StringComparison.Ordinal);
        Assert.Equal("wrote the library feed: 1 library system, 1 branch(es)", err.TrimEnd());
    }

    [Theory]
    [InlineData("CLI0165", "--library-type", "private")]
    [InlineData("CLI0161", "--library-url", "library.example.net")]
    [InlineData("CLI0160", "--library-name", " ")]
    [InlineData("CLI0167", "--branches", "missing.tsv")]
    [InlineData("CLI0166", "--branches", "bad.tsv")]
    public void A_bad_option_or_table_is_a_usage_error_that_writes_nothing(string expected, string option, string value)
    {
        File.WriteAllText(_dir.File("bad.tsv"), "@id\tname\tcity\n");
        var args = Library().ToList();
        var at = args.IndexOf(option);
        args[at + 1] = option == "--branches" ? _dir.File(value) : value;

        var (code, _, err) = Run([.. args, "-o", _dir.File("library.feed.jsonld")]);

        Assert.Equal(2, code);
        Assert.StartsWith($"error {expected}: ", err, StringComparison.Ordinal);
        Assert.Contains("see 'exporter libraryfeed --help'", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("library.feed.jsonld")));
    }

    [Fact]
    public void A_missing_option_is_a_usage_error()
    {
        var (code, _, err) = Run("libraryfeed", "--library-name", "L", "--library-url", "https://l.example/", "--branches", _dir.File("branches.tsv"), "-o", _dir.File("x.jsonld"));

        Assert.Equal(2, code);
        Assert.Contains("--library-type", err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("x.jsonld")));
    }
}
