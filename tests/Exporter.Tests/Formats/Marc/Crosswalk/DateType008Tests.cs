using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// 008/06-14 from the date of publication as stated (MARC 21 Bibliographic 008/06). Sources, mining half:
/// folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 1579067 (260 $c 1930-; m19309999), 001 4442869 (1996, c1968.;
/// t19961968), 001 6769537 (1880-1901.; m18801901); marc4j/sample1.mrc 001 370636 (c1992-c2002.; m19922002);
/// marc-perl/charset_hebrew1.marc 001 MIUH01-S10 (a serial, c1998-; c19989999); pymarc/utf8_errors.dat 001 2001700030
/// ([between 1880 and 1893]; q18801893); marc4j/pride-and-prejudice-fixed.mrc ([199-?].; s199u).
/// </summary>
public class DateType008Tests
{
    private static string Dates(string? stated, int? year, ResourceType type = ResourceType.Book, int? first = null) =>
        DateType008.Of(new CatalogRecord { Title = "T", DateOfPublication = stated, YearPublished = year, ResourceType = type, FirstPublished = first });

    [Theory]
    [InlineData("1930-", 1930, "m19309999")]
    [InlineData("1996, c1968.", 1996, "t19961968")]
    [InlineData("1880-1901.", 1880, "m18801901")]
    [InlineData("c1992-c2002.", 1992, "m19922002")]
    [InlineData("[between 1880 and 1893]", 1880, "q18801893")]
    [InlineData("[199-?]", null, "s199u    ")]
    [InlineData("c2002", 2002, "s2002    ")]
    [InlineData("[2017]", 2017, "s2017    ")]
    [InlineData(null, 1982, "s1982    ")]
    [InlineData(null, null, "nuuuuuuuu")]
    public void Monographs(string? stated, int? year, string expected) => Assert.Equal(expected, Dates(stated, year));

    [Theory]
    [InlineData("c1998-", 1998, "c19989999")]
    [InlineData("1946-1951", 1946, "d19461951")]
    [InlineData(null, 1923, "c19239999")]
    public void Continuing_resources_are_current_or_ceased(string? stated, int? year, string expected) =>
        Assert.Equal(expected, Dates(stated, year, ResourceType.Periodical));

    [Fact]
    public void A_reprint_carries_the_original_date() => Assert.Equal("r19801954", Dates(null, 1980, first: 1954));
}
