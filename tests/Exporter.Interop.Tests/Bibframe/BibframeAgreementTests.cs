using Exporter.Interop.Tests.Support;
using Exporter.Tools.BibframeAgreement;

namespace Exporter.Interop.Tests.Bibframe;

/// <summary>
/// Our BIBFRAME against LoC's marc2bibframe2 (xsltproc) on every MARCXML and ISO 2709 file of the corpus, fact class by
/// fact class (tools/bibframe-agreement): at least 95% of all fact checks agree, and docs/mappings/bibframe.md
/// publishes exactly the table this run measures, with every deliberate difference it uses explained.
/// </summary>
public sealed class BibframeAgreementTests
{
    [SkippableFact]
    public void Agreement_with_marc2bibframe2_meets_its_target_and_is_the_published_table()
    {
        PeerTool.Require("xsltproc");
        var result = AgreementRun.Measure(TestEnvironment.TestData("corpus", "marc"), TestEnvironment.RepoRoot);
        Assert.True(result.Matched > 900, $"only {result.Matched} records matched");
        Assert.True(result.Percent >= 95, AgreementReport.Summary(result));

        var doc = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "docs", "mappings", "bibframe.md"));
        Assert.Equal(AgreementReport.Table(result), AgreementReport.Published(doc));
        foreach (var rule in result.Differences.Select(d => d.Rule).OfType<string>().Distinct()) Assert.Contains("`" + rule + "`", doc, StringComparison.Ordinal);
    }
}
