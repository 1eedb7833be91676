using Exporter.Tools.CataloguingAgreement;

namespace Exporter.Tests.Tools.CataloguingAgreement;

public class AgreementReportTests
{
    [Fact]
    public void Table_counts_agreements_and_leaves_not_stated_out()
    {
        FieldCheck[] checks =
        [
            new(AgreementClasses.Extent300, "$a", CheckOutcome.Agree, "1 v", "1 v"),
            new(AgreementClasses.Extent300, "$c", CheckOutcome.Disagree, "25 cm", ""),
            new(AgreementClasses.Extent300, "$3", CheckOutcome.NotStated, "x", ""),
        ];
        var md = AgreementReport.Write(checks, new CorpusSummary(1, 1, 1, 0, 0, 1, 1, 0, 0));
        Assert.Contains("| 300 $a $b $c $e | 2 | 1 | 50.0% | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("All checks: 1 of 2 agree (50.0%)", md, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project tools/cataloguing-agreement -- measure", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Shape_groups_differences_of_one_kind() =>
        Assert.Equal(AgreementReport.Shape("650 _0 $a Urban poor $z Tanzania"), AgreementReport.Shape("650 _0 $a Postcolonialism $z India"));
}
