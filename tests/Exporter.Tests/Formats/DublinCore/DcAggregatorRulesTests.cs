using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>What harvesters and aggregators require of our Dublin Core (issue 14; docs/mappings/dublin-core.md, "Aggregators").</summary>
public class DcAggregatorRulesTests
{
    private static DublinCoreRecord Simple(CatalogRecord r, DublinCoreCrosswalkOptions? options = null) =>
        new DublinCoreCrosswalk(options).FromCatalog(r, NullDiagnostics.Instance);

    private static string[] Values(DublinCoreRecord dc, string name) => [.. dc.Get(name).Select(s => s.Value)];

    [Theory]
    [InlineData("0751363839 (pbk.)", "urn:isbn:0751363839")]
    [InlineData("978-0-262-51087-5", "urn:isbn:9780262510875")]
    [InlineData("0394549260 : $12.95", "urn:isbn:0394549260")]
    public void Isbn_urn_holds_the_number_only(string isbn, string expected) =>
        Assert.Equal([expected], Values(Simple(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Isbn, isbn)] }), "identifier"));

    [Theory]
    [InlineData("  85012345 ", "info:lccn/85012345")]
    [InlineData("n 78890351", "info:lccn/n78890351")]
    [InlineData("n78-890351", "info:lccn/n78890351")]
    [InlineData("85-2", "info:lccn/85000002")]
    [InlineData("2001000002 //r86", "info:lccn/2001000002")]
    public void Lccn_is_normalized(string lccn, string expected) =>
        Assert.Equal([expected], Values(Simple(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Lccn, lccn)] }), "identifier"));

    [Fact]
    public void Only_the_record_number_gets_a_catalog_url_and_no_identifier_is_written_twice()
    {
        var r = new CatalogRecord
        {
            Title = "T",
            Identifiers =
            [
                new Identifier(IdentifierType.Local, "X1"), new Identifier(IdentifierType.Local, "(RuMoEVIS)5135521B"), new Identifier(IdentifierType.Local, "X1"),
                new Identifier(IdentifierType.Isbn, "0751363839", "pbk."), new Identifier(IdentifierType.Isbn, "0751363839", "hbk."),
            ],
        };
        Assert.Equal(["https://catalog.example.org/record/X1", "X1", "(RuMoEVIS)5135521B", "urn:isbn:0751363839"], Values(Simple(r), "identifier"));
    }

    [Fact]
    public void An_other_agencys_number_alone_mints_no_url()
    {
        var r = new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "(OCoLC)12345")] };
        Assert.Equal(["(OCoLC)12345"], Values(Simple(r), "identifier"));
    }

    [Fact]
    public void Genre_goes_to_type_and_one_heading_in_two_schemes_is_one_subject()
    {
        var r = new CatalogRecord
        {
            Title = "T",
            Subjects = [new Subject("Love stories.", "lcsh", SubjectKind.Genre), new Subject("Cats.", "lcsh"), new Subject("Cats", "fast"), new Subject("Dogs", "fast")],
        };
        Assert.Equal(["Text", "Book", "Love stories."], Values(Simple(r), "type"));
        Assert.Equal(["Cats.", "Dogs"], Values(Simple(r), "subject"));
        var q = new DublinCoreCrosswalk(new DublinCoreCrosswalkOptions { Profile = DublinCoreProfile.Qualified }).FromCatalog(r, NullDiagnostics.Instance);
        Assert.Contains(q.Get("type"), s => s.Value == "Love stories." && s.Scheme == DcSchemes.Lcsh);
        var back = new DublinCoreCrosswalk().ToCatalog(q, NullDiagnostics.Instance);
        Assert.Equal(ResourceType.Book, back.ResourceType);
        Assert.Equal(new Subject("Love stories.", "lcsh", SubjectKind.Genre), back.Subjects[0]);
    }

    [Fact]
    public void The_blurb_is_not_repeated_as_abstract_and_contents_get_no_invented_labels()
    {
        var r = new CatalogRecord
        {
            Title = "T", Description = "Same text.", Abstract = "Same text.",
            Contents = [new ContentsSection(null, [new ContentsEntry("Preface")]), new ContentsSection("Part two", [new ContentsEntry("Chapter", "1")])],
        };
        Assert.Equal(["Same text.", "Contents: Preface -- Part two -- 1. Chapter"], Values(Simple(r), "description"));
        Assert.DoesNotContain(Simple(r).Statements, s => s.Value.Contains("Section:", StringComparison.Ordinal));
    }

    [Fact]
    public void Reviews_only_with_include_reviews_and_then_with_the_reviewer()
    {
        var r = new CatalogRecord { Title = "T", Reviews = [new Review(["Gripping."], "Ulli Diemer")] };
        Assert.Empty(Values(Simple(r), "description"));
        Assert.Equal(["Gripping. [Reviewed by Ulli Diemer]"], Values(Simple(r, new DublinCoreCrosswalkOptions { IncludeReviews = true }), "description"));
    }

    [Fact]
    public void Rights_option_and_default_language_fill_what_the_record_does_not_say()
    {
        var options = new DublinCoreCrosswalkOptions { Rights = new Uri("http://rightsstatements.org/vocab/InC/1.0/"), DefaultLanguage = "eng" };
        var text = Simple(new CatalogRecord { Title = "T" }, options);
        Assert.Equal(["http://rightsstatements.org/vocab/InC/1.0/"], Values(text, "rights"));
        Assert.Equal(["eng"], Values(text, "language"));
        Assert.Equal(["ger"], Values(Simple(new CatalogRecord { Title = "T", Languages = ["ger"] }, options), "language"));
        Assert.Empty(Values(Simple(new CatalogRecord { Title = "T", ResourceType = ResourceType.Image }, options), "language")); // text resources only
        var q = new DublinCoreCrosswalk(options with { Profile = DublinCoreProfile.Qualified }).FromCatalog(new CatalogRecord { Title = "T" }, NullDiagnostics.Instance);
        Assert.Contains(q.Get("rights"), s => s.Scheme == DcSchemes.Uri);
    }

    [Fact]
    public void Placeholder_base_uri_is_reported_for_each_minted_url_and_not_with_an_own_base()
    {
        var records = Enumerable.Range(1, 3).Select(i => new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "X" + i)] }).ToList();
        var bag = new DiagnosticBag();
        var crosswalk = new DublinCoreCrosswalk();
        foreach (var r in records) crosswalk.FromCatalog(r, bag);
        Assert.Equal(3, bag.Items.Count(d => d.Code == DcDiagnosticCodes.PlaceholderBaseUri));  // each record; a run keeps the first (RunOnce)
        var own = new DiagnosticBag();
        var ours = new DublinCoreCrosswalk(new DublinCoreCrosswalkOptions { BaseUri = new Uri("https://lib.example.net/") });
        foreach (var r in records) ours.FromCatalog(r, own);
        Assert.DoesNotContain(own.Items, d => d.Code == DcDiagnosticCodes.PlaceholderBaseUri);
    }

    [Fact]
    public void Cli_takes_rights_language_and_include_reviews_and_refuses_bad_values()
    {
        using var dir = new TempDir();
        var input = Path.Combine(TestEnvironment.RepoRoot, "examples", "CX7118.txt");
        var ok = ExporterCli.Run("convert", input, "--to", "dc", "-o", dir.File("out.dc.xml"), "--rights", "http://rightsstatements.org/vocab/InC/1.0/", "--language", "eng", "--include-reviews");
        Assert.True(ok.ExitCode == 0, ok.StdErr);
        var xml = File.ReadAllText(dir.File("out.dc.xml"));
        Assert.Contains("<dc:rights>http://rightsstatements.org/vocab/InC/1.0/</dc:rights>", xml, StringComparison.Ordinal);
        Assert.Contains("[Reviewed by Ulli Diemer]", xml, StringComparison.Ordinal);
        Assert.Contains("DC1010", ok.StdErr, StringComparison.Ordinal);
        var bad = ExporterCli.Run("convert", input, "--to", "dc", "-o", dir.File("bad.dc.xml"), "--rights", "not a uri");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("CLI0050", bad.StdErr, StringComparison.Ordinal);
        var badLanguage = ExporterCli.Run("convert", input, "--to", "dc", "-o", dir.File("bad.dc.xml"), "--language", "English");
        Assert.Equal(2, badLanguage.ExitCode);
        Assert.Contains("CLI0051", badLanguage.StdErr, StringComparison.Ordinal);
    }
}
