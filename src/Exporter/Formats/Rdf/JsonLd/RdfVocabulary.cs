namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>The RDF and XSD IRIs the JSON-LD codec itself needs.</summary>
internal static class RdfVocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Type = Rdf + "type";
    public const string First = Rdf + "first";
    public const string Rest = Rdf + "rest";
    public const string Nil = Rdf + "nil";
    public const string XsdInteger = Xsd + "integer";
    public const string XsdDouble = Xsd + "double";
    public const string XsdBoolean = Xsd + "boolean";

    public static readonly Iri TypeIri = new(Type);
    public static readonly Iri FirstIri = new(First);
    public static readonly Iri RestIri = new(Rest);
    public static readonly Iri NilIri = new(Nil);
}
