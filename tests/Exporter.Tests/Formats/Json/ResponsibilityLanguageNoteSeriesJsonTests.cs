using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Json;

/// <summary>
/// Record JSON's <c>statementOfResponsibility</c>, <c>languageNote</c> and a series' <c>heading</c> and
/// <c>headingNumber</c> (issue 13): read from JSON input, they reach MARC 245 $c, 546 and 490 1# + 830.
/// </summary>
public class ResponsibilityLanguageNoteSeriesJsonTests
{
    private const string Json =
        "{\"title\":\"Heavy drinking\",\"statementOfResponsibility\":\"Herbert Fingarette\",\"languageNote\":\"Text in English; summaries in French.\","
        + "\"series\":[{\"title\":\"Library of international relations\",\"number\":\"10\",\"heading\":\"Library of international relations (Series)\",\"headingNumber\":\"v. 10\"},"
        + "{\"title\":\"A transcribed series\"}]}";

    [Fact]
    public void Json_input_reads_them_and_writes_them_back()
    {
        var result = Assert.Single(RecordFactory.ParseJson(Json + "\n"));
        Assert.Empty(result.Diagnostics);
        var r = result.GetCatalog(NullDiagnostics.Instance);
        Assert.Equal("Herbert Fingarette", r.StatementOfResponsibility);
        Assert.Equal("Text in English; summaries in French.", r.LanguageNote);
        Assert.Equal([new SeriesStatement("Library of international relations", "10", "Library of international relations (Series)", "v. 10"), new SeriesStatement("A transcribed series")], r.Series.ToArray());
        var written = Exporter.Formats.Json.RecordJsonSerializer.Serialize(r);
        Assert.Contains("\"statementOfResponsibility\":\"Herbert Fingarette\"", written, StringComparison.Ordinal);
        Assert.Contains("\"heading\":\"Library of international relations (Series)\",\"headingNumber\":\"v. 10\"", written, StringComparison.Ordinal);
        Assert.Equal(r, RecordFactory.ParseJson(written + "\n").Single().GetCatalog(NullDiagnostics.Instance));
    }

    [Fact]
    public void Json_input_gives_marc_245_c_546_and_a_traced_series()
    {
        var r = RecordFactory.ParseJson(Json + "\n").Single().GetCatalog(NullDiagnostics.Instance);
        var m = new MarcCrosswalk(new MarcWriteOptions(), clock: new FixedClock(Marc.Crosswalk.MarcCrosswalkTests.WrittenAt)).FromCatalog(r, NullDiagnostics.Instance);
        static string Text(Exporter.Formats.Marc.Model.DataField f) => $"{f.Tag} {f.Indicator1}{f.Indicator2} " + string.Concat(f.Subfields.Select(s => s.ToString()));
        Assert.Equal("245 00 $aHeavy drinking$cHerbert Fingarette", Text(m.DataFields("245").Single()));
        Assert.Equal("546    $aText in English; summaries in French.", Text(m.DataFields("546").Single()));
        Assert.Equal(["490 1  $aLibrary of international relations$v10", "490 0  $aA transcribed series"], m.DataFields("490").Select(Text));
        Assert.Equal("830  0 $aLibrary of international relations (Series)$vv. 10", Text(m.DataFields("830").Single()));
    }
}
