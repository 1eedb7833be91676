using System.Text;
using System.Text.RegularExpressions;
using Exporter.Diagnostics;
using Exporter.Pipeline;

using Exporter.Tests.Support;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// Records without id (issue #15, "IRIs never collide silently"): their IRIs come from an id each vocabulary makes of
/// their content (BIBFRAME: a hash of the MARC record; schema.org: a hash of title, contributors and year). The
/// registry registers those ids per vocabulary: the n-th record of the run to get one gets the suffix <c>-n</c>, with
/// warning PIPE0006 naming it and the first record with that id; the same bytes whatever the threads.
/// </summary>
public class RecordIdRegistryContentIdTests
{
    /// <summary>A fixed clock: BIBFRAME admin metadata carries the time of writing, and runs compared byte for byte must not straddle a second.</summary>
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private const string Fixed = "=LDR  00000nam\\\\2200000\\a\\4500\n";
    private const string Field008 = "=008  990101s1999\\\\\\\\xxu\\\\\\\\\\\\\\\\\\\\\\000\\0\\eng\\d\n";

    private static string NoId(string title, string note = "") =>
        Fixed + Field008 + $"=245  10$a{title}\n" + (note.Length > 0 ? $"=500  \\\\$a{note}\n" : "") + "\n";

    private static string WithId(string id, string title) => Fixed + $"=001  {id}\n" + Field008 + $"=245  10$a{title}\n\n";

    /// <summary>No id "Same", id A, no id "Same" again, no id "Other", no id "Same" a third time.</summary>
    private static readonly string Input = NoId("Same") + WithId("A", "Second") + NoId("Same") + NoId("Other") + NoId("Same");

    private static (string[] Outputs, RecordingObserver Observer) Run(string input, int threads, int batch, params string[] formats)
    {
        var registry = FormatRegistry.CreateDefault();
        var reader = registry.Get("mrk").CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(input)), new ReadOptions());
        var outputs = formats.Select(_ => new MemoryStream()).ToArray();
        var observer = new RecordingObserver();
        var summary = new Converter(new ConversionOptions { Threads = threads, BatchSize = batch }, observer)
            .Run([new ConversionInput("in.mrk", reader)], [.. formats.Select((f, i) => new ConversionTarget(f, registry.Get(f).CreateEncoder(new WriteOptions { Clock = Clock }), outputs[i]))]);
        Assert.Equal(0L, summary.Rejected);
        return ([.. outputs.Select(o => Encoding.UTF8.GetString(o.ToArray()))], observer);
    }

    [Fact]
    public void Bibframe_copies_of_a_record_without_001_get_their_place_as_suffix()
    {
        var (outputs, _) = Run(Input, 1, 256, "bibframe");
        var works = MintedIris.Work().Matches(outputs[0]).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, works.Count);
        Assert.Matches("^h[0-9a-f]{16}$", works[0]);
        Assert.Matches("^h[0-9a-f]{16}$", works[3]);
        Assert.NotEqual(works[0], works[3]);
        Assert.Equal([works[0], "A", works[0] + "-2", works[3], works[0] + "-3"], works);
    }

    [Fact]
    public void Each_copy_is_a_warning_naming_it_and_the_first_record_with_its_id()
    {
        var (outputs, observer) = Run(Input, 1, 256, "bibframe");
        var first = MintedIris.Work().Match(outputs[0]).Groups[1].Value;
        var warnings = observer.Diagnostics.Where(d => d.Code == PipelineDiagnosticCodes.RepeatedRecordId).OrderBy(d => d.RecordIndex).ToList();
        Assert.Equal([2L, 4L], warnings.Select(d => d.RecordIndex ?? -1));
        Assert.All(warnings, d => Assert.Equal((Severity.Warning, "in.mrk", (string?)null), (d.Severity, d.Source, d.RecordId)));
        Assert.Equal(Input.IndexOf(NoId("Same") + NoId("Other"), StringComparison.Ordinal), warnings[0].ByteOffset);
        Assert.Equal($"record has no id, and the id its BIBFRAME 2 IRIs are minted from, '{first}', is also that of record 1: this record's BIBFRAME 2 IRIs get the suffix '-2' so that the two never collide", warnings[0].Message);
        Assert.EndsWith("is also that of record 1: this record's BIBFRAME 2 IRIs get the suffix '-3' so that the two never collide", warnings[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ntriples")]
    [InlineData("turtle")]
    [InlineData("jsonld")]
    public void Schema_org_copies_get_the_same_rule(string format)
    {
        var (outputs, observer) = Run(Input, 2, 1, format, "ntriples");
        var editions = MintedIris.Edition().Matches(outputs[1]).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(5, editions.Count);
        Assert.Matches("^h[0-9a-f]{16}$", editions[0]);
        Assert.Equal([editions[0], "A", editions[0] + "-2", editions[3], editions[0] + "-3"], editions);
        foreach (var edition in editions) Assert.Contains("/record/" + edition + "#edition", outputs[0], StringComparison.Ordinal);
        Assert.Equal(2, observer.Diagnostics.Count(d => d.Code == PipelineDiagnosticCodes.RepeatedRecordId));   // one scope, two syntaxes
    }

    [Fact]
    public void Each_vocabulary_tells_apart_the_records_its_own_ids_confuse()
    {
        // two different records with the same title, contributors and year: one schema.org hash id, two BIBFRAME ones
        var input = NoId("Same", "One note.") + NoId("Same", "Another note.");
        var (outputs, observer) = Run(input, 1, 256, "bibframe", "ntriples");
        var works = MintedIris.Work().Matches(outputs[0]).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, works.Count);
        Assert.DoesNotContain('-', string.Concat(works));
        Assert.NotEqual(works[0], works[1]);
        var editions = MintedIris.Edition().Matches(outputs[1]).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([editions[0], editions[0] + "-2"], editions);
        var warning = Assert.Single(observer.Diagnostics, d => d.Code == PipelineDiagnosticCodes.RepeatedRecordId);
        Assert.Contains("its schema.org IRIs are minted", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bibframe")]
    [InlineData("jsonld")]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    public void Threads_and_batches_do_not_change_the_bytes(string format)
    {
        var input = Input + Input + NoId("Other");
        var single = Run(input, 1, 256, format).Outputs[0];
        Assert.Equal(single, Run(input, 2, 1, format).Outputs[0]);
        Assert.Equal(single, Run(input, 4, 2, format).Outputs[0]);
    }

    [Theory]
    [InlineData("bibframe")]
    [InlineData("jsonld")]
    public void Batches_capped_for_registering_give_the_bytes_of_one_record_at_a_time(string format)
    {
        // 150 records cross the capped batches (Converter.RegisteringBatchSize) of a run with the default batch size
        var input = string.Concat(Enumerable.Range(0, 30).Select(_ => Input));
        var single = Run(input, 1, 1, format).Outputs[0];
        Assert.Equal(single, Run(input, 2, new ConversionOptions().BatchSize, format).Outputs[0]);
        Assert.Equal(single, Run(input, 1, new ConversionOptions().BatchSize, format).Outputs[0]);
    }

    [Fact]
    public void Formats_that_mint_no_iris_are_not_told()
    {
        var (outputs, observer) = Run(Input, 2, 1, "marcxml");
        Assert.DoesNotContain(observer.Diagnostics, d => d.Code == PipelineDiagnosticCodes.RepeatedRecordId);
        Assert.Equal(5, Regex.Count(outputs[0], "tag=\"245\""));
    }
}
