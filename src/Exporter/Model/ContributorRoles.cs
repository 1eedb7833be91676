using System.Collections.Frozen;

namespace Exporter.Model;

/// <summary>
/// Relator terms used as contributor roles, with their MARC relator codes (https://id.loc.gov/vocabulary/relators).
/// Roles are lower-case relator terms; unknown terms are kept as written.
/// </summary>
public static class ContributorRoles
{
    public const string Author = "author";
    public const string Editor = "editor";
    public const string Translator = "translator";
    public const string Illustrator = "illustrator";
    public const string Contributor = "contributor";
    public const string Compiler = "compiler";
    public const string AuthorOfIntroduction = "author of introduction";
    public const string Photographer = "photographer";
    public const string Narrator = "narrator";
    public const string Director = "director";
    public const string Composer = "composer";
    public const string Performer = "performer";
    public const string Publisher = "publisher";
    public const string Creator = "creator";

    private static readonly FrozenDictionary<string, string> TermToCode = new Dictionary<string, string>
    {
        [Author] = "aut", [Editor] = "edt", [Translator] = "trl", [Illustrator] = "ill", [Contributor] = "ctb",
        [Compiler] = "com", [AuthorOfIntroduction] = "aui", [Photographer] = "pht", [Narrator] = "nrt",
        [Director] = "drt", [Composer] = "cmp", [Performer] = "prf", [Publisher] = "pbl", [Creator] = "cre",
        ["writer of introduction"] = "win", ["writer of preface"] = "wpr", ["author of afterword, colophon, etc."] = "aft",
        ["editor of compilation"] = "edc", ["cartographer"] = "ctg", ["artist"] = "art", ["interviewer"] = "ivr",
        ["interviewee"] = "ive", ["speaker"] = "spk", ["producer"] = "pro", ["lyricist"] = "lyr", ["arranger"] = "arr",
        ["annotator"] = "ann", ["commentator"] = "cmm", ["adapter"] = "adp", ["designer"] = "dsr", ["honoree"] = "hnr",
        ["sponsor"] = "spn", ["degree granting institution"] = "dgg", ["thesis advisor"] = "ths", ["screenwriter"] = "aus",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CodeToTerm =
        TermToCode.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>The MARC relator code for a term ("author" -> "aut"), or null when unknown.</summary>
    public static string? CodeFor(string term) => TermToCode.GetValueOrDefault(term);

    /// <summary>The relator term for a MARC code ("edt" -> "editor"), or null when unknown.</summary>
    public static string? TermFor(string code) => CodeToTerm.GetValueOrDefault(code);

    /// <summary>Normalises a term as written ("Editor.", " translator") to the hub form ("editor", "translator").</summary>
    public static string Normalize(string term)
    {
        var t = term.Trim().ToLowerInvariant();
        if (TermToCode.ContainsKey(t)) return t;
        var s = t.TrimEnd('.', ',', ';', ':').Trim();
        return !TermToCode.ContainsKey(s) && TermToCode.ContainsKey(s + ".") ? s + "." : s;
    }
}
