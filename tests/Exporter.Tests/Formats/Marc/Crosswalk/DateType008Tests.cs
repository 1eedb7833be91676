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

    /// <summary>
    /// MARC 21 Bibliographic 008/07-14: a corrected date and a non-Gregorian date are coded by the Gregorian date in
    /// brackets ("1980 [i.e. 1981]" -> s1981). Mining half: folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 2824702 and
    /// 001 9134222; traject/test_data.utf8.mrc 001 87931798, 001 96933325, 001 92828023; traject/880_with_no_6.utf8.marc
    /// 001 3468569; yaz/marccol1.u8.marc 001 70813420 (each with the original's 008/06-14).
    /// </summary>
    [Theory]
    [InlineData("1990 [i.e. 1991]", 1990, "s1991    ")]
    [InlineData("2557 [2014]", 2557, "s2014    ")]
    [InlineData("1376 [1997]", 1376, "s1997    ")]
    [InlineData("1373 [1994 or 1995]", 1373, "s1994    ")]
    [InlineData("1365-   [1986-      ]", 1365, "m19869999")]
    [InlineData("752-<[768]> [1992-<2007 or 2008>]", 1992, "m19929999")]
    [InlineData("1962 [i.e. 1963]-<80 >", 1962, "m19639999")]
    [InlineData("Shōwa 43-<59> [1968-<1984>", 1968, "m19689999")]
    public void Corrected_and_non_gregorian_dates_are_coded_by_the_bracketed_date(string stated, int year, string expected) =>
        Assert.Equal(expected, Dates(stated, year));

    /// <summary>
    /// marc4j/pride-and-prejudice-fixed.mrc 001 000194998 ("1932-1954. --": m19321954), 001 ocm45489285 ("[2000?], p1980":
    /// t20001980, a phonogram date counts as the copyright date), 001 ocm74905796 ("[2000s?]": s200u).
    /// </summary>
    [Theory]
    [InlineData("1932-1954. --", 1932, "m19321954")]
    [InlineData("[2000?], p1980", 2000, "t20001980")]
    [InlineData("[2000s?]", 2000, "s200u    ")]
    [InlineData("1962-<2001>]", 1962, "m19629999")]
    [InlineData("1997 [i.e. 1998]", 1997, "s1998    ")]
    [InlineData("1999 [2000 printing]", 1999, "s1999    ")]
    public void Stated_date_forms(string stated, int year, string expected) => Assert.Equal(expected, Dates(stated, year));

    /// <summary>
    /// MARC 21 008/06 <c>r</c> (reprint/reissue date and original date) needs two different dates: traject/test_data.utf8.mrc
    /// 001 85910001 states 1946 for both on the page, so it is a single date.
    /// </summary>
    [Fact]
    public void A_reprint_with_the_same_year_as_its_original_is_a_single_date() => Assert.Equal("s1946    ", Dates(null, 1946, first: 1946));

    [Fact]
    public void A_reprint_carries_the_original_date() => Assert.Equal("r19801954", Dates(null, 1980, first: 1954));
}
