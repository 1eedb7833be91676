using Exporter.Formats.BookFeed;
using Exporter.Model;
using Newtonsoft.Json.Linq;
using static Exporter.Tests.Formats.BookFeed.BookFeedTesting;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>The rows of docs/mappings/bookfeed.md, one test each, and the records the feed leaves out.</summary>
public class BookFeedCrosswalkTests
{
    [Fact]
    public void The_work_has_the_record_iris_name_authors_and_date()
    {
        var work = Work(Book() with { LastModified = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 500, TimeSpan.Zero), Contributors = [Contributor.Person("Longino, Helen E."), Contributor.Organization("Princeton Group"), Contributor.Person("Ed, Itor", ContributorRoles.Editor)] });

        Assert.Equal("https://schema.org", (string?)work["@context"]);
        Assert.Equal("Book", (string?)work["@type"]);
        Assert.Equal("https://catalog.example.org/record/CX1010#work", (string?)work["@id"]);
        Assert.Equal("https://catalog.example.org/record/CX1010", (string?)work["url"]);
        Assert.Equal("Science as social knowledge: values and objectivity in scientific inquiry", (string?)work["name"]);
        Assert.Equal("2024-05-06T07:08:09.5Z", (string?)work["dateModified"]);
        Assert.Equal(["Person:Longino, Helen E.", "Organization:Princeton Group"], work["author"]!.Select(a => $"{a["@type"]}:{a["name"]}"));
    }

    [Fact]
    public void A_work_with_an_author_does_not_list_its_other_contributors()
    {
        var work = Work(Book() with { Contributors = [Contributor.Person("Longino, Helen E."), Contributor.Person("Ed, Itor", ContributorRoles.Editor)] });

        Assert.Equal(["author"], work.Properties().Select(p => p.Name).Intersect(["author", .. BookFeedContributors.Properties]));
    }

    [Fact]
    public void A_work_without_an_author_has_its_editors_translators_illustrators_and_contributors_in_its_place()
    {
        var work = Work(Book() with
        {
            Contributors =
            [
                Contributor.Person("Compiler, A.", ContributorRoles.Compiler), Contributor.Person("Kamenka, Eugene", ContributorRoles.Editor),
                new Contributor("Trans, Lator", [ContributorRoles.Translator, ContributorRoles.Illustrator]), Contributor.Organization("Penguin Books", ContributorRoles.Publisher),
                new Contributor("No Role, A.", []), Contributor.Organization("Viking Press", ContributorRoles.Editor),
            ],
        });

        Assert.Null(work["author"]);
        string[] Names(string property) => [.. work[property]!.Select(a => $"{a["@type"]}:{a["name"]}")];
        Assert.Equal(["Person:Kamenka, Eugene", "Organization:Viking Press"], Names("editor"));
        Assert.Equal(["Person:Trans, Lator"], Names("translator"));
        Assert.Equal(["Person:Trans, Lator"], Names("illustrator"));
        Assert.Equal(["Person:Compiler, A.", "Person:No Role, A."], Names("contributor"));
        Assert.Equal(["editor", "translator", "illustrator", "contributor"], work.Properties().Select(p => p.Name).Where(BookFeedContributors.Properties.Contains));
    }

    [Theory]
    [InlineData("editor", "editor")]
    [InlineData("editor of compilation", "editor")]
    [InlineData("translator", "translator")]
    [InlineData("illustrator", "illustrator")]
    [InlineData("compiler", "contributor")]
    [InlineData("author of introduction", "contributor")]
    [InlineData("", "contributor")]
    [InlineData("publisher", null)]
    [InlineData("honoree", null)]
    public void Each_role_has_its_schema_org_book_property(string role, string? expected) =>
        Assert.Equal(expected, BookFeedContributors.PropertyFor(role));

    [Fact]
    public void Without_a_last_modified_date_elements_and_feed_take_the_run_clock()
    {
        var (_, feed, _, _) = Write([Book()]);

        Assert.Equal("2025-01-01T12:00:00Z", (string?)feed["dateModified"]);
        Assert.Equal("2025-01-01T12:00:00Z", (string?)feed["dataFeedElement"]![0]!["dateModified"]);
    }

    [Fact]
    public void The_edition_has_isbn_13_format_language_and_identifiers()
    {
        var edition = Edition(Book());

        Assert.Equal("https://catalog.example.org/record/CX1010#edition-9780691020518", (string?)edition["@id"]);
        Assert.Equal("9780691020518", (string?)edition["isbn"]);
        Assert.Equal("https://schema.org/Paperback", (string?)edition["bookFormat"]);
        Assert.Equal("en", (string?)edition["inLanguage"]);
        Assert.Equal("2nd ed.", (string?)edition["bookEdition"]);
        Assert.Equal("1990", (string?)edition["datePublished"]);
        Assert.Equal(["OCLC_NUMBER=20823379", "LCCN=89037158"], edition["identifier"]!.Select(i => $"{i["propertyID"]}={i["value"]}"));
        Assert.All(edition["identifier"]!, i => Assert.Equal("PropertyValue", (string?)i["@type"]));
        Assert.Equal(["https://worldcat.org/oclc/20823379", "https://lccn.loc.gov/89037158"], edition["sameAs"]!.Select(s => (string)s!));
        Assert.Equal("https://catalog.example.org/record/CX1010", (string?)edition["url"]);
    }

    [Fact]
    public void An_lccn_prefix_is_dropped_from_the_identifier_but_kept_in_the_link()
    {
        // the spec's PropertyValue value: "Remove all non-numeric prefixes of the external ID"
        var edition = Edition(Book() with { Identifiers = [.. Isbn("0691020515", "pbk."), new(IdentifierType.Lccn, "sn 85-1234")] });

        Assert.Equal(["LCCN=85001234"], edition["identifier"]!.Select(i => $"{i["propertyID"]}={i["value"]}"));
        Assert.Equal(["https://lccn.loc.gov/sn85001234"], edition["sameAs"]!.Select(s => (string)s!));
    }

    [Fact]
    public void The_edition_does_not_repeat_the_work_title()
    {
        // the spec: Edition name "only use this when the title of the edition is different from the title of the work"
        var work = Work(Book());

        Assert.False(string.IsNullOrEmpty((string?)work["name"]));
        Assert.Null(work["workExample"]![0]!["name"]);
    }

    [Fact]
    public void Each_distinct_isbn_is_an_edition_with_its_own_format()
    {
        var record = Book() with { Identifiers = [new(IdentifierType.Isbn, "9780691073422", "hardcover"), new(IdentifierType.Isbn, "0691020515", "pbk."), new(IdentifierType.Isbn, "978-0-691-02051-8", "paperback")] };

        var editions = (JArray)Work(record)["workExample"]!;

        Assert.Equal(["9780691073422 Hardcover", "9780691020518 Paperback"], editions.Select(e => $"{e["isbn"]} {((string)e["bookFormat"]!)[19..]}"));
    }

    [Theory]
    [InlineData("ebook", ResourceType.Book, null, "EBook")]
    [InlineData(null, ResourceType.Audio, null, "AudiobookFormat")]
    [InlineData(null, ResourceType.Book, "Hardcover", "Hardcover")]
    [InlineData("graphic novel", ResourceType.Book, "Paperback", "Paperback")] // not one of the spec's four: the fallback
    public void The_format_comes_from_the_qualifier_the_resource_type_or_the_option(string? qualifier, ResourceType type, string? fallback, string expected)
    {
        var edition = Edition(Book() with { ResourceType = type, Identifiers = Isbn("0691020515", qualifier) }, Library with { DefaultBookFormat = fallback });

        Assert.Equal("https://schema.org/" + expected, (string?)edition["bookFormat"]);
    }

    [Theory]
    [InlineData("ger", "de")]
    [InlineData("fre", "fr")]
    [InlineData("chi", "zh")]
    public void The_language_is_its_two_letter_code(string marc, string expected) =>
        Assert.Equal(expected, (string?)Edition(Book() with { Languages = [marc, "eng"] })["inLanguage"]);

    [Fact]
    public void The_borrow_action_names_the_library_system_and_its_target()
    {
        var action = Edition(Book(), Library with { BorrowUrlTemplate = "https://opac.example.org/record/{id}?isbn={isbn}" })["potentialAction"]!;

        Assert.Equal("BorrowAction", (string?)action["@type"]);
        Assert.Equal("EntryPoint", (string?)action["target"]!["@type"]);
        Assert.Equal("https://opac.example.org/record/CX1010?isbn=9780691020518", (string?)action["target"]!["urlTemplate"]);
        // the spec's only actionPlatform values (no MobileWebPlatform)
        Assert.Equal(["https://schema.org/DesktopWebPlatform", "https://schema.org/AndroidPlatform", "https://schema.org/IOSPlatform"], action["target"]!["actionPlatform"]!.Select(p => (string)p!));
        var lender = new JObject { ["@type"] = "LibrarySystem", ["@id"] = "https://library.example.net/", ["name"] = "Example Library", ["url"] = "https://library.example.net/" };
        Assert.True(JToken.DeepEquals(lender, action["lender"]), action["lender"]?.ToString());
    }

    [Fact]
    public void Without_a_template_the_target_is_the_record_page() =>
        Assert.Equal("https://catalog.example.org/record/CX1010", (string?)Edition(Book())["potentialAction"]!["target"]!["urlTemplate"]);

    public static TheoryData<string, CatalogRecord> Uncarried() => new()
    {
        { "FEED0001", Book() with { Identifiers = [new(IdentifierType.Local, "CX1"), new(IdentifierType.Isbn, "0691020516")] } },
        { "FEED0002", Book() with { Title = "" } },
        { "FEED0003", Book() with { Contributors = [] } },
        { "FEED0003", Book() with { Contributors = [Contributor.Organization("Penguin Books", ContributorRoles.Publisher)] } },
        { "FEED0004", Book() with { Identifiers = Isbn("0691020515", null) } },
        { "FEED0005", Book() with { Languages = ["haw"] } },
        { "FEED0005", Book() with { Languages = [] } },
        { "FEED0008", Book() with { ResourceType = ResourceType.Video } },
    };

    [Theory]
    [MemberData(nameof(Uncarried))]
    public void A_record_the_spec_cannot_carry_is_omitted_with_a_warning(string code, CatalogRecord record)
    {
        var (_, feed, diagnostics, omitted) = Write([Book(), record, Book()]);

        Assert.Equal(2, ((JArray)feed["dataFeedElement"]!).Count);
        Assert.Equal(1, omitted);
        var d = Assert.Single(diagnostics);
        Assert.Equal((code, Exporter.Diagnostics.Severity.Warning), (d.Code, d.Severity));
        Assert.StartsWith("left out of the book feed: ", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_of_unknown_format_is_left_out_with_a_warning_when_another_is_written()
    {
        var record = Book() with { Identifiers = [new(IdentifierType.Isbn, "9780691073422", null), new(IdentifierType.Isbn, "0691020515", "pbk.")] };

        var (_, feed, diagnostics, omitted) = Write([record]);

        Assert.Equal(0, omitted);
        Assert.Equal("9780691020518", (string?)Assert.Single((JArray)feed["dataFeedElement"]![0]!["workExample"]!)["isbn"]);
        Assert.Equal("FEED0006", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void No_records_make_an_empty_feed_and_the_same_records_the_same_bytes()
    {
        Assert.Equal("{\"@context\":\"https://schema.org\",\"@type\":\"DataFeed\",\"dateModified\":\"2025-01-01T12:00:00Z\",\"dataFeedElement\":[]}\n", Write([]).Text);
        Assert.Equal(Write([Book(), Book() with { Title = "Other" }]).Text, Write([Book(), Book() with { Title = "Other" }]).Text);
    }

    [Fact]
    public void Non_ascii_text_is_written_as_utf8_not_escaped() =>
        Assert.Contains("\"name\":\"Толстой, Лев\"", Write([Book() with { Contributors = [Contributor.Person("Толстой, Лев")] }]).Text, StringComparison.Ordinal);
}
