using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Xunit.Abstractions;

namespace Exporter.Tests.Formats.Marc.Iso2709;

/// <summary>Corpus-wide checks over ../shared/corpus/marc (files needing MARC-8 are in <see cref="Iso2709CorpusMarc8Tests"/>).</summary>
public class Iso2709CorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_record_of_every_file_is_read_or_rejected_in_permissive_mode()
    {
        var problems = new List<string>();
        foreach (var file in MarcCorpus.Iso2709Files())
        {
            var bytes = File.ReadAllBytes(file);
            if (MarcCorpus.NeedsMarc8(bytes)) continue;
            problems.AddRange(CorpusChecks.ReadOrReject(file, bytes));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void Utf8_records_round_trip_through_marcxml_and_mrk_to_the_same_bytes()
    {
        int records = 0, skippedXml = 0, canonical = 0;
        var problems = new List<string>();
        foreach (var file in MarcCorpus.Iso2709Files())
        {
            using var stream = File.OpenRead(file);
            foreach (var raw in new Iso2709Framer(stream).ReadAll())
            {
                if (raw.Bytes.Length < 24 || raw.Bytes[9] != (byte)'a') continue;
                var result = Iso2709Parser.Parse(raw, MarcRoundTrip.IsoPassThrough);
                if (result.Record is null) continue; // strictly unreadable: not a pass-through candidate
                records++;
                var direct = Iso2709Writer.Encode(result.Record);
                if (direct.AsSpan().SequenceEqual(raw.Bytes)) canonical++;
                else output.WriteLine($"{MarcCorpus.Name(file)} #{raw.Index}: re-encoding changes bytes (leader/10-11/20-23 normalised)");
                var xml = MarcRoundTrip.ThroughXml(result.Record);
                if (xml is null) skippedXml++;
                else if (!xml.AsSpan().SequenceEqual(direct)) problems.Add($"{MarcCorpus.Name(file)} #{raw.Index}: MARCXML trip changed bytes");
                if (!MarcRoundTrip.ThroughMrk(result.Record).AsSpan().SequenceEqual(direct)) problems.Add($"{MarcCorpus.Name(file)} #{raw.Index}: .mrk trip changed bytes");
            }
        }

        output.WriteLine($"{records} UTF-8 records, {canonical} re-encode to their own bytes; {skippedXml} hold characters XML 1.0 cannot carry");
        Assert.True(records > 900, $"only {records} UTF-8 records found");
        Assert.True(records - canonical < 5, $"{records - canonical} records do not re-encode to their own bytes");
        Assert.True(skippedXml < 5, $"{skippedXml} records not XML-safe");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
