using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>
/// Issue 14: the hub's rights in both profiles, before the <c>--rights</c> fallback, and read back; the OAI datestamp
/// read back as the record's last change (docs/mappings/dublin-core.md).
/// </summary>
public class DcRightsAndDatestampTests
{
    private static readonly CatalogRecord Stated = new()
    {
        Title = "T",
        Rights = ["http://rightsstatements.org/vocab/InC/1.0/", "https://creativecommons.org/licenses/by-sa/4.0/", "Text \u00a9 Jane Doe."],
    };

    private static readonly DublinCoreCrosswalkOptions Fallback = new() { Rights = new Uri("http://rightsstatements.org/vocab/CNE/1.0/") };

    [Fact]
    public void Simple_dc_writes_each_statement_as_dc_rights_and_no_fallback()
    {
        var dc = new DublinCoreCrosswalk(Fallback).FromCatalog(Stated, NullDiagnostics.Instance);
        Assert.Equal(Stated.Rights.ToArray(), dc.Get("rights").Select(s => s.Value).ToArray());
        Assert.All(dc.Get("rights"), s => Assert.Null(s.Scheme));
    }

    [Fact]
    public void Qualified_dc_writes_uris_with_their_scheme_and_a_creative_commons_licence_as_license()
    {
        var dc = new DublinCoreCrosswalk(Fallback with { Profile = DublinCoreProfile.Qualified }).FromCatalog(Stated, NullDiagnostics.Instance);
        Assert.Equal(
            ["rights http://rightsstatements.org/vocab/InC/1.0/ URI", "license https://creativecommons.org/licenses/by-sa/4.0/ URI", "rights Text \u00a9 Jane Doe. -"],
            dc.Statements.Where(s => s.Name is "rights" or "license" or "accessRights").Select(s => $"{s.Name} {s.Value} {s.Scheme ?? "-"}"));
    }

    [Fact]
    public void The_fallback_is_written_only_for_a_record_that_states_none()
    {
        var dc = new DublinCoreCrosswalk(Fallback).FromCatalog(new CatalogRecord { Title = "T" }, NullDiagnostics.Instance);
        Assert.Equal(["http://rightsstatements.org/vocab/CNE/1.0/"], dc.Get("rights").Select(s => s.Value));
    }

    [Fact]
    public void A_marc_540_the_hub_holds_is_written_once()
    {
        var marc = new Exporter.Formats.Marc.Model.MarcRecord(new Exporter.Formats.Marc.Model.Leader("00000nam a2200000 i 4500"),
        [
            new Exporter.Formats.Marc.Model.DataField("245", '0', '0', new Exporter.Formats.Marc.Model.Subfield('a', "T")),
            new Exporter.Formats.Marc.Model.DataField("540", ' ', ' ', new Exporter.Formats.Marc.Model.Subfield('u', "http://rightsstatements.org/vocab/NoC-US/1.0/")),
        ]);
        var hub = new Exporter.Formats.Marc.Crosswalk.MarcCrosswalk(new Exporter.Formats.Marc.Crosswalk.MarcWriteOptions()).ToCatalog(marc, NullDiagnostics.Instance);
        Assert.Equal(["http://rightsstatements.org/vocab/NoC-US/1.0/"], hub.Rights.ToArray());
        var dc = new DublinCoreCrosswalk(Fallback).FromCatalog(hub, MarcDcCrosswalk.Read(marc), NullDiagnostics.Instance);
        Assert.Equal(["http://rightsstatements.org/vocab/NoC-US/1.0/"], dc.Get("rights").Select(s => s.Value));
    }

    [Theory]
    [InlineData(DcNamespace.Elements, "rights")]
    [InlineData(DcNamespace.Terms, "rights")]
    [InlineData(DcNamespace.Terms, "license")]
    public void Reading_takes_rights_and_licence_as_rights(DcNamespace ns, string name)
    {
        var bag = new DiagnosticBag();
        var r = new DublinCoreCrosswalk().ToCatalog(new DublinCoreRecord([DcStatement.Element("title", "T"), new DcStatement(ns, name, " In copyright. ")]), bag);
        Assert.Equal(["In copyright."], r.Rights.ToArray());
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Reading_reports_access_rights_the_hub_has_no_place_for()
    {
        var bag = new DiagnosticBag();
        var r = new DublinCoreCrosswalk().ToCatalog(new DublinCoreRecord([DcStatement.Element("title", "T"), DcStatement.Term("accessRights", "Members only.")]), bag);
        Assert.Empty(r.Rights);
        Assert.Contains(bag.Items, d => d.Code == DcDiagnosticCodes.NotMapped && d.Field == "dcterms:accessRights");
    }

    [Theory]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2024-03-01T12:30:05Z", "2024-03-01T12:30:05Z")]
    public void Reading_takes_the_oai_datestamp_as_the_last_change(string datestamp, string expected)
    {
        var r = new DublinCoreCrosswalk().ToCatalog(new DublinCoreRecord([DcStatement.Element("title", "T")]) { Header = new OaiHeader("oai:x:1") { Datestamp = datestamp } }, NullDiagnostics.Instance);
        Assert.Equal(expected, Exporter.Formats.Common.Text.LastModifiedText.Format(r.LastModified!.Value));
    }

    [Fact]
    public void A_datestamp_that_is_no_date_is_reported_and_left_out()
    {
        var bag = new DiagnosticBag();
        var r = new DublinCoreCrosswalk().ToCatalog(new DublinCoreRecord([DcStatement.Element("title", "T")]) { Header = new OaiHeader("oai:x:1") { Datestamp = "yesterday" } }, bag);
        Assert.Null(r.LastModified);
        Assert.Contains(bag.Items, d => d.Code == DcDiagnosticCodes.ValueNotUnderstood && d.Field == "header/datestamp");
    }

    [Fact]
    public void Oai_dc_round_trips_rights_and_the_last_change_to_the_day()
    {
        var r = Stated with { LastModified = new DateTimeOffset(2024, 3, 1, 12, 30, 5, TimeSpan.Zero) };
        var xml = RecordFactory.Write(new OaiDcFormat(), [r], new WriteOptions { Clock = new FixedClock(DcLossModel.WrittenAt) });
        Assert.Contains("<datestamp>2024-03-01</datestamp>", xml, StringComparison.Ordinal);
        var back = DublinCoreCrosswalkRoundTripTests.RoundTrip([r], DublinCoreProfile.Simple).Single();
        Assert.Equal(r.Rights.ToArray(), back.Rights.ToArray());
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), back.LastModified);
    }
}
