using System.Collections.Concurrent;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Marc8;
using Exporter.Tests.Formats.Marc;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>The CLI over every ISO 2709 file of tests/data/corpus/marc.</summary>
public class MarcCorpusCliTests
{
    [SkippableFact]
    public void Every_corpus_file_converts_to_marcxml_and_the_counts_reconcile()
    {
        using var dir = new TempDir();
        var problems = new ConcurrentBag<string>();
        // one run per corpus folder (every ISO 2709 file of it as input, one MARCXML output) keeps the test fast
        var batches = MarcCorpus.Iso2709Files().GroupBy(f => Path.GetDirectoryName(f)!).ToList();
        Parallel.ForEach(batches.Select((g, i) => (g.ToList(), i)), new ParallelOptions { MaxDegreeOfParallelism = 2 }, item =>
        {
            var (files, i) = item;
            var report = dir.File(i + ".report.jsonl");
            var name = MarcCorpus.Name(Path.GetDirectoryName(files[0])!);
            var r = ExporterCli.Run(["convert", .. files, "--from", "marc21", "--to", "marcxml", "-o", dir.File(i + ".marc.xml"), "--on-error", "skip", "--permissive", "--report", report, "-q"]);
            if (r.ExitCode is not (0 or 1) || r.StdErr.Contains("   at ", StringComparison.Ordinal))
            {
                problems.Add($"{name}: exit {r.ExitCode} {r.StdErr}");
                return;
            }

            var lines = File.ReadAllLines(report).Select(JObject.Parse).ToList();
            var summary = lines[^1];
            long read = (long)summary["read"]!, written = (long)summary["written"]!, rejected = (long)summary["rejected"]!;
            var rejectedLines = lines.Count(l => (string?)l["type"] == "rejected");
            var records = System.Xml.Linq.XDocument.Load(dir.File(i + ".marc.xml")).Root!.Elements().Count();
            var naive = files.Sum(f => MarcCorpus.NaiveRecordCount(File.ReadAllBytes(f)));
            if (read != written + rejected || rejectedLines != rejected || records != written || read < naive)
                problems.Add($"{name}: read {read} (naive split {naive}), written {written}, rejected {rejected}, report rejects {rejectedLines}, xml records {records}");
            if ((r.ExitCode == 0) != (rejected == 0)) problems.Add($"{name}: exit {r.ExitCode} with {rejected} rejected");
        });
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Order(StringComparer.Ordinal)));
    }

    [SkippableFact]
    public void Clean_utf8_corpus_records_pass_through_marcxml_and_mrk_byte_for_byte()
    {
        using var dir = new TempDir();
        var clean = new MemoryStream();
        var count = 0;
        foreach (var file in MarcCorpus.Iso2709Files())
        {
            using var input = File.OpenRead(file);
            foreach (var raw in new Iso2709Framer(input).ReadAll())
            {
                if (raw.Bytes.Length < 24 || raw.Bytes[9] != (byte)'a' || !raw.FramingDiagnostics.IsEmpty) continue;
                var result = Iso2709Parser.Parse(raw);
                if (result.IsRejected || !result.Diagnostics.IsEmpty) continue;
                if (raw.Bytes.AsSpan().IndexOfAnyInRange((byte)0x00, (byte)0x1C) >= 0) continue; // XML 1.0 cannot carry C0 controls (MARCXML writes U+FFFD, warned)
                // records MARC output repairs (leader/20-23 not 4500, or what MARCXML's schema refuses: a control field after
                // a data field, leader characters) change there, each with a warning (MarcOutputRepairTests)
                if (!ReferenceEquals(result.Record, Exporter.Formats.Marc.MarcOutputRepair.Repair(result.Record!, xmlSchema: true, 0, Exporter.Diagnostics.NullDiagnostics.Instance))) continue;
                clean.Write(raw.Bytes);
                count++;
            }
        }

        Assert.True(count > 50, $"only {count} clean UTF-8 records in the corpus");
        File.WriteAllBytes(dir.File("clean.mrc"), clean.ToArray());
        foreach (var (via, ext) in new[] { ("marcxml", ".marc.xml"), ("mrk", ".mrk") })
        {
            var there = ExporterCli.Run("convert", dir.File("clean.mrc"), "--to", via, "-o", dir.File("via" + ext), "-q");
            Assert.True(there.ExitCode == 0, there.StdErr);
            var back = ExporterCli.Run("convert", dir.File("via" + ext), "--to", "marc21", "-o", dir.File("back-" + via + ".mrc"), "-q");
            Assert.True(back.ExitCode == 0, back.StdErr);
            MarcRoundTripAssert(clean.ToArray(), File.ReadAllBytes(dir.File("back-" + via + ".mrc")), via);
        }
    }

    private static void MarcRoundTripAssert(byte[] expected, byte[] actual, string via)
    {
        if (expected.AsSpan().SequenceEqual(actual)) return;
        var at = expected.AsSpan().CommonPrefixLength(actual);
        var start = expected.AsSpan(0, at).LastIndexOf((byte)0x1D) + 1;
        Assert.Fail($"via {via}: first difference at byte {at}, in the record starting at {start}: expected {System.Text.Encoding.UTF8.GetString(expected.AsSpan(start, Math.Min(300, expected.Length - start)))}, got {System.Text.Encoding.UTF8.GetString(actual.AsSpan(start, Math.Min(300, actual.Length - start)))}");
    }
}
