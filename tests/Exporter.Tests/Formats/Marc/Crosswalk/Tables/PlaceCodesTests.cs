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
