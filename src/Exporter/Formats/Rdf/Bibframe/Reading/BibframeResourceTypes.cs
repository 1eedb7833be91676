using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe.Reading;

/// <summary>
/// The hub resource type of a Work: its classes back to leader/06-07 (the reverse of codeMaps <c>contentTypes</c> and
/// of the Monograph/Serial/Integrating classes), the content type telling software from data and kit from other, then
/// the MARC crosswalk's own rule (<see cref="ResourceTypeCodes.From"/>) with the Work's 655 genre terms.
/// </summary>
internal static class BibframeResourceTypes
{
    private static readonly (string Class, char Leader06)[] Classes =
    [
        ("Manuscript", 't'), ("Text", 'a'), ("NotatedMusic", 'c'), ("Cartography", 'e'), ("MovingImage", 'g'),
        ("NonMusicAudio", 'i'), ("MusicAudio", 'j'), ("Audio", 'i'), ("StillImage", 'k'), ("Multimedia", 'm'),
        ("MixedMaterial", 'o'), ("Object", 'r'),
    ];

    public static ResourceType Of(BibframeGraphIndex g, RdfTerm work, IReadOnlyCollection<(string Term, string? Source)> genres)
    {
        var types = g.Types(work).Where(t => t.StartsWith(Bf, StringComparison.Ordinal)).Select(t => t[Bf.Length..]).ToHashSet();
        var content = g.Objects(work, Bf + "content").OfType<Iri>().Select(i => i.Value[(i.Value.LastIndexOf('/') + 1)..]).ToHashSet();
        var leader06 = types.Contains("Manuscript") && types.Contains("NotatedMusic") ? 'd'
            : types.Contains("Manuscript") && types.Contains("Cartography") ? 'f'
            : Array.Find(Classes, c => types.Contains(c.Class)).Leader06;
        if (leader06 == '\0') leader06 = 'a';
        if (leader06 == 'o' && content.Contains("zzz")) leader06 = 'p';
        var leader07 = types.Contains("Serial") ? 's' : types.Contains("Integrating") ? 'i' : types.Contains("Collection") ? 'c' : 'm';
        var fileType = content.Contains("cod") ? 'a' : ' ';
        return ResourceTypeCodes.From(leader06, leader07, fileType, genres);
    }
}
