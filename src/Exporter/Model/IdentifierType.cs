namespace Exporter.Model;

/// <summary>Kinds of identifier the hub knows.</summary>
public enum IdentifierType
{
    /// <summary>The library's own catalog number (e.g. "CX7118").</summary>
    Local,
    Isbn,
    Issn,
    Lccn,
    Oclc,
    Doi,

    /// <summary>A web address of the record or resource.</summary>
    Url,
}
