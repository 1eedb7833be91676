namespace Exporter.Formats.Marc.Model;

/// <summary>How a MARC reader treats structural errors.</summary>
public enum MarcStrictness
{
    /// <summary>Any structural error rejects the record (default).</summary>
    Strict,

    /// <summary>Repair what can be repaired, report each repair as a warning; reject only what cannot be read.</summary>
    Permissive,
}
