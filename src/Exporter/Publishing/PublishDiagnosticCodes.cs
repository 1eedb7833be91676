namespace Exporter.Publishing;

/// <summary>The stable codes of publishing's own diagnostics.</summary>
public static class PublishDiagnosticCodes
{
    /// <summary>A record id that cannot name a page (characters outside letters, digits, '.', '_', '-'; too long; a leading '.'): the record is rejected.</summary>
    public const string UnsafeId = "PUB0001";

    /// <summary>Two records whose pages would have the same path: the run stops, the previous site stays.</summary>
    public const string PathTaken = "PUB0002";
}
