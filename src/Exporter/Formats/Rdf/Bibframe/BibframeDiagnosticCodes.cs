namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Stable diagnostic codes of the BIBFRAME crosswalk and format.</summary>
internal static class BibframeDiagnosticCodes
{
    /// <summary>A record without 001: its IRIs come from a hash of its content (warning).</summary>
    public const string NoControlNumber = "BF0001";

    /// <summary>Characters no RDF syntax can carry in a literal were replaced by U+FFFD (warning).</summary>
    public const string IllegalCharacter = "BF0003";

    /// <summary>A graph read as BIBFRAME holds no bf:Work and no bf:Instance (error: the record is rejected).</summary>
    public const string NoWorkOrInstance = "BF0004";
}
