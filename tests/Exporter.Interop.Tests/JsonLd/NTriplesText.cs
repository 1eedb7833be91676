using System.Globalization;
using System.Text;
using Exporter.Formats.Rdf;

namespace Exporter.Interop.Tests.JsonLd;

/// <summary>A test-local N-Triples writer (so interop checks do not depend on the project's own Turtle/N-Triples code).</summary>
public static class NTriplesText
{
    public static string Write(RdfGraph graph)
    {
        var sb = new StringBuilder();
        foreach (var t in graph.Triples)
        {
            Term(sb, t.Subject);
            sb.Append(' ');
            Term(sb, t.Predicate);
            sb.Append(' ');
            Term(sb, t.Object);
            sb.Append(" .\n");
        }

        return sb.ToString();
    }

    private static void Term(StringBuilder sb, RdfTerm term)
    {
        switch (term)
        {
            case Iri i:
                sb.Append('<').Append(i.Value).Append('>');
                break;
            case BlankNode b:
                sb.Append("_:x");
                foreach (var c in b.Label) sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_').Append(((int)c).ToString("x", CultureInfo.InvariantCulture));
                break;
            case Literal l:
                sb.Append('"');
                foreach (var c in l.Lexical)
                {
                    switch (c)
                    {
                        case '"': sb.Append("\\\""); break;
                        case '\\': sb.Append("\\u005C"); break; // not "\\\\": rdflib 6 decodes \\u0041 in "\\\\u0041" first
                        case '\n': sb.Append("\\n"); break;
                        case '\r': sb.Append("\\r"); break;
                        default:
                            if (c < ' ' || c == '\u007f') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                            else sb.Append(c);
                            break;
                    }
                }

                sb.Append('"');
                if (l.Language is not null) sb.Append('@').Append(l.Language);
                else if (l.Datatype != Literal.XsdString) sb.Append("^^<").Append(l.Datatype).Append('>');
                break;
        }
    }
}
