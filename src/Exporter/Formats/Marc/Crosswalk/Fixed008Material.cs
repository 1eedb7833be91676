using System.Globalization;
using System.Text.RegularExpressions;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// 008/18-34, the positions whose meaning depends on the material (MARC 21 Bibliographic, 008 "Books", "Continuing
/// Resources", "Visual Materials", "Computer Files", "Music", "Maps", "Mixed Materials"; the configuration is chosen by
/// leader/06-07). What the hub states is coded; what it cannot state is a fill character (`|`, "no attempt to code")
/// where MARC 21 defines one, a blank in undefined positions (docs/mappings/marc21.md, "008/18-34").
/// </summary>
internal static partial class Fixed008Material
{
    // Books 18-21: the illustration terms of 300 $b (AACR2 2.5C2, RDA 7.15 terms) and their codes, in code order.
    private static readonly (string Code, Regex Term)[] Illustrations =
    [
        ("a", IllustrationTerm()), ("b", new(@"\bmaps?\b", RegexOptions.IgnoreCase)), ("c", new(@"\bport(?:s?\.|raits?\b)", RegexOptions.IgnoreCase)),
        ("d", new(@"\bcharts?\b", RegexOptions.IgnoreCase)), ("e", new(@"\bplans?\b", RegexOptions.IgnoreCase)),
        ("f", new(@"\bplates?\b|\bleaves of plates\b", RegexOptions.IgnoreCase)), ("g", new(@"\bmusic\b", RegexOptions.IgnoreCase)),
        ("h", new(@"\bfacsims?\.|\bfacsimiles?\b", RegexOptions.IgnoreCase)), ("i", new(@"\bcoats? of arms\b", RegexOptions.IgnoreCase)),
        ("j", new(@"\bgeneal\. tables?\b|\bgenealogical tables?\b", RegexOptions.IgnoreCase)), ("k", new(@"\bforms\b", RegexOptions.IgnoreCase)),
        ("l", new(@"\bsamples?\b", RegexOptions.IgnoreCase)), ("o", new(@"\bphotos?\b|\bphotographs?\b", RegexOptions.IgnoreCase)),
        ("p", new(@"\billuminations?\b", RegexOptions.IgnoreCase)),
    ];

    [GeneratedRegex(@"\bill(?:\.|us\.|ustrations?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IllustrationTerm();

    [GeneratedRegex(@"(\d{1,5})\s*min\b", RegexOptions.IgnoreCase)]
    private static partial Regex Minutes();

    /// <summary>The 17 characters of 008/18-34 for a record of this leader/06-07.</summary>
    public static string Of(CatalogRecord r, char leader06, char leader07, char fileType)
    {
        var online = r.ResourceType is ResourceType.Website or ResourceType.Software or ResourceType.Dataset;
        return leader06 switch
        {
            'a' or 't' when leader07 is 'b' or 'i' or 's' => ContinuingResource(leader07, online),
            'a' or 't' => Books(r),
            'm' => "    " + " " + (online ? "o" : " ") + "  " + fileType + "  " + "      ",     // 18-21 undef., 22 audience, 23 form, 24-25 undef., 26 type, 27 undef., 28 gov., 29-34 undef.
            'g' or 'k' or 'o' or 'r' => Visual(r, leader06),
            'c' or 'd' or 'i' or 'j' => Music(leader06),
            'e' or 'f' => "||||" + "||" + " " + "|" + "  " + " " + " " + " " + "|" + " " + "||",   // 18-21 relief, 22-23 projection, 24 undef., 25 type, 26-27 undef., 28 gov., 29 form, 30 undef., 31 index, 32 undef., 33-34 special format
            _ => "     " + " " + "           ",                                                  // mixed materials: 23 form of item, the rest undefined
        };
    }

    /// <summary>Books: 18-21 illustrations from the extent, 22-28 not stated, 29-31 "000", 33 literary form not coded.</summary>
    private static string Books(CatalogRecord r)
    {
        var text = r.Extent?.Text ?? "";
        var colon = text.IndexOf(" : ", StringComparison.Ordinal);
        var other = colon >= 0 ? text[(colon + 3)..] : "";
        var plates = text;
        var codes = string.Concat(Illustrations.Where(i => i.Code == "f" ? i.Term.IsMatch(plates) : i.Term.IsMatch(other)).Select(i => i.Code));
        if (codes.Length > 4) codes = codes[..4];
        return codes.PadRight(4) + "       " + "000" + " " + "|" + " ";                            // 22 audience, 23 form, 24-27 contents, 28 gov., 29-31, 32 undef., 33 literary form, 34 biography
    }

    /// <summary>Continuing resources: 21 periodical or updating Web site, 23 online, 34 successive (serial) or integrated entry.</summary>
    private static string ContinuingResource(char leader07, bool online)
    {
        var integrating = leader07 == 'i';
        var c = "||" + " " + (online && integrating ? 'w' : leader07 == 's' ? 'p' : ' ') + " " + (online ? 'o' : ' ') + " " + "   " + " " + "0" + "   " + "|";
        return c + (integrating ? '2' : '0');                                                  // 18 frequency, 19 regularity, 20 undef., 21 type, 22 original form, 23 form, 24 entire work, 25-27 contents, 28 gov., 29 conference, 30-32 undef., 33 alphabet, 34 entry
    }

    /// <summary>Visual materials: 18-20 running time of a video from the extent ("95 min."), 33 type of material, 34 technique.</summary>
    private static string Visual(CatalogRecord r, char leader06)
    {
        var video = leader06 == 'g';
        var running = "nnn";
        if (video)
        {
            var m = Minutes().Match(r.Extent?.Text ?? "");
            var minutes = m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            running = minutes < 0 ? "|||" : minutes > 999 ? "000" : minutes.ToString("000", CultureInfo.InvariantCulture);
        }

        var type = leader06 switch { 'g' => 'v', 'o' => 'b', 'r' => 'r', _ => 'i' };
        return running + " " + " " + "     " + " " + " " + "   " + type + (video ? '|' : 'n');   // 21 undef., 22 audience, 23-27 undef., 28 gov., 29 form, 30-32 undef., 33 type, 34 technique
    }

    /// <summary>Music: form of composition, format and literary text not coded; not applicable to a nonmusical sound recording.</summary>
    private static string Music(char leader06)
    {
        var spoken = leader06 == 'i';
        return (spoken ? "nn" : "||") + (spoken ? 'n' : '|') + (spoken ? 'n' : ' ') + " " + " " + "||||||" + "||" + " " + (spoken ? 'n' : ' ') + " ";
        // 18-19 form, 20 format, 21 parts, 22 audience, 23 form of item, 24-29 accompanying matter, 30-31 literary text, 32 undef., 33 transposition, 34 undef.
    }
}
