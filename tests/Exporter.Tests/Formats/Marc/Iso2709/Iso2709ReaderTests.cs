using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc.Iso2709;

public class Iso2709ReaderTests
{
    private static readonly Iso2709ReaderOptions Permissive = new() { Strictness = MarcStrictness.Permissive };

    private static (List<MarcReadResult> Results, IReadOnlyList<Diagnostic> Trailing) Read(string fixture, Iso2709ReaderOptions? options = null)
    {
        using var stream = File.OpenRead(TestEnvironment.Fixture("Marc", fixture));
        var reader = new Iso2709Reader(stream, options);
        var results = reader.ReadAll().ToList();
        return (results, reader.TrailingDiagnostics);
    }

    [Fact]
    public void Filler_between_records_is_skipped_with_a_warning_on_the_next_record()
    {
        var (results, trailing) = Read("filler_between_records.usmarc");
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.False(r.IsRejected, string.Join("\n", r.Diagnostics)));
        Assert.Contains(results[1].Diagnostics, d => d.Code == MarcDiagnosticCodes.FillerSkipped);
        Assert.Equal(MarcDiagnosticCodes.FillerSkipped, Assert.Single(trailing).Code);
    }

    [Fact]
    public void A_truncated_last_record_is_rejected_with_its_bytes_in_strict_mode()
    {
        var (results, _) = Read("truncated_last_record.mrc");
        Assert.Equal(19, results.Count);
        Assert.All(results.Take(18), r => Assert.False(r.IsRejected));
        var last = results[^1];
        Assert.True(last.IsRejected);
        Assert.Equal(65_536 - last.ByteOffset!.Value, last.RawBytes!.Length);
        Assert.Contains(last.Diagnostics, d => d.Code == MarcDiagnosticCodes.MissingRecordTerminator && d.Severity == Severity.Error);
    }

    [Fact]
    public void A_truncated_last_record_is_read_up_to_the_cut_in_permissive_mode()
    {
        var (results, _) = Read("truncated_last_record.mrc", Permissive);
        var last = results[^1];
        Assert.False(last.IsRejected);
        Assert.Contains(last.Diagnostics, d => d.Code == MarcDiagnosticCodes.MissingRecordTerminator && d.Severity == Severity.Warning);
        Assert.Equal(results[0].Record!.ControlValue("001")?.Length, last.Record!.ControlValue("001")?.Length);
    }

    [Fact]
    public void Results_carry_index_offset_and_id()
    {
        var (results, _) = Read("chabon.mrc");
        Assert.Equal([0L, 1L], results.Select(r => r.Index));
        Assert.Equal(0, results[0].ByteOffset);
        Assert.Equal(results[0].Record is null ? 0 : 759, results[1].ByteOffset);
        Assert.Equal("11939876", results[0].RecordId);
    }

    [Fact]
    public void Framing_and_parsing_in_parallel_give_the_same_results_as_the_reader()
    {
        using var a = File.OpenRead(TestEnvironment.Fixture("Marc", "truncated_last_record.mrc"));
        var sequential = new Iso2709Reader(a, Permissive).ReadAll().Select(r => r.Record).ToList();
        using var b = File.OpenRead(TestEnvironment.Fixture("Marc", "truncated_last_record.mrc"));
        var parallel = new Iso2709Framer(b, Permissive).ReadAll().AsParallel().AsOrdered().Select(raw => Iso2709Parser.Parse(raw, Permissive).Record).ToList();
        Assert.Equal(sequential, parallel);
    }
}
