namespace Exporter.Tools.BibframeAgreement;

/// <summary>What a measure found: per-class tallies, the one-sided facts, and how many files and records were compared.</summary>
public sealed class AgreementResult
{
    public Dictionary<string, ClassTally> Classes { get; } = FactClass.All.ToDictionary(c => c, _ => new ClassTally(), StringComparer.Ordinal);

    public List<FactDifference> Differences { get; } = [];

    public int Files { get; set; }

    public List<string> FilesLocFailed { get; } = [];

    public long Matched { get; set; }

    public long LocOnlyRecords { get; set; }

    public long OursOnlyRecords { get; set; }

    public long Unkeyed { get; set; }

    /// <summary>Records with a 001 repeated in their file that are not matched: the two sides have a different number of records with it.</summary>
    public long Ambiguous { get; set; }

    /// <summary>Records with a 001 repeated in their file, matched by their place among the file's records with that 001.</summary>
    public long MatchedByPlace { get; set; }

    public long Agree => Classes.Values.Sum(c => c.Agree);

    public long Checks => Classes.Values.Sum(c => c.Checks);

    public double Percent => Checks == 0 ? 100 : 100.0 * Agree / Checks;
}
