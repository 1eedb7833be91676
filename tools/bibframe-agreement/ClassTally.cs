namespace Exporter.Tools.BibframeAgreement;

/// <summary>The counts of one class: facts both sides have, facts of one side only, and one-sided facts that are deliberate differences.</summary>
public sealed class ClassTally
{
    public long Agree { get; set; }

    public long LocOnly { get; set; }

    public long OursOnly { get; set; }

    public long Deliberate { get; set; }

    /// <summary>The fact checks: every fact of either side, a shared one once, deliberate differences left out.</summary>
    public long Checks => Agree + LocOnly + OursOnly;

    public double Percent => Checks == 0 ? 100 : 100.0 * Agree / Checks;
}
