using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// The first contributor is the main entry when it is a creator (RDA Appendix I.2.1). Source, mining half:
/// folio-srm/CornellFOLIOExemplars_Bibs.mrc (100 1 $a Mozart, Wolfgang Amadeus, $d 1756-1791. with $e composer).
/// </summary>
public class MainEntryTests
{
    private static bool IsMain(params string[] roles) =>
        MainEntry.FirstIsMain(new CatalogRecord { Title = "T", Contributors = [new Contributor("Mozart, Wolfgang Amadeus", [.. roles])] });

    [Theory]
    [InlineData("author")]
    [InlineData("composer")]
    [InlineData("photographer")]
    [InlineData("editor", "cartographer")]
    public void Creators_are_main_entries(params string[] roles) => Assert.True(IsMain(roles));

    [Theory]
    [InlineData("editor")]
    [InlineData("translator")]
    [InlineData("performer")]
    public void Other_roles_are_added_entries(params string[] roles) => Assert.False(IsMain(roles));

    [Fact]
    public void A_composer_first_gets_100_and_245_first_indicator_1()
    {
        var m = new MarcCrosswalk().FromCatalog(new CatalogRecord { Title = "Requiem", Contributors = [new Contributor("Mozart, Wolfgang Amadeus, 1756-1791", ["composer"])] }, new Exporter.Diagnostics.DiagnosticBag());
        Assert.Equal("100", m.DataFields("100", "700").First().Tag);
        Assert.Equal('1', m.DataFields("245").First().Indicator1);
    }
}
