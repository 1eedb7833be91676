namespace Exporter.Tools.CataloguingAgreement;

/// <summary>The counts stated at the top of the report.</summary>
public sealed record CorpusSummary(
    int Files, int Records, int Distinct, int MiningFiles, int MiningRecords, int HeldOutFiles, int HeldOutRecords, int SharedDropped, int PageFailures);
