using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

/// <summary>
/// The schema.org graph against Google's Book structured-data guidelines and linked-data practice (issue #16):
/// one test per rule of docs/mappings/schema-org.md's "Search-engine quality" section.
/// </summary>
public class SchemaOrgQualityTests
{
    private const string S = "https://schema.org/";
    private const string Page = "https://catalog.example.org/record/B1";
    private static readonly SchemaOrgCrosswalk Crosswalk = new();

    private static RdfGraph Graph(CatalogRecord r) =>
        Crosswalk.FromCatalog(r with { Identifiers = [new Identifier(IdentifierType.Local, "B1"), .. r.Identifiers] }, NullDiagnostics.Instance);

    private static List<RdfTerm> Objects(RdfGraph g, string subject, string property) =>
        [.. g.Triples.Where(t => t.Subject == new Iri(subject) && t.Predicate.Value == S + property).Select(t => t.Object)];

    private static CatalogRecord Back(RdfGraph g) => Crosswalk.ToCatalog(g, NullDiagnostics.Instance);

    [Fact]
    public void Work_and_edition_have_the_page_url_as_an_iri()
    {
        var g = Graph(new CatalogRecord { Title = "T" });
        Assert.Equal([new Iri(Page)], Objects(g, Page + "#work", "url"));
        Assert.Equal([new Iri(Page)], Objects(g, Page + "#edition", "url"));
    }

