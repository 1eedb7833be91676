namespace Exporter.Pipeline;

/// <summary>How readers treat structural problems.</summary>
public enum Strictness
{
    /// <summary>Any structural error rejects the record (default).</summary>
    Strict,

    /// <summary>Repair what can be repaired, report each repair as a warning, reject only what cannot be read.</summary>
    Permissive,
}
