using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// 008/15-17 from the place of publication (Tables/places.tsv). Sources, mining half: folio-srm/
/// CornellFOLIOExemplars_Bibs.mrc 001 788038 (260 $a Woodbridge, Conn. ; 008/15-17 ctu), 001 1735560 (London, enk),
/// 001 1913668 (New York, nyu).
/// </summary>
public class Fixed008PlaceTests
{
    private static string Place(string? place) =>
        Fixed008.Build(new CatalogRecord { Title = "T", Place = place, YearPublished = 1982 }, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 'b').Substring(15, 3);

    [Theory]
    [InlineData("Woodbridge, Conn.", "ctu")]
    [InlineData("London", "enk")]
    [InlineData("New York", "nyu")]
    [InlineData("Toronto", "onc")]
    [InlineData("Nowhereville", "xx ")]
    [InlineData(null, "xx ")]
    public void Place_code_comes_from_the_gazetteer(string? place, string code) => Assert.Equal(code, Place(place));

    /// <summary>
    /// "Washington" alone in 260 $a is the capital (folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 6769537,
    /// 260 $a Washington, $b Govt. Print. Off.; 008/15-17 dcu); after a comma it is the state (MARC Code List for
    /// Countries: wau Washington (State)).
    /// </summary>
    [Theory]
    [InlineData("Washington", "dcu")]
    [InlineData("Washington, D.C.", "dcu")]
    [InlineData("Seattle, Washington", "wau")]
    [InlineData("Seattle, Wash.", "wau")]
    public void Washington_alone_is_the_city_and_after_a_comma_the_state(string place, string code) => Assert.Equal(code, Place(place));

    private static string Place(string place, string publisher) =>
        Fixed008.Build(new CatalogRecord { Title = "T", Place = place, Publisher = publisher, YearPublished = 1982 }, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 'b').Substring(15, 3);

    /// <summary>
    /// A bare city gives way to the state a university press is named for (LC-PCC 008/15-17: the cataloguer codes the
    /// place from the publisher's known seat). Mining half: folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 4986243
    /// (260 $a Berkeley : $b University of California Press; 008/15-17 cau). "Athens" alone stays Greece.
    /// </summary>
    [Theory]
    [InlineData("Berkeley", "University of California Press", "cau")]
    [InlineData("Columbia", "University of Missouri Press", "mou")]
    [InlineData("Athens", "Ohio University Center for International Studies", "ohu")]
    [InlineData("Athens", "Kedros", "gr ")]
    [InlineData("Oxford", "Oxford University Press", "enk")]
    [InlineData("London, England", "University of California Press", "enk")]
    public void University_press_named_for_a_state_codes_a_bare_city(string place, string publisher, string code) => Assert.Equal(code, Place(place, publisher));

    /// <summary>
    /// A preposition transcribed with the place (ISBD 4.1.3, AACR2 1.4C1: "A Paris") and a cataloguer's "?" before
    /// the state ("[Cambridge? Mass.") do not hide the place.
    /// </summary>
    [Theory]
    [InlineData("[A Paris", "fr ")]
    [InlineData("À Paris", "fr ")]
    [InlineData("Cambridge? Mass.", "mau")]
    public void Leading_preposition_and_question_mark_do_not_hide_the_place(string place, string code) => Assert.Equal(code, Place(place));

    /// <summary>
    /// A state the cataloguer supplied in brackets after the city codes that state. Mining half: marc4j/185258.mrc
    /// 001 185258 (260 $a Beverly Hills [Calif.]; 008/15-17 cau).
    /// </summary>
    [Theory]
    [InlineData("Beverly Hills [Calif.]", "cau")]
    [InlineData("London [England]", "enk")]
    [InlineData("New York [etc.]", "nyu")]
    public void Bracketed_state_after_the_city_codes_that_state(string place, string code) => Assert.Equal(code, Place(place));

    /// <summary>
    /// A city written bare is coded from records that write it bare (AACR2 1.4C3): mining half, 260 $a Cambridge :
    /// $b Cambridge University Press (008/15-17 enk); "Cambridge, Mass." stays mau.
    /// </summary>
    [Theory]
    [InlineData("Cambridge", "enk")]
    [InlineData("Cambridge, Mass.", "mau")]
    public void Bare_city_is_coded_as_written_bare(string place, string code) => Assert.Equal(code, Place(place));
}
