using Exporter.Formats.Marc.Crosswalk.Tables;

namespace Exporter.Tests.Formats.Marc.Crosswalk.Tables;

public class PlaceCodesTests
{
    [Theory]
    [InlineData("New York", "nyu")]
    [InlineData("London", "enk")]
    [InlineData("Toronto", "onc")]
    [InlineData("[Paris]", "fr ")]
    [InlineData("Bethesda, MD", "mdu")]            // mined (bu_bibs.mrc)
    [InlineData("Springfield, Mass.", "mau")]      // by the AACR2 abbreviation after the comma
    [InlineData("Springfield, Illinois", "ilu")]   // by the state's name
    [InlineData("London [England]", "enk")]        // by the city before the bracket
    [InlineData("Baton Rouge", "lau")]             // hand-listed cities (session 5), each naming its source
    [InlineData("Tihrān", "ir ")]
    [InlineData("Abingdon, Oxon", "enk")]          // by the city before the comma
    [InlineData("Kyïv ; Lʹviv", "un ")]            // several places: the first
    [InlineData("[Tōkyō]", "ja ")]
    [InlineData("Hong Kong", "cc ")]              // hk discontinued (MARC Code List for Countries)
    public void Embedded_table_codes_places(string place, string code) => Assert.Equal(code, PlaceCodes.CodeOf(place));

    /// <summary>
    /// Traditional abbreviations of US states and territories (List of U.S. state and territory abbreviations,
    /// traditional column, https://en.wikipedia.org/wiki/List_of_U.S._state_and_territory_abbreviations), which older
    /// imprints transcribe after the city. "Col." is not Colorado: Spanish imprints write it for Colombia.
    /// </summary>
    [Theory]
    [InlineData("San Francisco, Cal.", "cau")]
    [InlineData("Philadelphia, Penna.", "pau")]
    [InlineData("Pittsburgh [Penn.]", "pau")]
    [InlineData("Portland, Oreg.", "oru")]
    [InlineData("Madison, Wisc.", "wiu")]
    [InlineData("Lincoln, Nebr.", "nbu")]
    [InlineData("Santa Fe, N. Mex.", "nmu")]
    [InlineData("San Juan, P.R.", "pr ")]
    public void Traditional_state_abbreviations_code_their_state(string place, string code) => Assert.Equal(code, PlaceCodes.CodeOf(place));

    [Fact]
    public void Col_is_not_colorado() => Assert.NotEqual("cou", PlaceCodes.CodeOf("Medellín, Col."));

    /// <summary>
    /// ALA-LC romanization writes diacritics and modifier letters the table's name may lack, or the other way round
    /// (ALA-LC Romanization Tables, https://www.loc.gov/catdir/cpso/roman.html): "Vārāṇasī" (Hindi/Sanskrit) is the
    /// table's "Varanasi"; "Bayrut", "Tihran" and "Kyiv" are the table's "Bayrūt", "Tihrān" and "Kyïv".
    /// </summary>
    [Theory]
    [InlineData("Vārāṇasī", "ii ")]
    [InlineData("Vārāṇasī ; Dillī", "ii ")]
    [InlineData("Bayrut", "le ")]
    [InlineData("Tihran", "ir ")]
    [InlineData("Kyiv", "un ")]
    [InlineData("al-Rabāṭ", "mr ")]                 // the Arabic article, hyphenated (ALA-LC Arabic)
    [InlineData("al-Qāhirah", "ua ")]
    [InlineData("Qāhirah", "ua ")]
    public void Romanized_places_match_without_their_diacritics(string place, string code) => Assert.Equal(code, PlaceCodes.CodeOf(place));

    [Theory]
    [InlineData("Vārāṇasī", "Varanasi")]
    [InlineData("Pʿariz", "Pariz")]
    [InlineData("Lʹviv", "Lviv")]
    [InlineData("Zürich", "Zurich")]
    [InlineData("Łódź", "Łodz")]
    [InlineData("al-Rabāṭ", "Rabat")]
    [InlineData("[al-Qāhirah", "Qahirah")]
    public void Folding_drops_combining_marks_and_romanization_modifier_letters(string place, string folded) => Assert.Equal(folded, PlaceCodes.Fold(place));

    [Fact]
    public void A_folded_name_shared_by_places_of_different_codes_is_left_out()
    {
        var table = PlaceCodes.Load(TsvTable.Parse("place\tcode\nCórdoba\tsp\nCordoba\tag\nSão Paulo\tbl\n"));
        var folded = PlaceCodes.FoldKeys(table);
        Assert.False(folded.ContainsKey("Cordoba"));
        Assert.Equal("bl ", folded["Sao Paulo"]);
        Assert.Equal("sp ", PlaceCodes.CodeOf(table, "Córdoba"));
    }

    [Theory]
    [InlineData("S.l.")]
    [InlineData("")]
    [InlineData("Nowhereville")]
    public void Unknown_places_have_no_code(string place) => Assert.Null(PlaceCodes.CodeOf(place));

    [Fact]
    public void Codes_are_padded_and_the_first_row_wins()
    {
        var table = PlaceCodes.Load(TsvTable.Parse("place\tcode\nRome\tit\nRome\tgau\n"));
        Assert.Equal("it ", PlaceCodes.CodeOf(table, "Rome :"));
    }

    [Fact]
    public void Bad_codes_are_refused() => Assert.Throws<InvalidDataException>(() => PlaceCodes.Load(TsvTable.Parse("place\tcode\nX\tNYU\n")));
}
