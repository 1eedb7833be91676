using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// Reading 520 from MARC with ISBD punctuation (leader/18 <c>a</c>). Source, mining half: traject/test_data.utf8.mrc
/// 001 00282371 (leader/18 a; 520 $a "Author's memoirs during his imprisonment in Sahiwal District jail during late
/// 1960s."): the final full stop ends the summary's sentence and is kept; the ISBD stripping of other fields is not.
/// </summary>
public class SummaryNotesTests
{
    private const string Memoirs = "Author's memoirs during his imprisonment in Sahiwal District jail during late 1960s.";

    private static CatalogRecord Read(char descriptiveForm, params MarcField[] fields) =>
        new MarcCrosswalk().ToCatalog(new MarcRecord(new Leader("00778cam a22002417" + descriptiveForm + " 4500"), [
            new DataField("245", '1', '0', new Subfield('a', "Sāhivāl jail kī ḍāʼirī /"), new Subfield('c', "Shaik̲h̲ Ayāz; tarjumah, Kiran Singh.")),
            .. fields]), new DiagnosticBag());

    [Theory]
    [InlineData('a')]
    [InlineData('i')]
    [InlineData('c')]
    public void A_summary_keeps_its_final_full_stop(char descriptiveForm)
    {
        var r = Read(descriptiveForm, new DataField("520", ' ', ' ', new Subfield('a', Memoirs)));
        Assert.Equal(Memoirs, r.Description);
    }

    [Fact]
    public void The_title_still_loses_its_isbd_mark() => Assert.Equal("Sāhivāl jail kī ḍāʼirī", Read('a').Title);

    [Fact]
    public void An_abstract_and_a_review_keep_theirs_and_the_reviewer_is_cleaned()
    {
        var r = Read('a',
            new DataField("520", '3', ' ', new Subfield('a', Memoirs)),
            new DataField("520", '1', ' ', new Subfield('8', "1.1\\x"), new Subfield('a', Memoirs), new Subfield('c', "Kiran Singh.")));
        Assert.Equal(Memoirs, r.Abstract);
        var review = Assert.Single(r.Reviews);
        Assert.Equal(Memoirs, Assert.Single(review.Paragraphs));
        Assert.Equal("Kiran Singh", review.Reviewer);
    }

    [Fact]
    public void Other_trailing_isbd_marks_of_a_summary_are_still_removed() =>
        Assert.Equal("Author's memoirs", Read('a', new DataField("520", ' ', ' ', new Subfield('a', "Author's memoirs /"))).Description);
}
