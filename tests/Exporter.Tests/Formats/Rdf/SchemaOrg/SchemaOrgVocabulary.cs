using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

/// <summary>schema.org 30.0 classes (with superclasses) and properties (with domains), read from ../shared.</summary>
public sealed class SchemaOrgVocabulary
{
    private readonly Dictionary<string, List<string>> _superClasses = [];
    private readonly Dictionary<string, List<string>> _domains = [];

    public SchemaOrgVocabulary(string path)
    {
        var graph = (JArray)JObject.Parse(File.ReadAllText(path))["@graph"]!;
        foreach (var node in graph.OfType<JObject>())
        {
            var id = Local((string?)node["@id"]);
            if (id is null) continue;
            var types = node["@type"] is JArray a ? a.Select(t => (string)t!).ToList() : [(string?)node["@type"] ?? ""];
            if (types.Contains("rdfs:Class")) _superClasses[id] = Ids(node["rdfs:subClassOf"]);
            if (types.Contains("rdf:Property")) _domains[id] = Ids(node["schema:domainIncludes"]);
        }
    }

    public bool IsClass(string name) => _superClasses.ContainsKey(name);

    public bool IsProperty(string name) => _domains.ContainsKey(name);

    /// <summary>True when one of <paramref name="types"/> is, or is a subclass of, a domain of the property.</summary>
    public bool InDomain(string property, IEnumerable<string> types)
    {
        var domains = _domains[property];
        return types.Any(t => Ancestors(t).Any(domains.Contains));
    }

    public IEnumerable<string> Ancestors(string cls)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([cls]);
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            if (!seen.Add(c)) continue;
            yield return c;
            foreach (var s in _superClasses.GetValueOrDefault(c, [])) stack.Push(s);
        }
    }

    private static List<string> Ids(JToken? token) => token switch
    {
        JArray arr => [.. arr.Select(x => Local((string?)x["@id"])).OfType<string>()],
        JObject o => Local((string?)o["@id"]) is string s ? [s] : [],
        _ => [],
    };

    private static string? Local(string? id) => id is not null && id.StartsWith("schema:", StringComparison.Ordinal) ? id[7..] : null;
}
