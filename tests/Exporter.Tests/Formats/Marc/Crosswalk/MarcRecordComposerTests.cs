using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// Rules of the hub -> MARC composer that need a whole record. Sources, mining half: traject/test_data.utf8.mrc
/// (041 1 $a heb $h eng, a translation), folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 4442869 (260 $c 1996, c1968.).
/// </summary>
public class MarcRecordComposerTests
{
    private static readonly MarcCrosswalk Crosswalk = new();

    [Fact]
    public void A_translation_gets_041_first_indicator_1_and_h()
    {
        var m = Crosswalk.FromCatalog(new CatalogRecord { Title = "T", Languages = ["heb"], TranslatedFrom = ["eng"] }, new DiagnosticBag());
        Assert.Equal("=041  1\\$aheb$heng", m.DataFields("041").Single().ToString());
        Assert.Equal(["eng"], Crosswalk.ToCatalog(m, new DiagnosticBag()).TranslatedFrom.ToArray());
    }

    [Fact]
    public void One_language_without_a_translation_needs_no_041() =>
        Assert.Empty(Crosswalk.FromCatalog(new CatalogRecord { Title = "T", Languages = ["heb"] }, new DiagnosticBag()).DataFields("041"));

    [Fact]
    public void The_date_as_stated_goes_to_264_c_and_reads_back()
    {
        var r = new CatalogRecord { Title = "T", Publisher = "P", YearPublished = 1996, DateOfPublication = "1996, c1968" };
        var m = Crosswalk.FromCatalog(r, new DiagnosticBag());
        Assert.Equal("1996, c1968", m.DataFields("264").Single()['c']);
        Assert.Equal("t19961968", m.ControlValue("008")![6..15]);
        var back = Crosswalk.ToCatalog(m, new DiagnosticBag());
        Assert.Equal((1996, "1996, c1968"), (back.YearPublished!.Value, back.DateOfPublication));
    }
}
