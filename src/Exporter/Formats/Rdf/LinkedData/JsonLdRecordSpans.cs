using System.Text.Json;
using Exporter.Formats.Rdf.JsonLd;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// The input bytes of each record of a JSON-LD document split into records (<see cref="GraphSplitter"/>): the byte
/// spans of the top-level node objects whose triples it holds. Nodes with only blanks and commas between them are one
/// span; a record whose nodes lie apart has several; a node shared by records lies in each of them.
/// </summary>
internal static class JsonLdRecordSpans
{
    /// <summary>Each record's spans (start, end) in input order and the line of its first node; null when the bytes
    /// cannot be matched to the parsed document (JSON that only a lenient parser takes).</summary>
    public static (List<(long Start, long End)> Spans, int? Line)[]? Find(byte[] bytes, IReadOnlyList<JsonLdTopNode> nodes, IReadOnlyDictionary<RdfTerm, List<int>> owners, int records)
    {
        var spans = NodeSpans(bytes, nodes);
        if (spans is null) return null;
        var result = new (List<(long Start, long End)> Spans, int? Line)[records];
        for (var r = 0; r < records; r++) result[r] = ([], null);
        for (var n = 0; n < nodes.Count; n++)
        {
            var mine = nodes[n].Subjects.Where(owners.ContainsKey).SelectMany(s => owners[s]).Distinct().Order();
            foreach (var r in mine)
            {
                Append(result[r].Spans, spans[n], bytes);
                result[r].Line ??= ((IJsonLineInfo)nodes[n].Node).HasLineInfo() ? ((IJsonLineInfo)nodes[n].Node).LineNumber : null;
            }
        }

        return result;
    }

    private static void Append(List<(long Start, long End)> spans, (long Start, long End) span, byte[] bytes)
    {
        if (spans.Count > 0 && bytes.AsSpan((int)spans[^1].End, (int)(span.Start - spans[^1].End)).IndexOfAnyExcept(" \t\r\n,"u8) < 0)
            spans[^1] = (spans[^1].Start, span.End);
        else
            spans.Add(span);
    }

    /// <summary>Where each node object lies: the JSON objects of the bytes, in the order they open, matched to the
    /// parsed tree's objects in document order.</summary>
    private static (long Start, long End)[]? NodeSpans(byte[] bytes, IReadOnlyList<JsonLdTopNode> nodes)
    {
        if (nodes.Count == 0) return [];
        var objects = ObjectSpans(bytes);
        if (objects is null || nodes[0].Node.Root is not JContainer root) return null;
        var order = new Dictionary<JObject, int>(ReferenceEqualityComparer.Instance);
        foreach (var o in root.DescendantsAndSelf().OfType<JObject>()) order[o] = order.Count;
        if (order.Count != objects.Count || !nodes.All(n => order.ContainsKey(n.Node))) return null;
        return [.. nodes.Select(n => objects[order[n.Node]])];
    }

    private static List<(long Start, long End)>? ObjectSpans(byte[] bytes)
    {
        var bom = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(bytes.AsSpan(bom), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 1000 });
        var spans = new List<(long Start, long End)>();
        var open = new Stack<int>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    open.Push(spans.Count);
                    spans.Add((bom + reader.TokenStartIndex, -1));
                }
                else if (reader.TokenType == JsonTokenType.EndObject)
                {
                    var k = open.Pop();
                    spans[k] = (spans[k].Start, bom + reader.TokenStartIndex + 1);
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        return spans;
    }
}
