namespace Exporter.Jobs;

/// <summary>How a run ended, which decides what it commits (see <see cref="JobOutputs"/>).</summary>
public enum JobOutcome
{
    /// <summary>Every input done: everything is committed.</summary>
    Completed,

    /// <summary>Stopped at a bad record (fail policy): no output file, but the report and rejects say why.</summary>
    Stopped,

    /// <summary>Ctrl-C or SIGTERM: the inputs finished before are committed, with the report and rejects.</summary>
    Interrupted,

    /// <summary>An I/O error: as interrupted.</summary>
    Failed,
}
