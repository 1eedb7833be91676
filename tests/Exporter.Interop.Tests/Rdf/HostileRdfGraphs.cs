using System.Globalization;
using System.Text;
using Exporter.Formats.Rdf;

namespace Exporter.Interop.Tests.Rdf;

/// <summary>
/// Deterministic (seeded) record-sized graphs full of what breaks RDF serialisers: quotes, backslashes, line
/// breaks, control characters, non-Latin scripts, astral characters, every literal kind, shared, cyclic and
/// nested blank nodes, local names with dots and colons.
/// </summary>
public static class HostileRdfGraphs
{
    public const string BaseIri = "http://example.org/records/";

    private static readonly string[] Strings =
    [
        "plain", "", "\"", "\"\"\"", "'''", "ends with quote\"", "\"starts", "back\\slash\\", "\\u0041 is not A",
        "line\nfeed", "crlf\r\nend", "\n", "tab\tchar", "bell\u0007nul\u0001del\u007F", "Ελληνικά", "中文字符", "עברית",
        "العربية", "Русский", "😀 emoji", "𝄞 clef", "mixed \"q\" \\ \n 日本 😀", "# not a comment", "@prefix x: <y> .",
        "a\"\"\"b", "x'''y", "trailing space ", "ça va? — “curly” quotes", "\u00A0nbsp", "\uFEFFbom-char",
    ];

    private static readonly string[] Locals = ["name", "a.b", "c:d", "x_y", "0lead", "Ω", "日本", "😀x", "é-1", "with/slash", "q?x=1", "sp%20"];
    private static readonly string[] Namespaces = ["https://schema.org/", BaseIri, "http://example.org/v#", "urn:x-local:"];
    private static readonly string[] Languages = ["en", "fr-ca", "zh-hant-tw", "x-private1", "de-1996"];

    private static readonly (string Lexical, string Datatype)[] Typed =
    [
        ("42", RdfNames.XsdInteger), ("-7", RdfNames.XsdInteger), ("0", RdfNames.XsdInteger), ("007", RdfNames.XsdInteger),
        ("+3", RdfNames.XsdInteger), ("true", RdfNames.XsdBoolean), ("false", RdfNames.XsdBoolean), ("1.50", RdfNames.XsdDecimal),
        ("-.5", RdfNames.XsdDecimal), ("1.0E3", RdfNames.XsdDouble), ("INF", RdfNames.XsdDouble),
        ("1999-12-31", "http://www.w3.org/2001/XMLSchema#date"), ("P1Y", "http://www.w3.org/2001/XMLSchema#duration"),
        ("custom \"value\"\n", "http://example.org/v#Custom"),
    ];

    /// <summary>Graphs for one document, from a seed.</summary>
    public static List<RdfGraph> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var graphs = new List<RdfGraph>(count);
        for (var i = 0; i < count; i++) graphs.Add(Record(random, i));
        return graphs;
    }

    /// <summary>
    /// The graphs without triples whose literal (lexical form or datatype) holds <paramref name="character"/>, to
    /// step around a peer's known bug: rdflib before 6.2 decodes N-Triples escapes twice (<c>"\\u0041"</c> becomes
    /// "A"; RDFLib/rdflib pull request 1663), and raptor cuts strings at U+0000 (C strings).
    /// </summary>
    public static List<RdfGraph> WithoutLiteralsContaining(IEnumerable<RdfGraph> graphs, char character)
    {
        var result = new List<RdfGraph>();
        foreach (var g in graphs)
        {
            var kept = new RdfGraph();
            foreach (var t in g.Triples)
            {
                if (t.Object is not Literal l || (!l.Lexical.Contains(character, StringComparison.Ordinal) && !l.Datatype.Contains(character, StringComparison.Ordinal))) kept.Add(t);
            }

            result.Add(kept);
        }

        return result;
    }

    /// <summary>The union a streaming writer means: graph i's blank nodes are its own.</summary>
    public static RdfGraph Union(IReadOnlyList<RdfGraph> graphs)
    {
        var union = new RdfGraph();
        for (var i = 0; i < graphs.Count; i++)
        {
            foreach (var t in graphs[i].Triples) union.Add(Scope(t.Subject, i), t.Predicate, Scope(t.Object, i));
        }

        return union;
    }

    private static RdfGraph Record(Random random, int index)
    {
        var g = new RdfGraph();
        var work = new Iri(BaseIri + index.ToString(CultureInfo.InvariantCulture) + "#work");
        g.Add(work, RdfNames.TypeIri, new Iri("https://schema.org/Book"));
        var blanks = new BlankNode[random.Next(1, 5)];
        for (var b = 0; b < blanks.Length; b++) blanks[b] = new BlankNode("n" + b);
        g.Add(work, Predicate(random), blanks[0]);
        var triples = random.Next(5, 25);
        for (var t = 0; t < triples; t++)
        {
            RdfTerm subject = random.Next(3) == 0 ? blanks[random.Next(blanks.Length)] : work;
            g.Add(subject, Predicate(random), Object(random, blanks));
        }

        if (random.Next(4) == 0) g.Add(blanks[^1], Predicate(random), blanks[0]);
        if (random.Next(3) == 0) AddList(g, random, work);
        return g;
    }

    private static void AddList(RdfGraph g, Random random, Iri owner)
    {
        RdfTerm next = RdfNames.NilIri;
        var items = random.Next(1, 5);
        for (var i = 0; i < items; i++)
        {
            var cell = new BlankNode("list" + i);
            g.Add(cell, RdfNames.FirstIri, random.Next(2) == 0 ? new Literal(Text(random)) : Predicate(random));
            g.Add(cell, RdfNames.RestIri, next);
            next = cell;
        }

        g.Add(owner, Predicate(random), next);
    }

    private static Iri Predicate(Random random) => new(Namespaces[random.Next(Namespaces.Length)] + Locals[random.Next(Locals.Length)]);

    private static RdfTerm Object(Random random, BlankNode[] blanks) => random.Next(8) switch
    {
        0 => new Iri(Namespaces[random.Next(Namespaces.Length)] + Locals[random.Next(Locals.Length)]),
        1 => blanks[random.Next(blanks.Length)],
        2 => new Literal(Text(random), language: Languages[random.Next(Languages.Length)]),
        3 or 4 => Typed[random.Next(Typed.Length)] is var (lexical, datatype) ? new Literal(lexical, datatype) : null!,
        _ => new Literal(Text(random)),
    };

    private static string Text(Random random)
    {
        var sb = new StringBuilder();
        var parts = random.Next(1, 4);
        for (var i = 0; i < parts; i++) sb.Append(Strings[random.Next(Strings.Length)]);
        return sb.ToString();
    }

    private static RdfTerm Scope(RdfTerm term, int graph) => term is BlankNode b ? new BlankNode($"{graph}.{b.Label}") : term;
}
