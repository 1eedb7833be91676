namespace Exporter.Formats.Rdf;

/// <summary>
/// A literal: lexical form plus datatype IRI, or a language-tagged string (datatype rdf:langString).
/// Language tags are stored lower-cased so equality follows RDF 1.1 (tags compare case-insensitively).
/// </summary>
public sealed record Literal : RdfTerm
{
    /// <summary>xsd:string.</summary>
    public const string XsdString = "http://www.w3.org/2001/XMLSchema#string";

    /// <summary>rdf:langString.</summary>
    public const string RdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    /// <summary>The hash of <see cref="XsdString"/>, the datatype of most literals.</summary>
    private static readonly int XsdStringHash = TermHash.Of(XsdString);

    /// <summary>Creates a literal; a language tag forces rdf:langString.</summary>
    public Literal(string lexical, string? datatype = null, string? language = null)
    {
        Lexical = lexical;
        Language = string.IsNullOrEmpty(language) ? null : language.ToLowerInvariant();
        Datatype = Language is not null ? RdfLangString : datatype ?? XsdString;
    }

    /// <summary>The lexical form.</summary>
    public string Lexical { get; }

    /// <summary>The datatype IRI (xsd:string for simple literals, rdf:langString with a language).</summary>
    public string Datatype { get; }

    /// <summary>The language tag (lower case), or null.</summary>
    public string? Language { get; }

    /// <inheritdoc />
    public override string ToString() =>
        "\"" + Lexical + "\"" + (Language is not null ? "@" + Language : Datatype == XsdString ? "" : "^^<" + Datatype + ">");

    /// <summary>Equal lexical form, datatype and language tag (ordinal).</summary>
    public bool Equals(Literal? other) =>
        ReferenceEquals(this, other) || (other is not null && string.Equals(Lexical, other.Lexical, StringComparison.Ordinal)
            && string.Equals(Datatype, other.Datatype, StringComparison.Ordinal) && string.Equals(Language, other.Language, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(TermHash.Of(Lexical), ReferenceEquals(Datatype, XsdString) ? XsdStringHash : TermHash.Of(Datatype), Language is null ? 0 : TermHash.Of(Language));
}
