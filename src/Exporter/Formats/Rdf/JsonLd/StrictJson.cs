using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// Rejects what Newtonsoft's lenient parser lets through but JSON (RFC 8259) forbids: comments, empty array slots,
/// NaN/Infinity, constructors. (Unquoted or single-quoted names are not detected; see docs/formats/jsonld.md.)
/// </summary>
internal static class StrictJson
{
    public static void Check(JToken root)
    {
        var stack = new Stack<JToken>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var token = stack.Pop();
            switch (token.Type)
            {
                case JTokenType.Object or JTokenType.Array:
                    foreach (var child in ((JContainer)token).Children()) stack.Push(child);
                    break;
                case JTokenType.Property:
                    stack.Push(((JProperty)token).Value);
                    break;
                case JTokenType.Comment:
                    throw Invalid("comments are not JSON", token);
                case JTokenType.Undefined:
                    throw Invalid("missing value (empty array slot or 'undefined') is not JSON", token);
                case JTokenType.Constructor or JTokenType.Raw:
                    throw Invalid("constructors are not JSON", token);
                case JTokenType.Float when ((JValue)token).Value is double d && !double.IsFinite(d):
                    throw Invalid("NaN and Infinity are not JSON numbers", token);
            }
        }
    }

    private static JsonLdException Invalid(string message, JToken token) =>
        new(JsonLdDiagnosticCodes.InvalidJson, message, token);
}
