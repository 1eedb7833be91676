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
}
