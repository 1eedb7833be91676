using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// A node object at the top of a JSON-LD document (in its <c>@graph</c> or top-level array, not inside another node)
/// and the subjects of the triples it gave, nested nodes included: what tells which record a part of the document
/// belongs to.
/// </summary>
internal sealed class JsonLdTopNode(JObject node)
{
    /// <summary>The node object as parsed.</summary>
    public JObject Node => node;

    /// <summary>The subjects of the triples the node gave.</summary>
    public HashSet<RdfTerm> Subjects { get; } = [];
}
