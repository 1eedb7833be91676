using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// 008/18-34 by material and the 007 of online resources and videos (MARC 21 Bibliographic 008, 007; issue 13), each
/// from a real record of tests/data/corpus/marc/folio-srm/CornellFOLIOExemplars_Bibs.mrc read into the hub and written
/// again: what the hub states is coded as the cataloguer coded it.
/// </summary>
public class Fixed008MaterialTests
{
    private static readonly MarcCrosswalk Crosswalk = new(new MarcWriteOptions(), clock: new FixedClock(MarcCrosswalkTests.WrittenAt));

    private static MarcRecord Again(string leader, params MarcField[] fields)
    {
        var hub = Crosswalk.ToCatalog(new MarcRecord(new Leader(leader), [.. fields]), NullDiagnostics.Instance);
        return Crosswalk.FromCatalog(hub with { SourceFields = [] }, NullDiagnostics.Instance);
    }

    private static string F18to34(MarcRecord m) => m.ControlValue("008")![18..35];

    [Fact]
    public void Record_366832_a_periodical_has_the_continuing_resources_layout()
    {
        var m = Again("00000cas a2200000 a 4500", new ControlField("008", "750907c19509999enkqr p       0   a0eng d"),
            new DataField("245", '0', '4', new Subfield('a', "The Journal of ecclesiastical history.")));
        var f = F18to34(m);
        Assert.Equal(17, f.Length);
        Assert.Equal('p', f[21 - 18]);                       // 21 type of continuing resource: periodical
        Assert.Equal("0   ", f[(29 - 18)..(33 - 18)]);       // 29 not a conference; 30-32 undefined (no festschrift or index here)
        Assert.Equal('0', f[34 - 18]);                       // 34 successive entry
        Assert.Null(m.ControlValue("007"));
    }

    [Fact]
    public void Record_8306272_an_online_integrating_resource_is_online_integrated_entry_with_an_electronic_007()
    {
        var m = Again("00000cai a2200000 i 4500", new ControlField("008", "131212c20109999enkuu d o     0    2eng d"),
            new DataField("245", '0', '0', new Subfield('a', "Archives direct :"), new Subfield('b', "sources from The National Archives, UK.")),
            new DataField("338", ' ', ' ', new Subfield('a', "online resource"), new Subfield('b', "cr"), new Subfield('2', "rdacarrier")));
        var f = F18to34(m);
        Assert.Equal('o', f[23 - 18]);                       // 23 form of item: online
        Assert.Equal('2', f[34 - 18]);                       // 34 integrated entry
        Assert.Equal("cr", m.ControlValue("007")![..2]);     // 007/00-01 electronic resource, remote (the original: "cr cn ||||||||")
        Assert.Equal(14, m.ControlValue("007")!.Length);
    }

    [Fact]
    public void Record_6970336_a_video_has_its_running_time_type_and_a_videodisc_007()
    {
        var m = Again("00000cgm a2200000 a 4500", new ControlField("008", "100802s2009    cou053            vlspa d"),
            new DataField("245", '0', '4', new Subfield('a', "The duke of bachata")),
            new DataField("300", ' ', ' ', new Subfield('a', "1 videodisc (53 min.) :"), new Subfield('b', "sd., col. ;"), new Subfield('c', "4 3/4 in.")));
        var f = F18to34(m);
        Assert.Equal("053", f[..3]);                         // 18-20 running time
        Assert.Equal('v', f[33 - 18]);                       // 33 videorecording
        Assert.Equal("vd ", m.ControlValue("007")![..3]);    // the original: "vd cvaizs"
        Assert.Equal(9, m.ControlValue("007")!.Length);
    }

    [Fact]
    public void Record_1735560_a_book_codes_the_illustrations_its_extent_names()
    {
        var m = Again("00000cam a2200000 a 4500", new ControlField("008", "890607s1960    enkab   aab   000 0 eng  "),
            new DataField("245", '1', '0', new Subfield('a', "Mistapim in Cambodia.")),
            new DataField("300", ' ', ' ', new Subfield('a', "vii, 192 p."), new Subfield('b', "illus., map."), new Subfield('c', "21 cm.")));
        Assert.Equal("ab  ", F18to34(m)[..4]);               // 18-21 illustrations, maps
        Assert.Equal("000 | ", F18to34(m)[11..]);
    }

    // Position by position (MARC 21 008 pages): Books 29-31 conference, festschrift, index, 33 literary form; Continuing
    // resources 18-19 frequency, regularity, 21 type, 23 form, 29 conference, 33 alphabet, 34 entry; Computer files 23 form,
    // 26 type; Visual materials 18-20 running time, 33 type, 34 technique; Music 18-19 form, 20 format, 21 parts, 24-29
    // accompanying matter, 30-31 literary text, 33 transposition; Maps 18-21 relief, 22-23 projection, 25 type, 31 index,
    // 33-34 special format. Blank: undefined, or the code "none/not specified".
    [Theory]
    [InlineData(ResourceType.Book, "           000 | ")]
    [InlineData(ResourceType.Periodical, "|| p       0   |0")]
    [InlineData(ResourceType.Website, "|| w o     0   |2")]
    [InlineData(ResourceType.Software, "     o  b        ")]
    [InlineData(ResourceType.Dataset, "     o  a        ")]
    [InlineData(ResourceType.Video, "|||            v|")]
    [InlineData(ResourceType.Image, "nnn            in")]
    [InlineData(ResourceType.Score, "|||   ||||||||   ")]
    [InlineData(ResourceType.Audio, "nnnn  |||||||| n ")]
    [InlineData(ResourceType.Map, "|||||| |     | ||")]
    public void Each_material_has_its_layout(ResourceType type, string expected)
    {
        var f = Fixed008.Build(new CatalogRecord { Title = "T", ResourceType = type }, MarcCrosswalkTests.WrittenAt, type == ResourceType.Dataset ? 'a' : 'b');
        Assert.Equal(40, f.Length);
        Assert.Equal(expected, f[18..35]);
    }
}