    [Fact]
    public void The_page_url_is_not_read_back_as_a_url_identifier_but_a_url_identifier_is()
    {
        var plain = Back(Graph(new CatalogRecord { Title = "T" }));
        Assert.DoesNotContain(plain.Identifiers, i => i.Type == IdentifierType.Url);
        var linked = Back(Graph(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Url, "https://example.org/full-text")] }));
        Assert.Equal("https://example.org/full-text", linked.FirstIdentifier(IdentifierType.Url));
    }

    [Fact]
    public void Record_path_makes_the_iris_the_page_urls()
    {
        var g = new SchemaOrgCrosswalk(new Uri("https://library.example.net/"), "records/{id}.html")
            .FromCatalog(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "CX7118")] }, NullDiagnostics.Instance);
        const string page = "https://library.example.net/records/CX7118.html";
        Assert.Equal([new Iri(page)], Objects(g, page + "#edition", "mainEntityOfPage"));
        Assert.Equal([new Iri(page + "#edition")], Objects(g, page + "#work", "workExample"));
        Assert.All(g.Triples.Select(t => t.Subject).OfType<Iri>(), s => Assert.StartsWith(page + "#", s.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(IdentifierType.Oclc, "ocm01234567", "https://worldcat.org/oclc/1234567")]
    [InlineData(IdentifierType.Oclc, "(OCoLC)987654", "https://worldcat.org/oclc/987654")]
    [InlineData(IdentifierType.Lccn, "   73012345 ", "https://lccn.loc.gov/73012345")]
    [InlineData(IdentifierType.Lccn, "sh 85-2345", "https://lccn.loc.gov/sh85002345")]
    [InlineData(IdentifierType.Lccn, "2001012345/AC/r932", "https://lccn.loc.gov/2001012345")]
    [InlineData(IdentifierType.Doi, "10.1000/xyz 123", null)]
    [InlineData(IdentifierType.Doi, "doi:10.1000/182", "https://doi.org/10.1000/182")]
    [InlineData(IdentifierType.Doi, "https://doi.org/10.1038/nphys1170", "https://doi.org/10.1038/nphys1170")]
    [InlineData(IdentifierType.Oclc, "not a number", null)]
    [InlineData(IdentifierType.Lccn, "12345", null)]
    [InlineData(IdentifierType.Lccn, "abc1234567890", null)]
    [InlineData(IdentifierType.Isbn, "9780913460269", null)]
    public void Oclc_lccn_and_doi_become_same_as_links(IdentifierType type, string value, string? link)
    {
        var g = Graph(new CatalogRecord { Title = "T", Identifiers = [new Identifier(type, value)] });
        Assert.Equal(link is null ? [] : [new Iri(link)], Objects(g, Page + "#edition", "sameAs"));
    }

    [Theory]
    [InlineData("eng", "en")]
    [InlineData("ger", "de")]
    [InlineData("baq", "eu")]
    [InlineData("wel", "cy")]
    [InlineData("mao", "mi")]
    [InlineData("haw", "haw")]
    public void In_language_is_iso_639_1_where_one_exists(string marc, string bcp47)
    {
        var g = Graph(new CatalogRecord { Title = "T", Languages = [marc] });
        Assert.Equal([new Literal(bcp47)], Objects(g, Page + "#edition", "inLanguage"));
        Assert.Equal([marc], Back(g).Languages.ToArray());
    }

    [Fact]
    public void Terminologic_codes_are_tagged_with_the_two_letter_code_and_read_back_as_marc_codes()
    {
        Assert.Equal("de", LanguageCodes.Bcp47("deu"));
        Assert.Equal("ger", LanguageCodes.Marc("de-AT"));
        Assert.Equal("x-private", LanguageCodes.Marc("x-private"));
    }

    [Fact]
    public void Publisher_is_an_organization_whose_location_is_the_place_of_publication()
    {
        var g = Graph(new CatalogRecord { Title = "T", Publisher = "Monad Press", Place = "New York" });
        Assert.Equal([new Iri(Page + "#publisher")], Objects(g, Page + "#edition", "publisher"));
        Assert.Contains(new Iri(S + "Organization"), g.Triples.Where(t => t.Subject == new Iri(Page + "#publisher") && t.Predicate == Vocab.Type).Select(t => t.Object));
        Assert.Equal([new Iri(Page + "#place")], Objects(g, Page + "#publisher", "location"));
        Assert.Empty(Objects(g, Page + "#edition", "locationCreated"));
        var back = Back(g);
        Assert.Equal(("Monad Press", "New York"), (back.Publisher, back.Place));
    }

    [Fact]
    public void A_place_without_a_publisher_stays_where_the_edition_was_made()
    {
        var g = Graph(new CatalogRecord { Title = "T", Place = "Toronto" });
        Assert.Equal([new Iri(Page + "#place")], Objects(g, Page + "#edition", "locationCreated"));
        Assert.Equal("Toronto", Back(g).Place);
    }

    [Theory]
    [InlineData("(pbk.)", "Paperback")]
    [InlineData("hardcover", "Hardcover")]
    [InlineData("alk. paper", null)]
    [InlineData("ebook", "EBook")]
    [InlineData("PDF", "EBook")]
    [InlineData("v. 1", null)]
    [InlineData(null, null)]
    public void Book_format_comes_from_isbn_qualifiers(string? qualifier, string? format)
    {
        var g = Graph(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Isbn, "9780913460269", qualifier)] });
        Assert.Equal(format is null ? [] : [new Iri(S + format)], Objects(g, Page + "#edition", "bookFormat"));
        Assert.Equal([new Literal("9780913460269")], Objects(g, Page + "#edition", "isbn"));
    }

    [Fact]
    public void Book_format_is_only_on_books()
    {
        var g = Graph(new CatalogRecord { Title = "T", ResourceType = ResourceType.Article, Identifiers = [new Identifier(IdentifierType.Isbn, "9780913460269", "pbk.")] });
        Assert.Empty(Objects(g, Page + "#edition", "bookFormat"));
    }

    [Fact]
    public void Periodicals_carry_their_issn_and_books_do_not()
    {
        var id = new Identifier(IdentifierType.Issn, "0028-0836");
        Assert.Equal([new Literal("0028-0836")], Objects(Graph(new CatalogRecord { Title = "Nature", ResourceType = ResourceType.Periodical, Identifiers = [id] }), Page + "#edition", "issn"));
        Assert.Empty(Objects(Graph(new CatalogRecord { Title = "T", Identifiers = [id] }), Page + "#edition", "issn"));
    }

    [Fact]
    public void Directors_of_videos_and_producers_use_schema_org_properties()
    {
        var r = new CatalogRecord
        {
            Title = "Film", ResourceType = ResourceType.Video,
            Contributors = [Contributor.Person("Varda, Agnès", ContributorRoles.Director), Contributor.Person("Doe, Jane", "producer")],
        };
        var g = Graph(r);
        Assert.Equal([new Iri(Page + "#agent-varda-agnes")], Objects(g, Page + "#edition", "director"));
        Assert.Equal([new Iri(Page + "#agent-doe-jane")], Objects(g, Page + "#edition", "producer"));
        Assert.DoesNotContain(g.Triples, t => t.Predicate.Value.EndsWith("/contribution", StringComparison.Ordinal));
        Assert.Equal(r.Contributors.ToArray(), Back(g).Contributors.ToArray());
    }

    [Fact]
    public void A_director_of_a_book_stays_a_bibframe_contribution()
    {
        var r = new CatalogRecord { Title = "T", Contributors = [Contributor.Person("Varda, Agnès", ContributorRoles.Director)] };
        var g = Graph(r);
        Assert.Empty(Objects(g, Page + "#edition", "director"));
        Assert.Contains(g.Triples, t => t.Predicate.Value.EndsWith("/contribution", StringComparison.Ordinal));
        Assert.Equal(r.Contributors.ToArray(), Back(g).Contributors.ToArray());
    }

    [Fact]
    public void Authors_are_people_with_a_name_on_the_work_and_the_edition()
    {
        var g = Graph(new CatalogRecord { Title = "T", Contributors = [Contributor.Person("Serge, Victor")] });
        var agent = new Iri(Page + "#agent-serge-victor");
        Assert.Equal([agent], Objects(g, Page + "#work", "author"));
        Assert.Equal([agent], Objects(g, Page + "#edition", "author"));
        Assert.Contains(g.Triples, t => t.Subject == agent && t.Predicate == Vocab.Type && t.Object == new Iri(S + "Person"));
        Assert.Equal([new Literal("Victor Serge")], Objects(g, agent.Value, "name"));
    }

    [Fact]
    public void Date_published_is_an_iso_8601_year()
    {
        var g = Graph(new CatalogRecord { Title = "T", YearPublished = 812, FirstPublished = 1937 });
        Assert.Equal([new Literal("0812", Vocab.XsdGYear)], Objects(g, Page + "#edition", "datePublished"));
        Assert.Equal([new Literal("1937", Vocab.XsdGYear)], Objects(g, Page + "#work", "datePublished"));
    }

    [Fact]
    public void A_translation_names_its_original_work_and_language()
    {
        var r = new CatalogRecord { Title = "From Lenin to Stalin", Languages = ["eng"], TranslatedFrom = ["fre"], Notes = ["Translation of: De Lénine à Staline."] };
        var g = Graph(r);
        var original = Assert.Single(Objects(g, Page + "#work", "translationOfWork"));
        Assert.Equal([new Literal("De Lénine à Staline", language: "fr")], Objects(g, ((Iri)original).Value, "name"));
        Assert.Equal([new Literal("fr")], Objects(g, ((Iri)original).Value, "inLanguage"));
        var back = Back(g);
        Assert.Equal(["fre"], back.TranslatedFrom.ToArray());
        Assert.Equal(r.Notes.ToArray(), back.Notes.ToArray());
    }

    [Fact]
    public void Book_format_members_exist_in_schema_org()
    {
        var text = File.ReadAllText(TestEnvironment.TestData("reference", "schemaorg", "schemaorg-current-https.jsonld"));
        foreach (var member in (string[])["Hardcover", "Paperback", "EBook", "AudiobookFormat", "GraphicNovel"])
        {
            Assert.Contains("\"@id\": \"schema:" + member + "\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Notes_are_edition_descriptions_and_the_blurb_is_the_works()
    {
        var r = new CatalogRecord { Title = "T", Description = "A blurb.", Abstract = "An abstract.", Notes = ["First note.", "Second note."] };
        var g = Graph(r);
        Assert.Equal([new Literal("A blurb.")], Objects(g, Page + "#work", "description"));
        Assert.Equal([new Literal("First note."), new Literal("Second note.")], Objects(g, Page + "#edition", "description"));
        Assert.Equal([new Literal("An abstract.")], Objects(g, Page + "#edition", "abstract"));
        Assert.DoesNotContain(g.Triples, t => t.Predicate.Value == S + "comment");
        var back = Back(g);
        Assert.Equal((r.Description, r.Abstract), (back.Description, back.Abstract));
        Assert.Equal(r.Notes.ToArray(), back.Notes.ToArray());
    }

    [Fact]
    public void Notes_without_a_blurb_stay_notes()
    {
        var back = Back(Graph(new CatalogRecord { Title = "T", Notes = ["Only a note."] }));
        Assert.Null(back.Description);
        Assert.Equal(["Only a note."], back.Notes.ToArray());
    }

    [Fact]
    public void A_lone_book_node_of_others_has_its_first_description_as_the_blurb()
    {
        var g = new RdfGraph();
        var book = new Iri("http://example.org/b");
        g.Add(book, Vocab.Type, new Iri(S + "Book"));
        g.Add(book, new Iri(S + "name"), new Literal("T"));
        g.Add(book, new Iri(S + "description"), new Literal("Blurb."));
        g.Add(book, new Iri(S + "description"), new Literal("Note."));
        var back = Back(g);
        Assert.Equal("Blurb.", back.Description);
        Assert.Equal(["Note."], back.Notes.ToArray());
    }

    [Fact]
    public void Older_output_with_comment_nodes_reads_back_as_notes()
    {
        var g = Graph(new CatalogRecord { Title = "T" });
        var note = new Iri(Page + "#note-1");
        g.Add(new Iri(Page + "#edition"), new Iri(S + "comment"), note);
        g.Add(note, Vocab.Type, new Iri(S + "Comment"));
        g.Add(note, new Iri(S + "text"), new Literal("Old note."));
        Assert.Equal(["Old note."], Back(g).Notes.ToArray());
    }

    [Fact]
    public void Titles_of_a_record_in_one_language_are_tagged_with_it()
    {
        var r = new CatalogRecord
        {
            Title = "L'Étranger", Subtitle = "roman", Languages = ["fre"], Description = "Blurb.",
            Contents = [new ContentsSection("Première partie", [new ContentsEntry("Chapitre un", "1")])],
        };
        var g = Graph(r);
        Assert.Equal([new Literal("L'Étranger", language: "fr")], Objects(g, Page + "#work", "name"));
        Assert.Equal([new Literal("L'Étranger", language: "fr")], Objects(g, Page + "#edition", "name"));
        Assert.Equal([new Literal("roman", language: "fr")], Objects(g, Page + "#edition", "alternativeHeadline"));
        Assert.Equal([new Literal("Première partie", language: "fr")], Objects(g, Page + "#part-1", "name"));
        Assert.Equal([new Literal("Chapitre un", language: "fr")], Objects(g, Page + "#part-1-1", "name"));
        Assert.Equal([new Literal("Blurb.")], Objects(g, Page + "#work", "description"));   // the cataloguer's language, not the book's: untagged
        RecordAssert.Equal(SchemaOrgCrosswalkTests.Carried(r with { Identifiers = [new Identifier(IdentifierType.Local, "B1")] }), Back(g));
    }

    [Theory]
    [InlineData("")]
    [InlineData("eng fre")]
    [InlineData("und")]
    [InlineData("mul")]
    public void Titles_are_not_tagged_when_the_language_is_unknown_or_several(string languages)
    {
        var g = Graph(new CatalogRecord { Title = "Title", Languages = [.. languages.Split(' ', StringSplitOptions.RemoveEmptyEntries)] });
        Assert.Equal([new Literal("Title")], Objects(g, Page + "#edition", "name"));
    }

    [Fact]
    public void A_romanized_title_is_tagged_with_the_latin_script()
    {
        var g = Graph(new CatalogRecord { Title = "Voina i mir", Languages = ["rus"] });
        Assert.Equal([new Literal("Voina i mir", language: "ru-Latn")], Objects(g, Page + "#edition", "name"));
        var cyrillic = Graph(new CatalogRecord { Title = "Война и мир", Languages = ["rus"] });
        Assert.Equal([new Literal("Война и мир", language: "ru")], Objects(cyrillic, Page + "#edition", "name"));
    }
}
