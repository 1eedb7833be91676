using System.Globalization;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// Triples grouped by subject, in graph order, with schema.org accepted under http:// as well as https://, and
/// list nodes sorted by the number at the end of their IRI (#agent-2 before #agent-10; others keep graph order).
/// </summary>
internal sealed class GraphIndex
{
    private readonly Dictionary<RdfTerm, List<(string Predicate, RdfTerm Object)>> _bySubject = [];
    private readonly Dictionary<RdfTerm, int> _position = [];

    public GraphIndex(RdfGraph graph)
    {
        foreach (var t in graph.Triples)
        {
            if (!_bySubject.TryGetValue(t.Subject, out var list))
            {
                _bySubject[t.Subject] = list = [];
                _position[t.Subject] = _position.Count;
            }

            list.Add((Normalize(t.Predicate.Value), t.Object is Iri i ? new Iri(Normalize(i.Value)) : t.Object));
        }
    }

    public IEnumerable<RdfTerm> Subjects => _bySubject.Keys;

    /// <summary>Where a node is first a subject in the graph (0, 1, ...); int.MaxValue for a node never described.</summary>
    public int Position(RdfTerm node) => _position.GetValueOrDefault(node, int.MaxValue);

    public static string Normalize(string iri) => iri.StartsWith("http://schema.org/", StringComparison.Ordinal) ? "https://" + iri[7..] : iri;

    public IEnumerable<RdfTerm> Objects(RdfTerm subject, string schemaProperty) => Objects(subject, Vocab.Schema + schemaProperty, true);

    public IEnumerable<RdfTerm> Objects(RdfTerm subject, string predicate, bool full)
    {
        if (!_bySubject.TryGetValue(subject, out var list)) yield break;
        foreach (var (p, o) in list)
        {
            if (p == predicate) yield return o;
        }
    }

    public IEnumerable<(string Predicate, RdfTerm Object)> Properties(RdfTerm subject) =>
        _bySubject.TryGetValue(subject, out var list) ? list : [];

    public string? Text(RdfTerm subject, string schemaProperty) =>
        Objects(subject, schemaProperty).Select(o => o switch { Literal l => l.Lexical, Iri i => i.Value, _ => null }).FirstOrDefault(v => v is not null);

    public IEnumerable<string> Texts(RdfTerm subject, string schemaProperty) =>
        Objects(subject, schemaProperty).OfType<Literal>().Select(l => l.Lexical);

    public IEnumerable<string> Types(RdfTerm subject) =>
        Objects(subject, Vocab.Type.Value, true).OfType<Iri>().Select(i => i.Value.StartsWith(Vocab.Schema, StringComparison.Ordinal) ? i.Value[Vocab.Schema.Length..] : i.Value);

    public bool HasType(RdfTerm subject, string schemaClass) => Types(subject).Contains(schemaClass);

    /// <summary>Objects of a property, ordered by the numbers at the end of their IRIs where they have them.</summary>
    public List<RdfTerm> Ordered(RdfTerm subject, string schemaProperty) =>
        [.. Objects(subject, schemaProperty).Distinct().Select((o, i) => (o, i)).OrderBy(x => Key(x.o)).ThenBy(x => x.i).Select(x => x.o)];

    private static (long, long) Key(RdfTerm term)
    {
        if (term is not Iri iri) return (long.MaxValue, 0);
        var hash = iri.Value.LastIndexOf('#');
        if (hash < 0) return (long.MaxValue, 0);
        var numbers = iri.Value[(hash + 1)..].Split('-', 'p').Where(s => s.Length > 0 && s.All(char.IsAsciiDigit) && s.Length < 12).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList();
        return numbers.Count == 0 ? (long.MaxValue, 0) : (numbers[^1], 0);
    }
}
