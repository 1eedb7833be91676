using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// 040 $e rda and leader/18 follow the wording of the description. Real wording: folio-srm/CornellFOLIOExemplars_Bibs.mrc
/// 001 4442869 (300 $a x, 244 p. ; $c 21 cm, 260 $c 1996, c1968: AACR2) and 001 9220704 (300 $a 276 pages : $b
/// illustrations ; $c 21 cm, 040 $a NIC $b eng $e rda $c NIC: RDA), marc4j/pride-and-prejudice-fixed.mrc 001 5338018
/// (260 $a [S.l.] : $b Toby Press: AACR2).
/// </summary>
public class DescriptionConventionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("x, 244 p. ; 21 cm", null, null, true)]
    [InlineData("2 v. : col. ports. ; 24 cm", null, null, true)]
    [InlineData("276 pages : illustrations ; 21 cm", null, null, false)]
    [InlineData(null, "1996, c1968", null, true)]
    [InlineData(null, "[2000?], p1980", null, true)]
    [InlineData(null, "©2002", null, false)]
    [InlineData(null, null, "[S.l.]", true)]
    [InlineData(null, null, "London", false)]
    public void AACR2_wording_is_recognised(string? extent, string? date, string? place, bool aacr2)
    {
        var r = new CatalogRecord { Title = "T", Extent = extent is null ? null : new Extent(null, extent), DateOfPublication = date, Place = place };
        Assert.Equal(aacr2, DescriptionConventions.IsAacr2(r));
    }

    [Fact]
    public void An_AACR2_description_gets_no_040_e_rda_and_leader_18_a_with_ISBD()
    {
        var r = new CatalogRecord { Title = "T", Extent = new Extent(null, "x, 244 p. ; 21 cm") };
        var crosswalk = new MarcCrosswalk(new MarcWriteOptions { OrganizationCode = "NIC", Punctuation = MarcPunctuation.Isbd }, clock: new FixedClock(Now));
        var m = crosswalk.FromCatalog(r, new DiagnosticBag());
        Assert.Equal("=040  \\\\$aNIC$beng$cNIC", m["040"]!.ToString());
        Assert.Equal('a', m.Leader.Value[18]);
        var again = crosswalk.FromCatalog(crosswalk.ToCatalog(m, new DiagnosticBag()), new DiagnosticBag());
        Assert.Single(again.DataFields("040"));
    }

    [Fact]
    public void An_RDA_description_gets_040_e_rda_and_leader_18_i_with_ISBD()
    {
        var r = new CatalogRecord { Title = "T", Extent = new Extent(276) };
        var m = new MarcCrosswalk(new MarcWriteOptions { OrganizationCode = "NIC", Punctuation = MarcPunctuation.Isbd }).FromCatalog(r, new DiagnosticBag());
        Assert.Equal("=040  \\\\$aNIC$beng$erda$cNIC", m["040"]!.ToString());
        Assert.Equal('i', m.Leader.Value[18]);
    }
}
