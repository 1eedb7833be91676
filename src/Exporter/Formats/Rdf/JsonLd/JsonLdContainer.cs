namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>The container mapping of a term definition (the subset this codec supports).</summary>
internal enum JsonLdContainer
{
    /// <summary>No container: arrays are unordered sets of values.</summary>
    None,

    /// <summary><c>@set</c>: like none, but compacted values stay arrays.</summary>
    Set,

    /// <summary><c>@list</c>: an array is an ordered RDF collection (rdf:first/rdf:rest).</summary>
    List,

    /// <summary><c>@language</c>: an object maps language tags to strings.</summary>
    Language,
}
