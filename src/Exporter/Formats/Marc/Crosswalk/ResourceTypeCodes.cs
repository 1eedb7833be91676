using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// Hub resource type to leader/06-07, the RDA 336/337/338 terms, and a genre (655) where the leader cannot tell
/// (Pamphlet, Document). Reading uses leader/06-07 and that genre. Row "Resource type" of docs/mappings/marc21.md.
/// </summary>
internal static class ResourceTypeCodes
{
    internal sealed record Row(ResourceType Type, char Leader06, char Leader07, string Content, string ContentCode, string Media, string MediaCode, string Carrier, string CarrierCode, string? Genre, string? GenreSource);

    private static readonly Row[] Table =
    [
        new(ResourceType.Book, 'a', 'm', "text", "txt", "unmediated", "n", "volume", "nc", null, null),
        new(ResourceType.Pamphlet, 'a', 'm', "text", "txt", "unmediated", "n", "volume", "nc", "Pamphlets", "lcgft"),
        new(ResourceType.Document, 'a', 'm', "text", "txt", "unmediated", "n", "sheet", "nb", "Documents", "local"),
        new(ResourceType.Article, 'a', 'a', "text", "txt", "unmediated", "n", "volume", "nc", null, null),
        new(ResourceType.Periodical, 'a', 's', "text", "txt", "unmediated", "n", "volume", "nc", null, null),
        new(ResourceType.Website, 'a', 'i', "text", "txt", "computer", "c", "online resource", "cr", null, null),
        new(ResourceType.Manuscript, 't', 'm', "text", "txt", "unmediated", "n", "volume", "nc", null, null),
        new(ResourceType.Score, 'c', 'm', "notated music", "ntm", "unmediated", "n", "volume", "nc", null, null),
        new(ResourceType.Map, 'e', 'm', "cartographic image", "cri", "unmediated", "n", "sheet", "nb", null, null),
        new(ResourceType.Video, 'g', 'm', "two-dimensional moving image", "tdi", "video", "v", "videodisc", "vd", null, null),
        new(ResourceType.Audio, 'i', 'm', "spoken word", "spw", "audio", "s", "audio disc", "sd", null, null),
        new(ResourceType.Image, 'k', 'm', "still image", "sti", "unmediated", "n", "sheet", "nb", null, null),
        new(ResourceType.Software, 'm', 'm', "computer program", "cop", "computer", "c", "online resource", "cr", null, null),
        new(ResourceType.Dataset, 'm', 'm', "computer dataset", "cod", "computer", "c", "online resource", "cr", null, null),
        new(ResourceType.Kit, 'o', 'm', "other", "xxx", "other", "x", "other", "nz", null, null),
        new(ResourceType.Other, 'p', 'm', "unspecified", "zzz", "unspecified", "z", "unspecified", "zu", null, null),
    ];

    public static Row For(ResourceType type) => Array.Find(Table, r => r.Type == type) ?? Table[^1];

    /// <summary>The hub type for a leader, 008/26 (computer file type) and the record's genre terms.</summary>
    public static ResourceType From(char leader06, char leader07, char fileType, IReadOnlyCollection<(string Term, string? Source)> genres)
    {
        foreach (var row in Table)
        {
            if (row.Genre is not null && genres.Contains((row.Genre, row.GenreSource))) return row.Type;
        }

        if (leader06 == 'm') return fileType == 'a' ? ResourceType.Dataset : ResourceType.Software;
        foreach (var row in Table)
        {
            if (row.Genre is null && row.Leader06 == leader06 && row.Leader07 == leader07) return row.Type;
        }

        return leader06 switch
        {
            'a' => leader07 is 'b' or 's' ? ResourceType.Periodical : leader07 is 'a' ? ResourceType.Article : ResourceType.Book,
            't' => ResourceType.Manuscript,
            'c' or 'd' => ResourceType.Score,
            'e' or 'f' => ResourceType.Map,
            'g' => ResourceType.Video,
            'i' or 'j' => ResourceType.Audio,
            'k' => ResourceType.Image,
            'o' => ResourceType.Kit,
            _ => ResourceType.Other,
        };
    }

    /// <summary>True when a 655 term/source pair is the genre this table uses to mark a type.</summary>
    public static bool IsTypeGenre(string term, string? source) => Array.Exists(Table, r => r.Genre == term && r.GenreSource == source);
}
