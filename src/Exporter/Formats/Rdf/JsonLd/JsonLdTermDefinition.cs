namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>One processed term definition of an active context.</summary>
internal sealed record JsonLdTermDefinition
{
    /// <summary>The IRI, blank node identifier or keyword the term expands to; null when the term is mapped to null.</summary>
    public string? Iri { get; init; }

    /// <summary>True for a reverse property (<c>@reverse</c>).</summary>
    public bool IsReverse { get; init; }

    /// <summary><c>@id</c>, <c>@vocab</c> or a datatype IRI; null when values are not coerced.</summary>
    public string? TypeMapping { get; init; }

    /// <summary>The container mapping.</summary>
    public JsonLdContainer Container { get; init; }

    /// <summary>True when the definition has an <c>@language</c> entry (even <c>null</c>).</summary>
    public bool HasLanguageMapping { get; init; }

    /// <summary>The language of the <c>@language</c> entry (lower case), or null.</summary>
    public string? Language { get; init; }

    /// <summary>True when the term may be used as the prefix of a compact IRI.</summary>
    public bool IsPrefix { get; init; }
}
