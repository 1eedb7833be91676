using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// Subdivision coding from Tables/subdivisions.tsv. Sources, mining half of tests/data/corpus/marc:
/// folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 788038 (651 0 $a Great Britain $x History $y 18th century),
/// 001 1567726 (650 0 $a Income tax $x Law and legislation $z United States), 001 366832 (650 0 $a Church history
/// $x Periodicals: the pre-1999 coding; LCSH H 1095 codes Periodicals $v, which the table follows) and 001 1913668
/// (600 10 $a García Lorca, Federico, $d 1898-1936 $x Musical settings).
/// </summary>
public class SubjectFieldsTests
{
    private static string Write(string heading, SubjectKind kind = SubjectKind.Topical) =>
        SubjectFields.Write(new Subject(heading, "lcsh", kind), MarcPunctuation.Minimal).ToString();

    [Fact]
    public void Cornell_788038_history_is_x_and_the_century_is_y() =>
        Assert.Equal("=651  \\0$aGreat Britain$xHistory$y18th century", Write("Great Britain--History--18th century", SubjectKind.Geographic));

    [Fact]
    public void Cornell_1567726_a_country_is_z() =>
        Assert.Equal("=650  \\0$aIncome tax$xLaw and legislation$zUnited States", Write("Income tax--Law and legislation--United States"));

    [Fact]
    public void Cornell_366832_periodicals_is_a_form_subdivision() =>
        Assert.Equal("=650  \\0$aChurch history$vPeriodicals", Write("Church history--Periodicals"));

    [Fact]
    public void Cornell_1913668_person_with_dates_then_topic() =>
        Assert.Equal("=600  10$aGarcía Lorca, Federico$d1898-1936$xMusical settings", Write("García Lorca, Federico, 1898-1936--Musical settings", SubjectKind.Person));

    [Fact]
    public void A_forename_heading_has_ind1_0_even_with_dates() =>
        Assert.StartsWith("=600  00$aNapoleon I", Write("Napoleon I, 1769-1821", SubjectKind.Person), StringComparison.Ordinal);

    [Theory]
    [InlineData("Art--Exhibitions", 'v')]
    [InlineData("Art--1900-1999", 'y')]
    [InlineData("Art--To 1500", 'y')]
    [InlineData("Art--Zyzzyva husbandry", 'x')]   // unknown: general
    [InlineData("Art--Paris", 'z')]                // a place of publication of Tables/places.tsv
    public void Codes_come_from_the_table_patterns_and_places(string heading, char code) =>
        Assert.EndsWith("$" + code + heading.Split("--")[1], Write(heading), StringComparison.Ordinal);

    [Fact]
    public void An_open_date_before_a_subdivision_keeps_its_hyphen() =>
        Assert.Equal(["Afghan War, 2001-", "Aerial operations, American"], SubjectFields.Subdivisions("Afghan War, 2001---Aerial operations, American"));
}
