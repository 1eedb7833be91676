namespace Exporter.Pipeline;

/// <summary>What a conversion does with a record that cannot be read or written.</summary>
public enum ErrorPolicy
{
    /// <summary>Stop at the first bad record; the run fails and leaves no output behind (default).</summary>
    Fail,

    /// <summary>Go on; keep each bad record's raw bytes in the rejects file and report it.</summary>
    Skip,
}
