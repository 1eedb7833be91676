using Xunit.Abstractions;

namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// The body of the peer-agreement tests: yaz per file (2 at a time), MARC4J in one JVM, then each file compared. Pins
/// how many files the peers agree on (<c>expectedCompared</c>) and that ours read every one of them alike but the
/// deliberate differences of <see cref="MarcDeliberateDifferences"/>, each of which must still differ.
/// </summary>
internal static class MarcPeerAgreementRun
{
    public static void Run(MarcCorpusFiles.Profile profile, int expectedCompared, ITestOutputHelper output)
    {
        var files = MarcCorpusFiles.Iso2709().Where(f => MarcCorpusFiles.Classify(File.ReadAllBytes(f)) == profile).ToList();
        var marc8 = profile == MarcCorpusFiles.Profile.Marc8;
        if (profile != MarcCorpusFiles.Profile.Mixed)
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, f => MarcPeers.Yaz(f, marc8));
        }

        MarcPeers.Marc4jMany(files.Where(f => profile == MarcCorpusFiles.Profile.Mixed || !MarcPeers.Yaz(f, marc8).Complained));
        var problems = new List<string>();
        var compared = 0;
        var agreeing = 0;
        var deliberate = 0;
        foreach (var file in files)
        {
            var o = MarcPeerComparison.Compare(file, profile);
            MarcDeliberateDifferences.Files.TryGetValue(o.File, out var reason);
            if (!o.PeersAgree)
            {
                output.WriteLine($"not compared  {o.File}: {o.PeerDisagreement}");
                if (reason is not null) problems.Add($"{o.File}: listed as a deliberate difference but the peers do not agree ({o.PeerDisagreement})");
                continue;
            }

            compared++;
            output.WriteLine($"compared      {o.File}: {(o.OurDifference is null ? "same" : "DIFFERS: " + o.OurDifference)}");
            if (o.OurDifference is null) agreeing++;
            else if (reason is not null) deliberate++;
            if (o.OurDifference is not null && reason is null) problems.Add($"{o.File}: {o.OurDifference}");
            if (o.OurDifference is null && reason is not null) problems.Add($"{o.File}: listed as a deliberate difference but reads the same (update the list and docs)");
        }

        output.WriteLine($"{compared} of {files.Count} files compared: {agreeing} read alike, {deliberate} deliberate differences");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(expectedCompared, compared);
        Assert.Equal(compared - deliberate, agreeing);
    }
}
