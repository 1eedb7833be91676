using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>The options of linked-data formats, declared once (<see cref="FormatOption"/>).</summary>
internal static class LinkedDataFormatOptions
{
    /// <summary>--rdf-syntax: the syntax of a format that offers several (bibframe); the output extension follows it.</summary>
    public static readonly FormatOption RdfSyntax = FormatOption
        .Choice("--rdf-syntax", "RDF syntax of linked-data formats that offer several (bibframe: rdfxml by default); turtle, ntriples, jsonld or rdfxml; the output extension follows it (.bf.ttl). Formats of one syntax (jsonld, turtle, ntriples) ignore it",
            "CLI0044", "turtle", "ntriples", "jsonld", "rdfxml")
        .Writing<LinkedDataWriteOptions>((o, v) => o with { Syntax = Kind(v) });

    /// <summary>The options of a format offering several syntaxes.</summary>
    public static IReadOnlyList<FormatOption> SeveralSyntaxes { get; } = [RdfSyntax];

    private static RdfSyntaxKind Kind(string value) => value switch
    {
        "turtle" => RdfSyntaxKind.Turtle,
        "ntriples" => RdfSyntaxKind.NTriples,
        "jsonld" => RdfSyntaxKind.JsonLd,
        _ => RdfSyntaxKind.RdfXml,
    };
}
