using System.Text;

namespace Exporter.Formats.Rdf.NTriples;

/// <summary>Formats the triples of one graph as N-Triples lines; reusable, not thread-safe.</summary>
internal sealed class NTriplesTripleFormatter
{
    private readonly BlankNodeLabeller _labels = new();

    /// <summary>Appends every triple of <paramref name="graph"/>, one per line.</summary>
    public void AppendGraph(StringBuilder sb, RdfGraph graph, long graphOrdinal)
    {
        _labels.Reset(graphOrdinal);
        var triples = graph.Triples;
        for (var i = 0; i < triples.Count; i++)
        {
            var t = triples[i];
            AppendSubject(sb, t.Subject);
            sb.Append(' ');
            RdfTextEscaper.AppendAbsoluteIri(sb, t.Predicate.Value);
            sb.Append(' ');
            AppendObject(sb, t.Object);
            sb.Append(" .\n");
        }
    }

    private void AppendSubject(StringBuilder sb, RdfTerm term)
    {
        if (term is Literal) throw RdfTextEscaper.Unwritable("RDF0103", "a literal cannot be the subject of a triple");
        AppendObject(sb, term);
    }

    private void AppendObject(StringBuilder sb, RdfTerm term)
    {
        switch (term)
        {
            case Iri iri:
                RdfTextEscaper.AppendAbsoluteIri(sb, iri.Value);
                break;
            case BlankNode node:
                sb.Append("_:").Append(_labels.LabelOf(node));
                break;
            case Literal literal:
                AppendLiteral(sb, literal);
                break;
            default:
                throw RdfTextEscaper.Unwritable("RDF0104", $"unknown term type {term?.GetType().Name ?? "null"}");
        }
    }

    private static void AppendLiteral(StringBuilder sb, Literal literal)
    {
        sb.Append('"');
        RdfTextEscaper.AppendShortString(sb, literal.Lexical);
        sb.Append('"');
        if (literal.Language is { } language)
        {
            RdfTextEscaper.AppendLanguageTag(sb, language);
        }
        else if (!ReferenceEquals(literal.Datatype, Literal.XsdString) && literal.Datatype != Literal.XsdString)
        {
            sb.Append("^^");
            RdfTextEscaper.AppendAbsoluteIri(sb, literal.Datatype);
        }
    }
}
