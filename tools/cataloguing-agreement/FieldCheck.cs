namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// One comparison of the original record with the MARC made from its catalog page: the class it counts in (e.g.
/// "300"), the aspect checked (e.g. "$b"), the outcome and both values as compared (after normalization).
/// </summary>
public sealed record FieldCheck(string Class, string Aspect, CheckOutcome Outcome, string Original, string Result)
{
    /// <summary>The record the check was made on (file and 001), for the examples.</summary>
    public string Record { get; init; } = "";
}
