namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>One syntax a linked-data format offers, and the output file extension it writes with (".bf.ttl").</summary>
internal sealed record RdfSyntaxOffer(IRdfSyntax Syntax, string Extension);
