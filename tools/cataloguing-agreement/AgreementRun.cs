using Exporter.Diagnostics;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>Reads, deduplicates and splits the corpus, round-trips each held-out record through its page and compares.</summary>
public static class AgreementRun
{
    /// <summary>
    /// Measures the held-out half (the published figure). With <paramref name="half"/> = Mining it measures the mining
    /// half instead: the development view, from which rules are written without looking at held-out records.
    /// </summary>
    public static (string Report, CorpusSummary Summary, List<FieldCheck> Checks) Measure(string corpus, CorpusHalf half = CorpusHalf.HeldOut)
    {
        var records = CorpusReader.Read(corpus).ToList();
        var (mining, held, shared) = CorpusSplit.Split(records);
        var checks = new List<FieldCheck>();
        var failures = 0;
        foreach (var r in half == CorpusHalf.Mining ? mining : held)
        {
            var back = TryRoundTrip(r);
            if (back is null)
            {
                failures++;
                continue;
            }

            checks.AddRange(FieldComparer.Compare(r.Record, back, r.Label));
        }

        var files = records.Select(r => r.File).Distinct().ToList();
        var summary = new CorpusSummary(
            files.Count, records.Count, records.Select(r => r.Key).Distinct().Count(),
            files.Count(f => CorpusSplit.HalfOf(f) == CorpusHalf.Mining), mining.Count,
            files.Count(f => CorpusSplit.HalfOf(f) == CorpusHalf.HeldOut), held.Count - failures, shared, failures);
        return (AgreementReport.Write(checks, summary), summary, checks);
    }

    private static Exporter.Formats.Marc.Model.MarcRecord? TryRoundTrip(CorpusRecord r)
    {
        try
        {
            return CatalogPageRoundTrip.FromPage(CatalogPageRoundTrip.Page(r.Record));
        }
        catch (ExporterException)
        {
            return null;
        }
    }
}
