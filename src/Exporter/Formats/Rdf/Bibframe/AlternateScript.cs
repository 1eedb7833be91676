using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf.Bibframe.Tables;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// 880 fields: the same data in its original script, linked by $6 (<c>245-01/$1</c>). Their values become the same
/// properties as the linked field's, tagged with a language built as marc2bibframe2 does (utils.xsl, xmllang): the
/// 008 language's tag and the script of $6 (<c>zh-hani</c>, <c>el-grek</c>; <c>zxx-</c> when the language is unknown).
/// </summary>
internal static class AlternateScript
{
    /// <summary>The 880 linked to <paramref name="field"/> through its $6, or null.</summary>
    public static DataField? Linked(MarcRecord record, DataField field)
    {
        var link = field['6'];
        if (link is null || link.Length < 6) return null;
        var key = string.Concat(field.Tag, link.AsSpan(3, 3));
        foreach (var f in record.DataFields("880"))
        {
            if (f['6'] is { Length: >= 6 } six && six.StartsWith(key, StringComparison.Ordinal)) return f;
        }

        return null;
    }

    /// <summary>The language tag of an 880's values, or null when its script is unknown.</summary>
    public static string? Language(MarcRecord record, DataField f880)
    {
        var six = f880['6'] ?? "";
        var slash = six.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return null;
        var script6 = six[(slash + 1)..];
        if (script6.IndexOf('/', StringComparison.Ordinal) is var end and >= 0) script6 = script6[..end];
        var f008 = record.ControlValue("008") ?? "";
        var lang008 = f008.Length >= 38 ? f008.Substring(35, 3) : "";
        var country = f008.Length >= 18 ? f008.Substring(15, 3) : "";
        var f041 = record.DataFields("041").SelectMany(f => f.Values('a')).ToList();
        var script = script6 switch
        {
            "(3" => "arab",
            "(B" => "latn",
            "$1" when lang008 == "kor" || country == "ko " || f041.Contains("kor") => "kore",
            "$1" when lang008 == "chi" || country is "cc " or "ch " || f041.Contains("chi") => "hani",
            "$1" => "jpan",
            "(N" => "cyrl",
            "(S" => "grek",
            "(2" => "hebr",
            "(4" when lang008 == "per" => "arab",
            { Length: 4 } s when s.All(char.IsAsciiLetter) => s.ToLowerInvariant(),
            _ => null,
        };
        if (script is null) return null;
        var rows = BibframeCodes.All("xmllang", lang008);
        var lang = rows.Count > 0 ? rows[0].Label : null;
        return string.IsNullOrEmpty(lang) || (lang == "en" && script != "latn") ? "zxx-" + script : lang + "-" + script;
    }
}
