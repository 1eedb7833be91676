using Exporter.Diagnostics;
using Exporter.Formats.Json;
using Exporter.Tests.Support;
using Json.Schema;

namespace Exporter.Tests.Formats.Json;

public class RecordJsonTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(TestEnvironment.RepoRoot, "schemas", "record.schema.json"));

    [Fact]
    public void Every_example_validates_against_the_schema()
    {
        foreach (var record in RecordFactory.Examples())
        {
            var json = RecordJsonSerializer.Serialize(record);
            var result = Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, record.Title + ": " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value))));
        }
    }

    [Fact]
    public void Generated_hostile_records_validate_and_round_trip() =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Hostile), record =>
        {
            var json = RecordJsonSerializer.Serialize(record);
            Assert.DoesNotContain('\n', json);
            Assert.True(Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement).IsValid, json);
            var back = RecordFactory.ParseJson(json + "\n").Single();
            Assert.False(back.IsRejected, string.Join("\n", back.Diagnostics));
            Assert.Equal(record, back.GetCatalog(NullDiagnostics.Instance));
        }, tests: 300);

    [Theory]
    [InlineData("{\"title\":3}")]
    [InlineData("{\"title\":\"a\",\"extra\":1}")]
    [InlineData("{\"title\":\"a\",\"identifiers\":[{\"type\":\"barcode\",\"value\":\"1\"}]}")]
    public void Schema_rejects_what_the_reader_rejects_or_warns_about(string json) =>
        Assert.False(Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement).IsValid);

    [Fact]
    public void Examples_round_trip_through_json_lines()
    {
        var records = RecordFactory.Examples();
        var text = RecordFactory.Write(new RecordJsonFormat(), records);
        Assert.Equal(records.Count, text.Count(c => c == '\n'));
        Assert.Equal(records, RecordFactory.ParseJson(text).Select(r => r.GetCatalog(NullDiagnostics.Instance)));
    }

    [Fact]
    public void Blank_lines_are_skipped_and_indexes_and_lines_are_kept()
    {
        var results = RecordFactory.ParseJson("{\"title\":\"a\"}\n\n{\"title\":\"b\"}\r\n");
        Assert.Equal([0L, 1L], results.Select(r => r.Index));
        Assert.Equal([1, 3], results.Select(r => r.Source.Line ?? 0));
    }

    [Theory]
    [InlineData("{\"title\":\"a\"", "JSON0002")]
    [InlineData("[1,2]", "JSON0003")]
    [InlineData("{\"subtitle\":\"no title\"}", "JSON0011")]
    [InlineData("{\"title\":\"a\",\"yearPublished\":\"1973\"}", "JSON0015")]
    [InlineData("{\"title\":\"a\",\"resourceType\":\"Scroll\"}", "JSON0012")]
    [InlineData("{\"title\":\"a\",\"contributors\":[{\"name\":\"x\",\"roles\":[],\"kind\":\"robot\"}]}", "JSON0016")]
    [InlineData("{\"title\":\"a\",\"title\":\"b\"}", "JSON0002")]
    [InlineData("{\"title\":\"a\"} {\"title\":\"b\"}", "JSON0002")]
    public void Bad_records_are_rejected_with_a_code_and_line(string line, string code)
    {
        var results = RecordFactory.ParseJson("{\"title\":\"ok\"}\n" + line + "\n{\"title\":\"ok too\"}\n");
        Assert.Equal(3, results.Count);
        Assert.False(results[0].IsRejected);
        Assert.True(results[1].IsRejected);
        Assert.False(results[2].IsRejected);
        var d = Assert.Single(results[1].Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(code, d.Code);
        Assert.Equal(2, d.Line);
        Assert.Equal(line, System.Text.Encoding.UTF8.GetString(results[1].Source.Raw.Span));
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var deep = "{\"title\":\"a\",\"notes\":" + new string('[', 500) + new string(']', 500) + "}";
        var result = RecordFactory.ParseJson(deep).Single();
        Assert.True(result.IsRejected);
        Assert.Contains(result.Diagnostics, d => d.Code == "JSON0002");
    }

    [Fact]
    public void Unknown_properties_warn_but_the_record_is_read()
    {
        var result = RecordFactory.ParseJson("{\"title\":\"a\",\"colour\":\"red\"}").Single();
        Assert.False(result.IsRejected);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("JSON0010", Severity.Warning, "colour"), (d.Code, d.Severity, d.Field));
    }
}
