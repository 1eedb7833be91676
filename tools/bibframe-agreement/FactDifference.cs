namespace Exporter.Tools.BibframeAgreement;

/// <summary>One fact that only one side has: <c>loc</c> (marc2bibframe2) or <c>ours</c>, and the deliberate difference it falls under, if any.</summary>
public sealed record FactDifference(string File, string Record, string Class, string Side, string Fact, string? Rule)
{
    public override string ToString() => string.Join('\t', Class, Side, Rule ?? "-", File, Record, Fact);
}
