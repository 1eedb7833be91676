namespace Exporter.Tests.Formats.Marc.Iso2709;

/// <summary>
/// The corpus-wide read-or-reject check for the files that need the MARC-8 decoder (Marc8Decoder, merged
/// separately). Fails until that decoder is in.
/// </summary>
public class Iso2709CorpusMarc8Tests
{
    [SkippableFact]
    public void Every_record_of_every_marc8_file_is_read_or_rejected_in_permissive_mode()
    {
        var problems = new List<string>();
        var files = 0;
        foreach (var file in MarcCorpus.Iso2709Files())
        {
            var bytes = File.ReadAllBytes(file);
            if (!MarcCorpus.NeedsMarc8(bytes)) continue;
            files++;
            problems.AddRange(CorpusChecks.ReadOrReject(file, bytes));
        }

        Assert.True(files > 30, $"only {files} MARC-8 files found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
