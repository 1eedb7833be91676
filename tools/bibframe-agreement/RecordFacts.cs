namespace Exporter.Tools.BibframeAgreement;

/// <summary>The facts of one record, per class, as multisets of normalized strings.</summary>
public sealed class RecordFacts
{
    private readonly Dictionary<string, List<string>> _facts = [];

    public IReadOnlyList<string> Of(string factClass) => _facts.TryGetValue(factClass, out var list) ? list : [];

    public void Add(string factClass, string fact)
    {
        if (fact.Length == 0) return;
        if (!_facts.TryGetValue(factClass, out var list)) _facts.Add(factClass, list = []);
        list.Add(fact);
    }

    /// <summary>Adds a fact once (set semantics: provision activities, whose date marc2bibframe2 repeats in two nodes).</summary>
    public void AddOnce(string factClass, string fact)
    {
        if (!Of(factClass).Contains(fact)) Add(factClass, fact);
    }
}
