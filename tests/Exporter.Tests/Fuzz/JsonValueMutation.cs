using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Fuzz;

/// <summary>
/// A structure-aware mutation for JSON inputs: one value of a well-formed line (or document) is replaced by a value of
/// another type (a number where a string was, an array of numbers, an object, deep nesting). Byte mutations rarely
/// keep JSON well-formed, so without this the record parsers behind the JSON parser are barely reached.
/// </summary>
public static class JsonValueMutation
{
    private static readonly string[] Values =
    [
        "1", "-1", "0", "1.5", "1e308", "12345678901234567890", "true", "false", "null", "\"\"", "\"x\"", "\"\\u0000\"", "\"\\ud800\"",
        "[]", "{}", "[1]", "[\"a\",2]", "[[]]", "[{}]", "{\"a\":1}", "{\"@value\":1}", "{\"@id\":\"\"}", "{\"@list\":[]}", "[null]",
        "\"9999-99-99\"", "\"-\"", "\"http://\"", "\"_:b\"",
    ];

    /// <summary>Replaces one value of one JSON line (or the whole document) chosen by <paramref name="random"/>.</summary>
    public static byte[] Mutate(byte[] data, Random random)
    {
        var text = Encoding.UTF8.GetString(data);
        var lines = text.Split('\n');
        var index = random.Next(lines.Length);
        var root = TryParse(text);
        var whole = root is not null;
        root ??= TryParse(lines[index]);
        if (root is null) return data;

        var tokens = root is JContainer c ? c.DescendantsAndSelf().Where(t => t is JValue or JArray or JObject).ToList() : [root];
        var target = tokens[random.Next(tokens.Count)];
        var replacement = random.Next(8) == 0 ? Nested(random) : JToken.Parse(Values[random.Next(Values.Length)]);
        if (ReferenceEquals(target, root)) root = replacement;
        else target.Replace(replacement);
        var json = root.ToString(Formatting.None);
        if (whole) return Encoding.UTF8.GetBytes(json);
        lines[index] = json;
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static JToken? TryParse(string text)
    {
        try
        {
            return JToken.Parse(text);
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    private static JToken Nested(Random random)
    {
        JToken token = new JValue("x");
        var depth = random.Next(2, 300);
        for (var i = 0; i < depth; i++) token = random.Next(2) == 0 ? new JArray(token) : new JObject { ["a"] = token };
        return token;
    }
}
