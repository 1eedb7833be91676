using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// The 007 a material needs (MARC 21 Bibliographic 007): an online resource is an electronic resource, remote
/// (`cr`, "Electronic resource", 01 `r` "Remote", 04 `n` dimensions not applicable); a video is a videorecording
/// (`vd`, 01 `d` "Videodisc", the carrier of 338); an audio disc a sound recording (`sd`). Positions the hub cannot
/// state are fill characters (`|`). Other materials get no 007.
/// </summary>
internal static class Fixed007
{
    public static string? Of(ResourceType type) => type switch
    {
        ResourceType.Website or ResourceType.Software or ResourceType.Dataset => "cr |n|||||||||",   // 00-13
        ResourceType.Video => "vd ||||||",                                                          // 00-08
        ResourceType.Audio => "sd |||||||||||",                                                     // 00-13
        _ => null,
    };
}
