using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>Hub rights and MARC 540 (docs/mappings/marc21.md; issue 14): $a a text, $u a URI, both ways.</summary>
public class MarcRightsTests
{
    private static readonly MarcCrosswalk Crosswalk = new(new MarcWriteOptions(), clock: new FixedClock(MarcCrosswalkTests.WrittenAt));

    [Fact]
    public void Each_statement_is_a_540_a_text_in_a_and_a_uri_in_u()
    {
        var r = new CatalogRecord { Title = "T", Rights = ["http://rightsstatements.org/vocab/InC/1.0/", "In copyright."] };
        var m = Crosswalk.FromCatalog(r, NullDiagnostics.Instance);
        var fields = m.DataFields("540").ToList();
        Assert.Equal(["$uhttp://rightsstatements.org/vocab/InC/1.0/", "$aIn copyright."], fields.Select(f => string.Concat(f.Subfields.Select(s => s.ToString()))));
        Assert.All(fields, f => Assert.Equal((' ', ' '), (f.Indicator1, f.Indicator2)));
        var back = Crosswalk.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Equal(r.Rights.ToArray(), back.Rights.ToArray());
        Assert.DoesNotContain(back.SourceFields, f => f.Key == "540");
    }

    [Fact]
    public void A_540_the_hub_cannot_hold_whole_stays_a_source_field_and_is_written_back_as_it_was()
    {
        var whole = new DataField("540", ' ', ' ', new Subfield('a', "Public domain."));
        var rich = new DataField("540", ' ', ' ', new Subfield('a', "CC BY 4.0"), new Subfield('u', "https://creativecommons.org/licenses/by/4.0/"));
        var notUri = new DataField("540", ' ', ' ', new Subfield('u', "see the reading room"));
        var m = new MarcRecord(new Leader("00000nam a2200000 i 4500"), [new DataField("245", '0', '0', new Subfield('a', "T")), whole, rich, notUri]);
        var hub = Crosswalk.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Equal(["Public domain."], hub.Rights.ToArray());
        Assert.Equal(2, hub.SourceFields.Count(f => f.Key == "540"));
        var again = Crosswalk.FromCatalog(hub, NullDiagnostics.Instance).DataFields("540").Select(f => string.Concat(f.Subfields.Select(s => s.ToString()))).Order(StringComparer.Ordinal);
        Assert.Equal(["$aCC BY 4.0$uhttps://creativecommons.org/licenses/by/4.0/", "$aPublic domain.", "$usee the reading room"], again);
    }

    [Fact]
    public void A_506_access_restriction_is_no_hub_rights_and_is_kept()
    {
        var m = new MarcRecord(new Leader("00000nam a2200000 i 4500"), [new DataField("245", '0', '0', new Subfield('a', "T")), new DataField("506", ' ', ' ', new Subfield('a', "Freely available."))]);
        var hub = Crosswalk.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Empty(hub.Rights);
        Assert.Single(Crosswalk.FromCatalog(hub, NullDiagnostics.Instance).DataFields("506"));
    }
}
