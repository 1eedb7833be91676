using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// Whether the first contributor is the main entry (1XX) (row: contributors -> 100/110/111): a main entry names the
/// creator of the work (RDA 19.2, LC-PCC PS 19.2; MARC 21 Bibliographic 1XX "Main entry"), so the first contributor
/// takes it when one of its roles is a relationship designator for a creator (RDA Appendix I.2.1: author, artist,
/// cartographer, composer, photographer, interviewee, ...). An editor, translator or performer named first gives an
/// added entry (7XX) and the record is entered under its title (245 first indicator 0).
/// </summary>
internal static class MainEntry
{
    private static readonly HashSet<string> CreatorRoles = new(StringComparer.Ordinal)
    {
        ContributorRoles.Author, ContributorRoles.Creator, ContributorRoles.Composer, ContributorRoles.Photographer,
        "artist", "architect", "cartographer", "choreographer", "designer", "filmmaker", "interviewee", "interviewer",
        "inventor", "landscape architect", "librettist", "lyricist", "programmer", "sculptor", "screenwriter",
    };

    /// <summary>True when the record's first contributor is entered as its main entry.</summary>
    public static bool FirstIsMain(CatalogRecord r) => r.Contributors.Length > 0 && r.Contributors[0].Roles.Any(CreatorRoles.Contains);
}
