namespace Exporter.Formats.Rdf;

/// <summary>IRIs of the RDF and XSD terms the syntaxes give special treatment (<c>a</c>, collections, numbers).</summary>
public static class RdfNames
{
    /// <summary>The RDF namespace.</summary>
    public const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>The XML Schema datatypes namespace.</summary>
    public const string XsdNamespace = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>rdf:type.</summary>
    public const string Type = RdfNamespace + "type";

    /// <summary>rdf:first.</summary>
    public const string First = RdfNamespace + "first";

    /// <summary>rdf:rest.</summary>
    public const string Rest = RdfNamespace + "rest";

    /// <summary>rdf:nil.</summary>
    public const string Nil = RdfNamespace + "nil";

    /// <summary>xsd:integer.</summary>
    public const string XsdInteger = XsdNamespace + "integer";

    /// <summary>xsd:decimal.</summary>
    public const string XsdDecimal = XsdNamespace + "decimal";

    /// <summary>xsd:double.</summary>
    public const string XsdDouble = XsdNamespace + "double";

    /// <summary>xsd:boolean.</summary>
    public const string XsdBoolean = XsdNamespace + "boolean";

    /// <summary>rdf:type as a term.</summary>
    public static readonly Iri TypeIri = new(Type);

    /// <summary>rdf:first as a term.</summary>
    public static readonly Iri FirstIri = new(First);

    /// <summary>rdf:rest as a term.</summary>
    public static readonly Iri RestIri = new(Rest);

    /// <summary>rdf:nil as a term.</summary>
    public static readonly Iri NilIri = new(Nil);
}
