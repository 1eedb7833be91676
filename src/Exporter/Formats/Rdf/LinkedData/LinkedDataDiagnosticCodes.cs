namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>Stable diagnostic codes of the linked-data formats (jsonld, turtle, ntriples, and any vocabulary in any RDF syntax) as record formats.</summary>
public static class LinkedDataDiagnosticCodes
{
    /// <summary>The input is larger than <see cref="Pipeline.ReadOptions.MaxRecordBytes"/> where it must be read whole.</summary>
    public const string TooLarge = "LD0001";

    /// <summary>The input is not valid UTF-8; reading stops there.</summary>
    public const string NotUtf8 = "LD0002";

    /// <summary>Nodes of a multi-record JSON-LD or RDF/XML document that no record references: one rejected record after the others, with their bytes (error).</summary>
    public const string Unattached = "LD0003";

    /// <summary>The input is not grouped by record (written by another tool): read as one record (info).</summary>
    public const string WholeDocument = "LD0004";

    /// <summary>A statement about a blank node the record had not referenced was kept with it (warning): the input may not be grouped by record.</summary>
    public const string StrayBlankNode = "LD0005";

    /// <summary>The data is of another known vocabulary (schema.org read as BIBFRAME, or the reverse); nothing is read and the run stops.</summary>
    public const string WrongVocabulary = "LD0006";

    /// <summary>A linked-data format was asked to write an RDF syntax it does not offer (<see cref="LinkedDataWriteOptions.Syntax"/>).</summary>
    public const string SyntaxNotOffered = "LD0007";
}
