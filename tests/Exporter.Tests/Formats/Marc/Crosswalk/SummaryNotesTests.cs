using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// 520 rules (issue #13: "one summary; the blurb is dropped when it repeats the abstract; one 520 1_ per review, whole,
/// with the reviewer in $c; a long review is never cut into many fields"). Sources: examples/CX7118.txt (its page
/// prints the abstract twice, as blurb and as "Abstract:", and one review of five paragraphs by Ulli Diemer) and
/// examples/catalog.txt CX1001 (a blurb that differs from the abstract). MARC read here has leader/18 `c` (no ISBD
/// punctuation), so a final period is the text's own.
/// Reading with ISBD punctuation (leader/18 <c>a</c>): source, mining half: traject/test_data.utf8.mrc 001 00282371
/// (leader/18 a; 520 $a "Author's memoirs during his imprisonment in Sahiwal District jail during late 1960s."): the final
/// full stop ends the summary's sentence and is kept; the ISBD stripping of other fields is not.
/// </summary>
public class SummaryNotesTests
{
    private static readonly MarcCrosswalk Crosswalk = new(new MarcWriteOptions(), clock: new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    private static List<DataField> Summaries(CatalogRecord r) => [.. Crosswalk.FromCatalog(r, NullDiagnostics.Instance).DataFields("520")];

    private static List<string> Flat(IEnumerable<Review> reviews) => [.. reviews.Select(v => string.Join("¶", v.Paragraphs) + "|" + v.Reviewer)];

    private static CatalogRecord Back(CatalogRecord r) => Crosswalk.ToCatalog(Crosswalk.FromCatalog(r, NullDiagnostics.Instance), NullDiagnostics.Instance);

    [Fact]
    public void A_blurb_that_repeats_the_abstract_is_left_out()
    {
        var r = new CatalogRecord
        {
            Title = "From Lenin to Stalin",
            Description = "A fascinating, first-hand account of the  Stalinist takeover in Russia",
            Abstract = "A fascinating, first-hand account of the Stalinist takeover in Russia.",
        };
        var field = Assert.Single(Summaries(r));
        Assert.Equal('3', field.Indicator1);
        Assert.Equal(r.Abstract, field['a']);
    }

    [Fact]
    public void A_blurb_that_says_something_else_stays_beside_the_abstract()
    {
        var r = new CatalogRecord
        {
            Title = "Manufacturing Consent",
            Description = "How the news media serve the interests of the powerful, told through five filters and case studies.",
            Abstract = "An analysis of the propaganda model of the American news media.",
        };
        Assert.Equal([' ', '3'], Summaries(r).Select(f => f.Indicator1));
        Assert.Equal(r.Description, Back(r).Description);
    }

    [Theory]
    [InlineData("A", "a.", true)]
    [InlineData("Same words", "same  words", true)]
    [InlineData("One text", "One text, longer", false)]
    [InlineData(null, "x", false)]
    [InlineData("x", null, false)]
    public void Repeats_compares_words_case_and_final_punctuation_aside(string? blurb, string? abstractText, bool expected) =>
        Assert.Equal(expected, SummaryNotes.Repeats(blurb, abstractText));

    [Fact]
    public void A_review_of_several_paragraphs_is_one_field_with_its_reviewer()
    {
        var r = new CatalogRecord
        {
            Title = "From Lenin to Stalin",
            Reviews = [new Review(["Victor Serge had a history in left circles.", "The book is largely anecdotal.", "It's a grim, gripping story."], "Ulli Diemer")],
        };
        var field = Assert.Single(Summaries(r));
        Assert.Equal("=520  1\\$aVictor Serge had a history in left circles. The book is largely anecdotal. It's a grim, gripping story.$cUlli Diemer", field.ToString());
        Assert.Equal(["Victor Serge had a history in left circles. The book is largely anecdotal. It's a grim, gripping story.|Ulli Diemer"], Flat(Back(r).Reviews));
    }

    [Fact]
    public void Two_reviews_are_two_fields()
    {
        var r = new CatalogRecord { Title = "T", Reviews = [new Review(["First."], "Ann Smith"), new Review(["Second."], null)] };
        Assert.Equal(["=520  1\\$aFirst.$cAnn Smith", "=520  1\\$aSecond."], Summaries(r).Select(f => f.ToString()));
        Assert.Equal(Flat(r.Reviews), Flat(Back(r).Reviews));
    }

    [Fact]
    public void Only_a_review_longer_than_a_field_can_hold_is_cut_and_reading_joins_it()
    {
        var sentence = "This sentence is part of a very long review that no ISO 2709 field could hold. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 160)).TrimEnd();   // about 12,800 bytes
        var r = new CatalogRecord { Title = "T", Reviews = [new Review([text], "Reviewer")] };
        var fields = Summaries(r);
        Assert.Equal(2, fields.Count);
        Assert.All(fields, f => Assert.Equal(("1.1\\x", "Reviewer"), (f['8'], f['c'])));
        Assert.All(fields, f => Assert.True(System.Text.Encoding.UTF8.GetByteCount(f['a']!) <= 9000));
        Assert.Equal(Flat(r.Reviews), Flat(Back(r).Reviews));
    }

    [Fact]
    public void A_reviewer_without_text_is_kept()
    {
        var r = new CatalogRecord { Title = "T", Reviews = [new Review([], "Ann Smith")] };
        Assert.Equal("=520  1\\$cAnn Smith", Assert.Single(Summaries(r)).ToString());
        Assert.Equal(Flat(r.Reviews), Flat(Back(r).Reviews));
    }

    [Fact]
    public void Unlinked_review_fields_from_elsewhere_are_one_review_each()
    {
        var m = new MarcRecord(new Leader("00000nam a2200000 c 4500"),
        [
            new DataField("245", '0', '0', new Subfield('a', "T")),
            new DataField("520", '1', ' ', new Subfield('a', "\"A model of clarity.\""), new Subfield('c', "Library Journal.")),
            new DataField("520", '1', ' ', new Subfield('a', "\"Indispensable.\""), new Subfield('c', "Choice.")),
        ]);
        var reviews = Crosswalk.ToCatalog(m, NullDiagnostics.Instance).Reviews;
        Assert.Equal(2, reviews.Length);
        Assert.All(reviews, v => Assert.Single(v.Paragraphs));
    }

    [Fact]
    public void Paragraph_links_of_earlier_versions_still_read_as_one_review()
    {
        var m = new MarcRecord(new Leader("00000nam a2200000 c 4500"),
        [
            new DataField("245", '0', '0', new Subfield('a', "T")),
            new DataField("520", '1', ' ', new Subfield('8', "1.1\\x"), new Subfield('a', "One."), new Subfield('c', "Ann Smith")),
            new DataField("520", '1', ' ', new Subfield('8', "1.2\\x"), new Subfield('a', "Two."), new Subfield('c', "Ann Smith")),
        ]);
        Assert.Equal(["One.¶Two.|Ann Smith"], Flat(Crosswalk.ToCatalog(m, NullDiagnostics.Instance).Reviews));
    }

    private const string Memoirs = "Author's memoirs during his imprisonment in Sahiwal District jail during late 1960s.";

    private static CatalogRecord ReadIsbd(char descriptiveForm, params MarcField[] fields) =>
        new MarcCrosswalk().ToCatalog(new MarcRecord(new Leader("00778cam a22002417" + descriptiveForm + " 4500"), [
            new DataField("245", '1', '0', new Subfield('a', "Sāhivāl jail kī ḍāʼirī /"), new Subfield('c', "Shaik̲h̲ Ayāz; tarjumah, Kiran Singh.")),
            .. fields]), new DiagnosticBag());

    [Theory]
    [InlineData('a')]
    [InlineData('i')]
    [InlineData('c')]
    public void A_summary_keeps_its_final_full_stop(char descriptiveForm)
    {
        var r = ReadIsbd(descriptiveForm, new DataField("520", ' ', ' ', new Subfield('a', Memoirs)));
        Assert.Equal(Memoirs, r.Description);
    }

    [Fact]
    public void The_title_still_loses_its_isbd_mark() => Assert.Equal("Sāhivāl jail kī ḍāʼirī", ReadIsbd('a').Title);

    [Fact]
    public void An_abstract_and_a_review_keep_theirs_and_the_reviewer_is_cleaned()
    {
        var r = ReadIsbd('a',
            new DataField("520", '3', ' ', new Subfield('a', Memoirs)),
            new DataField("520", '1', ' ', new Subfield('8', "1.1\\x"), new Subfield('a', Memoirs), new Subfield('c', "Kiran Singh.")));
        Assert.Equal(Memoirs, r.Abstract);
        var review = Assert.Single(r.Reviews);
        Assert.Equal(Memoirs, Assert.Single(review.Paragraphs));
        Assert.Equal("Kiran Singh", review.Reviewer);
    }

    [Fact]
    public void Other_trailing_isbd_marks_of_a_summary_are_still_removed() =>
        Assert.Equal("Author's memoirs", ReadIsbd('a', new DataField("520", ' ', ' ', new Subfield('a', "Author's memoirs /"))).Description);
}
