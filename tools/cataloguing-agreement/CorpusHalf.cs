namespace Exporter.Tools.CataloguingAgreement;

/// <summary>Which half of the corpus a file belongs to (<see cref="CorpusSplit.HalfOf"/>).</summary>
public enum CorpusHalf
{
    /// <summary>Tables are mined from these files.</summary>
    Mining,

    /// <summary>Agreement is measured on these files' records (those not also in a mining file).</summary>
    HeldOut,
}
