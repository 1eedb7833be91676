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
}
