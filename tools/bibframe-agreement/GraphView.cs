using Exporter.Formats.Rdf;

namespace Exporter.Tools.BibframeAgreement;

/// <summary>A graph indexed by subject, with the lookups the fact extraction needs.</summary>
public sealed class GraphView
{
    public const string Bf = "http://id.loc.gov/ontologies/bibframe/";
    public const string Bflc = "http://id.loc.gov/ontologies/bflc/";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Mads = "http://www.loc.gov/mads/rdf/v1#";
    public const string RdfValue = RdfNames.RdfNamespace + "value";

    private readonly Dictionary<RdfTerm, List<Triple>> _bySubject = [];

    public GraphView(RdfGraph graph)
    {
        foreach (var t in graph.Triples)
        {
            if (!_bySubject.TryGetValue(t.Subject, out var list)) _bySubject.Add(t.Subject, list = []);
            list.Add(t);
        }

        Subjects = [.. _bySubject.Keys];
    }

    public IReadOnlyList<RdfTerm> Subjects { get; }

    /// <summary>The objects of <paramref name="subject"/> by <paramref name="predicate"/>, in order.</summary>
    public IEnumerable<RdfTerm> Objects(RdfTerm subject, string predicate)
    {
        if (!_bySubject.TryGetValue(subject, out var list)) yield break;
        foreach (var t in list)
        {
            if (t.Predicate.Value == predicate) yield return t.Object;
        }
    }

    /// <summary>The lexical forms of the literal objects.</summary>
    public IEnumerable<string> Texts(RdfTerm subject, string predicate) => Objects(subject, predicate).OfType<Literal>().Select(l => l.Lexical);

    /// <summary>The type IRIs of a node.</summary>
    public IEnumerable<string> Types(RdfTerm subject) => Objects(subject, RdfNames.Type).OfType<Iri>().Select(i => i.Value);

    public bool HasType(RdfTerm subject, string type) => Types(subject).Contains(type);

    /// <summary>The node's rdfs:label values, else its madsrdf:authoritativeLabel values.</summary>
    public List<string> Labels(RdfTerm subject)
    {
        var labels = Texts(subject, Rdfs + "label").ToList();
        return labels.Count > 0 ? labels : [.. Texts(subject, Mads + "authoritativeLabel")];
    }
}
