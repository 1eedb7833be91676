namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>What the reader does with a record (document or line) that has an error.</summary>
public enum JsonLdInvalidRecordHandling
{
    /// <summary>Report the error and throw <see cref="Diagnostics.RecordFormatException"/> (default: strict).</summary>
    Throw,

    /// <summary>Report the error, skip the record and go on with the next line (permissive).</summary>
    Skip,
}
