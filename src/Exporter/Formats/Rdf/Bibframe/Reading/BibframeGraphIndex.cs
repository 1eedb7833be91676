namespace Exporter.Formats.Rdf.Bibframe.Reading;

/// <summary>
/// One record's BIBFRAME graph grouped by subject, in graph order, with the small look-ups the reader needs: objects of
/// a property, the first literal, the classes of a node, the members of an rdf:List.
/// </summary>
internal sealed class BibframeGraphIndex
{
    private readonly Dictionary<RdfTerm, List<(string Predicate, RdfTerm Object)>> _bySubject = [];

    public BibframeGraphIndex(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var t in graph.Triples)
        {
            if (!_bySubject.TryGetValue(t.Subject, out var list)) _bySubject[t.Subject] = list = [];
            list.Add((t.Predicate.Value, t.Object));
        }
    }

    /// <summary>The subjects, in the order of their first triple.</summary>
    public IEnumerable<RdfTerm> Subjects => _bySubject.Keys;

    /// <summary>The objects of <paramref name="predicate"/> (a full IRI) on <paramref name="subject"/>, in graph order, once each.</summary>
    public IEnumerable<RdfTerm> Objects(RdfTerm subject, string predicate)
    {
        if (!_bySubject.TryGetValue(subject, out var list)) yield break;
        HashSet<RdfTerm>? seen = null;
        foreach (var (p, o) in list)
        {
            if (p == predicate && (seen ??= []).Add(o)) yield return o;
        }
    }

    /// <summary>The literal values of <paramref name="predicate"/>, those without a language tag (the transcription) first.</summary>
    public IEnumerable<string> Texts(RdfTerm subject, string predicate)
    {
        var literals = Objects(subject, predicate).OfType<Literal>().ToList();
        return literals.Where(l => l.Language is null).Concat(literals.Where(l => l.Language is not null)).Select(l => l.Lexical);
    }

    /// <summary>The first literal value of <paramref name="predicate"/> (see <see cref="Texts"/>), or null.</summary>
    public string? Text(RdfTerm subject, string predicate) => Texts(subject, predicate).FirstOrDefault();

    /// <summary>The rdf:type IRIs of a node.</summary>
    public IEnumerable<string> Types(RdfTerm subject) => Objects(subject, RdfNames.TypeIri.Value).OfType<Iri>().Select(i => i.Value);

    /// <summary>True when the node has the class <paramref name="iri"/>.</summary>
    public bool Is(RdfTerm subject, string iri) => Types(subject).Contains(iri);

    /// <summary>The members of the rdf:List starting at <paramref name="head"/> (a cycle or a broken cell ends the walk).</summary>
    public IEnumerable<RdfTerm> List(RdfTerm head)
    {
        var seen = new HashSet<RdfTerm>();
        var cell = head;
        while (cell is not Iri { Value: RdfNames.Nil } && seen.Add(cell))
        {
            if (Objects(cell, RdfNames.First).FirstOrDefault() is not { } first) yield break;
            yield return first;
            if (Objects(cell, RdfNames.Rest).FirstOrDefault() is not { } rest) yield break;
            cell = rest;
        }
    }
}
