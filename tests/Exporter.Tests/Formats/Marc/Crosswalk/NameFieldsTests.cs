using System.Collections.Immutable;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// Name headings read into one string and written back in parts. Sources, mining half:
/// marc4j/pride-and-prejudice-fixed.mrc 001 196003 (100 10 $a Austen, Jane, $d 1775-1817. in a record whose leader/18
/// does not say ISBD), traject/880_with_no_6.utf8.marc (110 1 $a Soviet Union. $b Glavnoe arkhivnoe upravlenie.).
/// </summary>
public class NameFieldsTests
{
    private static DataField Field(string tag, char ind1, params (char Code, string Value)[] subs) =>
        new(tag, ind1, ' ', ImmutableArray.CreateRange(subs.Select(s => new Subfield(s.Code, s.Value))));

    [Fact]
    public void A_comma_before_the_dates_is_not_doubled() =>
        Assert.Equal("Austen, Jane, 1775-1817.", NameFields.Name(Field("100", '1', ('a', "Austen, Jane,"), ('d', "1775-1817.")), s => s));

    [Fact]
    public void Subordinate_units_follow_a_period() =>
        Assert.Equal("Soviet Union. Glavnoe arkhivnoe upravlenie", NameFields.Name(Field("110", '1', ('a', "Soviet Union."), ('b', "Glavnoe arkhivnoe upravlenie.")), Isbd.Strip));

    [Fact]
    public void A_corporate_name_reads_back_into_its_parts()
    {
        // folio-srm/CornellFOLIOExemplars_Bibs.mrc: 610 17 $a United States $b Department of the Interior $2 fast
        var f = NameFields.Write(Exporter.Model.Contributor.Organization("United States. Department of the Interior"), true, MarcPunctuation.Minimal);
        Assert.Equal("=110  1\\$aUnited States$bDepartment of the Interior$eauthor$4aut", f.ToString());
    }

    [Fact]
    public void Persons_keep_a_space_before_numeration() =>
        Assert.Equal("James I", NameFields.Name(new DataField("600", '0', '0', ImmutableArray.Create(new Subfield('a', "James"), new Subfield('b', "I"))), s => s));

    [Fact]
    public void Broken_fol05865950_a_meeting_name_reads_and_writes_as_111()
    {
        // catmandu-marc/broken.xml 001 fol05865950: 111 2 $a Perl Conference 4.0, $d (2000 : $c Monterey, Calif.)
        var name = NameFields.Name(Field("111", '2', ('a', "Perl Conference 4.0,"), ('d', "(2000 :"), ('c', "Monterey, Calif.)")), Isbd.Strip);
        Assert.Equal("Perl Conference 4.0 (2000 : Monterey, Calif.)", name);
        var f = NameFields.Write(Exporter.Model.Contributor.Organization(name), true, MarcPunctuation.Isbd);
        Assert.Equal("=111  2\\$aPerl Conference 4.0$d(2000 :$cMonterey, Calif.)$jauthor.$4aut", f.ToString());
    }

    [Fact]
    public void A_body_with_a_year_and_no_meeting_parts_stays_110() =>
        Assert.StartsWith("=110", NameFields.Write(Exporter.Model.Contributor.Organization("Jet Propulsion Laboratory (U.S.)"), true, MarcPunctuation.Minimal).ToString(), StringComparison.Ordinal);

    [Theory]
    // marc-perl/charset_cyrillic.marc 001 MIUL99-S141: 110 1 $a Yugoslavia. $b Savezni ustavni sud.
    [InlineData("Yugoslavia. Savezni ustavni sud", '1')]
    // marc4j/bad_too_long_plus_2.mrc 001 360944: 110 2 $a Aeronautical Research Council (Great Britain)
    [InlineData("Aeronautical Research Council (Great Britain)", '2')]
    // folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 2139224: 610 10 $a Boston (Mass.). $b Advisory Committee on Housing
    [InlineData("Boston (Mass.). Advisory Committee on Housing", '1')]
    public void Jurisdictions_and_bodies_qualified_by_a_place(string name, char ind1) =>
        Assert.Equal(ind1, NameFields.Write(Exporter.Model.Contributor.Organization(name), true, MarcPunctuation.Minimal).Indicator1);

    [Fact]
    public void Test_data_2008308201_a_title_reads_after_a_comma() =>
        // traject/test_data.utf8.mrc 001 2008308201: 100 0 $a Bstan-ʼdzin-rgya-mtsho, $c Dalai Lama XIV, $d 1935-
        Assert.Equal("Bstan-ʼdzin-rgya-mtsho, Dalai Lama XIV, 1935-", NameFields.Name(Field("100", '0', ('a', "Bstan-ʼdzin-rgya-mtsho,"), ('c', "Dalai Lama XIV,"), ('d', "1935-")), Isbd.Strip));
}
