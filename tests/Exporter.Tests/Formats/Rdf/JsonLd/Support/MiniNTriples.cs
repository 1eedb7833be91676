using System.Text;
using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf.JsonLd.Support;

/// <summary>A tiny N-Triples line parser for expected graphs in tests (IRIs, blank nodes, literals with \" \\ \n \t escapes).</summary>
public static class MiniNTriples
{
    public static RdfGraph Parse(string text)
    {
        var g = new RdfGraph();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var i = 0;
            var s = Term(line, ref i);
            var p = (Iri)Term(line, ref i);
            var o = Term(line, ref i);
            g.Add(s, p, o);
        }

        return g;
    }

    private static RdfTerm Term(string line, ref int i)
    {
        while (line[i] == ' ') i++;
        if (line[i] == '<')
        {
            var end = line.IndexOf('>', i);
            var iri = line[(i + 1)..end];
            i = end + 1;
            return new Iri(iri);
        }

        if (line[i] == '_')
        {
            var end = line.IndexOf(' ', i);
            var label = line[(i + 2)..end];
            i = end;
            return new BlankNode(label);
        }

        var sb = new StringBuilder();
        i++;
        while (line[i] != '"')
        {
            if (line[i] == '\\')
            {
                i++;
                sb.Append(line[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => line[i] });
            }
            else
            {
                sb.Append(line[i]);
            }

            i++;
        }

        i++;
        if (line[i] == '@')
        {
            var end = line.IndexOf(' ', i);
            var lang = line[(i + 1)..end];
            i = end;
            return new Literal(sb.ToString(), null, lang);
        }

        if (line[i] == '^')
        {
            i += 2;
            var dt = (Iri)Term(line, ref i);
            return new Literal(sb.ToString(), dt.Value);
        }

        return new Literal(sb.ToString());
    }
}
