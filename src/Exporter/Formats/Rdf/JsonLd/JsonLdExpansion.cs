namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>How a string is expanded to an IRI (the "vocab" and "document relative" flags of IRI expansion).</summary>
internal enum JsonLdExpansion
{
    /// <summary>Resolve against the base IRI (values of <c>@id</c>).</summary>
    Document,

    /// <summary>Terms and <c>@vocab</c> apply (keys).</summary>
    Vocab,

    /// <summary>Terms and <c>@vocab</c> apply, else resolve against the base (values of <c>@type</c>).</summary>
    VocabAndDocument,
}
