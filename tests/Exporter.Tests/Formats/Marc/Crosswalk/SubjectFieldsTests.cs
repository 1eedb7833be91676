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
        Assert.StartsWith("=600  00$aNapoleon$bI$d1769-1821", Write("Napoleon I, 1769-1821", SubjectKind.Person), StringComparison.Ordinal);

    [Theory]
    [InlineData("Art--Exhibitions", 'v')]
    [InlineData("Art--1900-1999", 'y')]
    [InlineData("Art--To 1500", 'y')]
    [InlineData("Art--Zyzzyva husbandry", 'x')]   // unknown: general
    [InlineData("Art--Paris", 'z')]                // a place of publication of Tables/places.tsv
    public void Codes_come_from_the_table_patterns_and_places(string heading, char code) =>
        Assert.EndsWith("$" + code + heading.Split("--")[1], Write(heading), StringComparison.Ordinal);

    /// <summary>
    /// SHM H 830 indirect subdivision: the state, then a locality in it, both $z. folio-srm/CornellFOLIOExemplars_Bibs.mrc
    /// 001 9629391: 650 0 $a Bicycle trails $z New York (State) $z Tompkins County $v Maps.
    /// </summary>
    [Fact]
    public void Cornell_9629391_a_locality_after_its_state_is_z() =>
        Assert.Equal("=650  \\0$aBicycle trails$zNew York (State)$zTompkins County$vMaps", Write("Bicycle trails--New York (State)--Tompkins County--Maps"));

    /// <summary>The rule alone, without the table: a proper name of several words is $z after a $z only; one word says nothing.</summary>
    [Theory]
    [InlineData("Tompkins County", 'z', 'z')]     // Cornell 001 9629391
    [InlineData("Tompkins County", 'x', 'x')]     // not after a place
    [InlineData("Hopeh Province", 'z', 'z')]      // yaz/marccol1.u8.marc: 650 0 $a Tales $z China $z Hopeh Province
    [InlineData("Bridgeton", 'z', 'x')]           // traject/test_data.utf8.mrc 001 2007020969 has $z New Jersey $z Bridgeton (listed in the table, not by rule)
    [InlineData("History", 'z', 'x')]             // 001 2007020969: $z New Jersey $z Bridgeton $x History
    [InlineData("Social life and customs", 'z', 'x')]
    [InlineData("Islamic countries", 'x', 'z')]   // traject/test_data.utf8.mrc 001 87931798: 650 0 $a Shiites $x Education $z Islamic countries
    public void Unlisted_terms_are_coded_by_rule(string term, char previous, char code) =>
        Assert.Equal(code, SubjectFields.UnlistedCode(term, previous));

    [Fact]
    public void An_open_date_before_a_subdivision_keeps_its_hyphen() =>
        Assert.Equal(["Afghan War, 2001-", "Aerial operations, American"], SubjectFields.Subdivisions("Afghan War, 2001---Aerial operations, American"));

    private static Subject Read(string tag, char ind1, char ind2, params (char Code, string Value)[] subs) =>
        SubjectFields.Read(new Exporter.Formats.Marc.Model.DataField(tag, ind1, ind2, System.Collections.Immutable.ImmutableArray.CreateRange(subs.Select(x => new Exporter.Formats.Marc.Model.Subfield(x.Code, x.Value)))), Isbd.Strip);

    [Fact]
    public void Pride_000703547_a_name_title_subject_reads_and_writes_back()
    {
        // marc4j/pride-and-prejudice-fixed.mrc 001 000703547: 600 10 $a Austen, Jane, $d 1775-1817. $t Pride and prejudice.
        var s = Read("600", '1', '0', ('a', "Austen, Jane,"), ('d', "1775-1817."), ('t', "Pride and prejudice."));
        Assert.Equal("Austen, Jane, 1775-1817. Pride and prejudice", s.Heading);
        Assert.Equal("=600  10$aAusten, Jane$d1775-1817$tPride and prejudice", SubjectFields.Write(s, MarcPunctuation.Minimal).ToString());
    }

    [Fact]
    public void Sample1_370607_a_number_of_part_follows_a_comma()
    {
        // marc4j/sample1.mrc 001 370607: 600 10 $a Mahler, Gustav, $d 1860-1911. $t Symphonies, $n no. 4.
        var s = Read("600", '1', '0', ('a', "Mahler, Gustav,"), ('d', "1860-1911."), ('t', "Symphonies,"), ('n', "no. 4."));
        Assert.Equal("=600  10$aMahler, Gustav$d1860-1911$tSymphonies$nno. 4", SubjectFields.Write(s, MarcPunctuation.Minimal).ToString());
    }

    [Fact]
    public void Cornell_2139224_a_title_of_a_person_is_c()
    {
        // folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 2139224: 600 10 $a Geddes, Patrick, $c Sir, $d 1854-1932.
        var s = Read("600", '1', '0', ('a', "Geddes, Patrick,"), ('c', "Sir,"), ('d', "1854-1932."));
        Assert.Equal("Geddes, Patrick, Sir, 1854-1932", s.Heading);
        Assert.Equal("=600  10$aGeddes, Patrick$cSir$d1854-1932", SubjectFields.Write(s, MarcPunctuation.Minimal).ToString());
    }

    [Fact]
    public void Test_data_2001417245_a_forename_with_a_century_is_ind1_0() =>
        // traject/test_data.utf8.mrc 001 2001417245: 600 00 $a Madhva $d 13th cent $v Poetry.
        Assert.Equal("=600  00$aMadhva$d13th cent$vPoetry", Write("Madhva, 13th cent--Poetry", SubjectKind.Person));

    [Fact]
    public void Pride_ocm33990792_a_scheme_with_a_period_is_the_scheme() =>
        // marc4j/pride-and-prejudice-fixed.mrc 001 ocm33990792: 655 _7 $a Love stories. $2 gsafd.
        Assert.Equal("gsafd", Read("655", ' ', '7', ('a', "Love stories."), ('2', "gsafd.")).Scheme);

    [Fact]
    public void Non_numeric_4577_keywords_are_repeated_a() =>
        // ruby-marc/non-numeric.dat 001 4577: 653 __ $a Historiography $a Essays
        Assert.Equal("=653  \\\\$aHistoriography$aEssays", SubjectFields.Write(Read("653", ' ', ' ', ('a', "Historiography"), ('a', "Essays")), MarcPunctuation.Minimal).ToString());

    [Fact]
    public void A_family_name_is_ind1_3() =>
        // LCSH H 1631: family names "X family" (600 3_)
        Assert.StartsWith("=600  30$aAusten family", Write("Austen family", SubjectKind.Person), StringComparison.Ordinal);

    [Fact]
    public void A_meeting_name_is_coded_n_d_c() =>
        // folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 3298956: 611 27 $a Yugoslav War Crime Trials (Hague, Netherlands : 1994-) $2 fast
        Assert.Equal("=611  20$aYugoslav War Crime Trials$c(Hague, Netherlands :$d1994-)", Write("Yugoslav War Crime Trials (Hague, Netherlands : 1994-)", SubjectKind.Meeting));
}
