using System.Text;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// Records read straight into the hub (catalog pages) without catalog number: each linked-data vocabulary mints their
/// ids from their content on the worker that parsed them, before their turn to be registered, from the same record
/// its encoders then write (BIBFRAME: the MARC record composed once for the id, the graph and the MARC targets). The
/// first record with an id is the first in the input whatever the threads; the reports say what they would without
/// minting, once.
/// </summary>
public class RecordIdRegistryHubContentIdTests
{
    private static string Page(string title, string? number = null) =>
        title + "\n\nSerge, Victor\nPublisher:  Pantheon Books\nYear Published:  1973\n"
        + (number is null ? "" : $"Cx Number:  {number}\n")
        + "ISBN:  0394549261\nLanguage:  English\n";   // the ISBN's check digit is wrong: composing MARC warns (MARC0311)

    /// <summary>No id "Same", id CX1, no id "Same" again, no id "Other", no id "Same" a third time.</summary>
    private static readonly string Input = string.Join("\f\n", Page("Same"), Page("Second", "CX1"), Page("Same"), Page("Other"), Page("Same"));

    private static (string[] Outputs, RecordingObserver Observer, Converter Converter) Run(string input, int threads, int batch, TimeProvider clock, params string[] formats)
    {
        var registry = FormatRegistry.CreateDefault();
        var reader = registry.Get("text").CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(input)), new ReadOptions());
        var outputs = formats.Select(_ => new MemoryStream()).ToArray();
        var observer = new RecordingObserver();
        var converter = new Converter(new ConversionOptions { Threads = threads, BatchSize = batch }, observer) { KeepsFirstIds = true };
        var write = new WriteOptions { Clock = clock };
        var summary = converter.Run([new ConversionInput("in.txt", reader)], [.. formats.Select((f, i) => new ConversionTarget(f, registry.Get(f).CreateEncoder(write), outputs[i]))]);
        Assert.Equal(0L, summary.Rejected);
        return ([.. outputs.Select(o => Encoding.UTF8.GetString(o.ToArray()))], observer, converter);
    }

    private static FixedClock Fixed => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Copies_get_their_place_as_suffix_in_each_vocabulary_whatever_the_threads()
    {
        var (single, _, _) = Run(Input, 1, 256, Fixed, "bibframe", "jsonld", "ntriples");
        var (two, _, _) = Run(Input, 2, 1, Fixed, "bibframe", "jsonld", "ntriples");

        Assert.Equal(single, two);
        var works = MintedIris.Work().Matches(single[0]).Select(m => m.Groups[1].Value).ToList();
        Assert.Matches("^h[0-9a-f]{16}$", works[0]);
        Assert.Equal([works[0], "CX1", works[0] + "-2", works[3], works[0] + "-3"], works);
        var editions = MintedIris.Edition().Matches(single[2]).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([editions[0], "CX1", editions[0] + "-2", editions[3], editions[0] + "-3"], editions);
        foreach (var edition in editions) Assert.Contains("/record/" + edition + "#edition", single[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_id_reports_what_a_record_with_one_does()
    {
        foreach (var threads in new[] { 1, 2 })
        {
            var (_, observer, _) = Run(Input, threads, 1, Fixed, "bibframe", "jsonld");
            var composed = observer.Diagnostics.Where(d => d.Code == MarcDiagnosticCodes.IsbnInvalid).GroupBy(d => d.RecordIndex).ToDictionary(g => g.Key ?? -1, g => g.Count());
            Assert.Equal([0L, 1L, 2L, 3L, 4L], composed.Keys.Order());
            Assert.All(composed.Values, count => Assert.Equal(composed[1], count));   // record 2 (CX1) is not minted
            Assert.Equal(1, composed[1]);
            Assert.Equal(2, observer.Diagnostics.Count(d => d.Code == PipelineDiagnosticCodes.RepeatedRecordId && d.Message.Contains("BIBFRAME 2", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_ids_registered_are_those_the_iris_carry_when_the_clock_moves()
    {
        // without a last-modified date the composed 005 is the clock's: a record composed twice would hash to two ids
        var (outputs, _, converter) = Run(string.Join("\f\n", Page("One"), Page("Two"), Page("Three")), 2, 1, new TickingClock(), "bibframe");
        var registered = converter.FirstIds.Where(i => i.Scope == "BIBFRAME 2").Select(i => i.Id).ToList();

        Assert.Equal(3, registered.Count);
        Assert.Equal(registered, MintedIris.Work().Matches(outputs[0]).Select(m => m.Groups[1].Value));
    }
}
