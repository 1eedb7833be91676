using System.Collections.Frozen;
using Exporter.Model;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// MARC relator terms ($e, $j) to relator codes (id.loc.gov/vocabulary/relators), for role IRIs: the hub's table
/// (<see cref="ContributorRoles"/>) plus the terms of the MARC Code List for Relators common in catalogs.
/// </summary>
internal static class RelatorTerms
{
    private static readonly FrozenDictionary<string, string> More = new Dictionary<string, string>
    {
        ["abridger"] = "abr", ["actor"] = "act", ["animator"] = "anm", ["author of introduction, etc."] = "aui",
        ["binder"] = "bnd", ["book designer"] = "bkd", ["bookseller"] = "bsl", ["calligrapher"] = "cll",
        ["choreographer"] = "chr", ["cinematographer"] = "cng", ["commentator for written text"] = "cwt",
        ["conductor"] = "cnd", ["copyright holder"] = "cph", ["costume designer"] = "cst", ["cover designer"] = "cov",
        ["dedicatee"] = "dte", ["distributor"] = "dst", ["donor"] = "dnr", ["engraver"] = "egr", ["film editor"] = "flm",
        ["former owner"] = "fmo", ["funder"] = "fnd", ["host institution"] = "his", ["instrumentalist"] = "itr",
        ["issuing body"] = "isb", ["librettist"] = "lbt", ["lithographer"] = "ltg", ["manufacturer"] = "mfr",
        ["musician"] = "mus", ["organizer"] = "orm", ["owner"] = "own", ["praeses"] = "pra", ["printer"] = "prt",
        ["recipient"] = "rcp", ["researcher"] = "res", ["respondent"] = "rsp", ["reviewer"] = "rev", ["scribe"] = "scr",
        ["set designer"] = "std", ["singer"] = "sng", ["storyteller"] = "stl", ["teacher"] = "tch", ["transcriber"] = "trc",
        ["voice actor"] = "vac", ["writer of added commentary"] = "wac", ["writer of added text"] = "wat",
        ["writer of supplementary textual content"] = "wst", ["film director"] = "fmd", ["film producer"] = "fmp",
        ["television director"] = "tld", ["television producer"] = "tlp", ["presenter"] = "pre", ["publishing director"] = "pbd",
        ["author of dialog"] = "aud", ["panelist"] = "pan", ["moderator"] = "mod", ["court reporter"] = "crt",
        ["witness"] = "wit", ["plaintiff"] = "ptf", ["defendant"] = "dfd", ["court governed"] = "cou", ["judge"] = "jud",
        ["enacting jurisdiction"] = "enj", ["draftsman"] = "drm", ["architect"] = "arc", ["landscape architect"] = "lsa",
        ["surveyor"] = "srv", ["patron"] = "pat", ["auctioneer"] = "auc", ["collector"] = "col", ["curator"] = "cur",
        ["printmaker"] = "prm", ["sculptor"] = "scl", ["painter"] = "pnt", ["restorer"] = "rsr", ["illuminator"] = "ilu",
        ["translator."] = "trl", ["ed"] = "edt", ["ed."] = "edt", ["eds"] = "edt", ["eds."] = "edt", ["comp"] = "com",
        ["comp."] = "com", ["tr"] = "trl", ["tr."] = "trl", ["trans"] = "trl", ["trans."] = "trl", ["ill"] = "ill", ["ill."] = "ill",
        ["joint author"] = "aut", ["joint ed"] = "edt", ["joint editor"] = "edt", ["joint comp"] = "com", ["joint compiler"] = "com",
        ["contributor"] = "ctb", ["creator"] = "cre", ["editor of moving image work"] = "edm", ["narrator"] = "nrt",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The relator code of a term (case and final punctuation ignored), or null.</summary>
    public static string? CodeFor(string term)
    {
        var t = BibframeText.Fold(term).ToLowerInvariant();
        if (More.TryGetValue(t, out var code)) return code;
        if (ContributorRoles.CodeFor(t) is { } hub) return hub;
        t = t.TrimEnd('.', ',', ';', ':').Trim();
        return More.GetValueOrDefault(t) ?? ContributorRoles.CodeFor(t);
    }
}
