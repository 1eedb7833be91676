using System.Collections.Frozen;
using Exporter.Model;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Resource type to and from dc:type (mapping table rows "type"): the DCMI Type term, plus the catalog's own word when it
/// says more (Book -> "Text" + "Book"), so our own output reads back exactly and generic DC still gets a type.
/// </summary>
internal static class DcResourceTypes
{
    // Words met in harvested DC (LoC MARC21slim2OAIDC.xsl, repositories) and the DCMI terms, lower-cased.
    private static readonly FrozenDictionary<string, ResourceType> Words = new Dictionary<string, ResourceType>
    {
        ["text"] = ResourceType.Book, ["movingimage"] = ResourceType.Video, ["moving image"] = ResourceType.Video,
        ["sound"] = ResourceType.Audio, ["sound recording"] = ResourceType.Audio, ["interactiveresource"] = ResourceType.Website,
        ["stillimage"] = ResourceType.Image, ["still image"] = ResourceType.Image, ["image"] = ResourceType.Image,
        ["software"] = ResourceType.Software, ["software, multimedia"] = ResourceType.Software, ["dataset"] = ResourceType.Dataset,
        ["collection"] = ResourceType.Kit, ["mixed material"] = ResourceType.Kit, ["cartographic"] = ResourceType.Map,
        ["notated music"] = ResourceType.Score, ["manuscript"] = ResourceType.Manuscript, ["physicalobject"] = ResourceType.Other,
        ["three dimensional object"] = ResourceType.Other, ["event"] = ResourceType.Other, ["service"] = ResourceType.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The DCMI Type term for a resource type, or null (Other).</summary>
    public static string? DcmiTerm(ResourceType type) => type switch
    {
        ResourceType.Book or ResourceType.Article or ResourceType.Periodical or ResourceType.Pamphlet
            or ResourceType.Document or ResourceType.Manuscript or ResourceType.Score => "Text",
        ResourceType.Video => "MovingImage",
        ResourceType.Audio => "Sound",
        ResourceType.Website => "InteractiveResource",
        ResourceType.Map or ResourceType.Image => "StillImage",
        ResourceType.Software => "Software",
        ResourceType.Dataset => "Dataset",
        ResourceType.Kit => "Collection",
        _ => null,
    };

    /// <summary>The catalog's word for the type ("Book"), or null when the DCMI term already is that word.</summary>
    public static string? CatalogWord(ResourceType type)
    {
        var word = type.ToString();
        return word == DcmiTerm(type) ? null : word;
    }

    /// <summary>True for a value that names a resource type (a hub type, a DCMI term, a known harvester word), not a genre.</summary>
    public static bool IsTypeWord(string value) =>
        (value.Length > 0 && char.IsAsciiLetterUpper(value[0]) && Enum.TryParse<ResourceType>(value, ignoreCase: false, out _)) || Words.ContainsKey(value);

    /// <summary>
    /// The resource type of a list of dc:type values: the first value that names a hub type ("Book", "Pamphlet"),
    /// else the first DCMI term or known harvester word, else null.
    /// </summary>
    public static ResourceType? FromValues(IReadOnlyList<string> values)
    {
        foreach (var v in values)
        {
            if (Enum.TryParse<ResourceType>(v, ignoreCase: false, out var t) && char.IsAsciiLetterUpper(v[0])) return t;
        }

        foreach (var v in values)
        {
            if (Words.TryGetValue(v, out var t)) return t;
        }

        return null;
    }
}
