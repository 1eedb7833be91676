using Exporter.Formats.Common.Text;
using System.Collections.Immutable;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Marc8;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// MARC 21 -> Dublin Core for the facts the hub record does not hold (docs/mappings/dublin-core.md, "From the MARC
/// record"; LoC's MARC to Dublin Core crosswalk): the DC encoder applies it when the record was read from MARC. One row
/// per line. Values are put in NFC and lose their trailing ISBD punctuation.
/// </summary>
internal static class MarcDcCrosswalk
{
    // 5XX the hub keeps (505 contents, 520 summaries), maps elsewhere (506/540 rights, 530 relation, 546 language note,
    // as LoC's sheet) or that are local and staff data (59X, 541, 561, 583: public outputs leave them out).
    private static readonly string[] NotNotes = ["505", "506", "520", "530", "540", "541", "546", "561", "583"];

    private static readonly (string Tag, string Term)[] Links =
    [
        ("760", "isPartOf"), ("762", "hasPart"), ("765", "isVersionOf"), ("767", "hasVersion"), ("770", "relation"),
        ("772", "relation"), ("773", "isPartOf"), ("774", "hasPart"), ("775", "hasVersion"), ("776", "hasFormat"),
        ("777", "relation"), ("780", "replaces"), ("785", "isReplacedBy"), ("786", "relation"), ("787", "relation"),
    ];

    /// <summary>The facts of <paramref name="m"/>; local and staff fields only with <paramref name="includeLocal"/> (<c>--include-local</c>).</summary>
    public static MarcDcFacts Read(MarcRecord m, bool includeLocal = false) => new()
    {
        Publishers = [.. Imprints(m).SelectMany(f => f.Values('b')).Select(Text).Where(NotEmpty)],                  // row publisher: every 260 / 264 _1 $b
        Dates = [.. Imprints(m).SelectMany(f => f.Values('c')).Select(Text).Where(NotEmpty)],                       // row date: 260 / 264 _1 $c as written
        Notes = [.. m.DataFields().Where(f => IsNote(f) || includeLocal && LocalMarcData.IsLocal(f)).Select(f => Join(f, "3abcdefghijklmnopqrstuvwxyz", strip: false)).Where(NotEmpty)], // row notes: other 5XX
        Links = [.. m.DataFields("856").SelectMany(f => f.Values('u').Select(u => (f.Indicator2 == '2' ? "relation" : "identifier", u.Trim())))], // row 856 $u
        Relations = [.. m.DataFields("530").Select(f => ("hasFormat", Join(f, "abcdu")))                            // row 530 other formats
            .Concat(m.DataFields().Where(f => LinkTerm(f.Tag) is not null).Select(f => (LinkTerm(f.Tag)!, Join(f, "astbdghkmnoxz")))) // row 760-787 $a $t ...
            .Where(r => r.Item2.Length > 0)],
        Places = [.. m.DataFields("662", "752").Select(f => Join(f, "abcdfgh")).Where(NotEmpty)],                    // row coverage: 662, 752
        Rights = [.. m.DataFields("506").Select(f => ("accessRights", Join(f, "3abcdefu", strip: false)))             // row rights: 506 access
            .Concat(m.DataFields("540").SelectMany(f => f.Values('u').Select(u => u.Trim()).Prepend(Join(f, "3abcd", strip: false)).Select(v => ("rights", v)))) // row rights: 540 use, each $u apart
            .Where(r => r.Item2.Length > 0)],
        Alternates = [.. Alternates(m)],                                                                          // row 880 original scripts
    };

    // 260, and 264 with second indicator 1 (publication).
    private static IEnumerable<DataField> Imprints(MarcRecord m) => m.DataFields("260", "264").Where(f => f.Tag == "260" || f.Indicator2 == '1');

    // A note the hub does not keep: any 5XX but those above, and the 500 the hub holds ($a, $8 only).
    private static bool IsNote(DataField f) =>
        f.Tag[0] == '5' && !f.Tag.StartsWith("59", StringComparison.Ordinal) && Array.IndexOf(NotNotes, f.Tag) < 0
        && !(f.Tag == "500" && f.Subfields.All(s => s.Code is 'a' or '8'));

    // 880 fields linked ($6) to the title (245), names (1XX, 7XX), publishers (260, 264 _1) and subjects (600-651, 655).
    private static IEnumerable<DcAlternateForm> Alternates(MarcRecord m)
    {
        var language = Fixed008.Language(m.ControlValue("008"));
        foreach (var f in m.DataFields("880"))
        {
            var linkage = f['6'];
            if (linkage is not { Length: >= 3 }) continue;
            var tag = linkage[..3];
            var lang = MarcScriptTags.Tag(linkage, language);
            var (element, value) = tag switch
            {
                "245" => ("title", AlternateTitle(f)),
                "100" => ("creator", Join(f, "abcq")),
                "110" or "111" => ("creator", Join(f, "abn")),
                "700" => (IsAuthor(f) ? "creator" : "contributor", Join(f, "abcq")),
                "710" or "711" => (IsAuthor(f) ? "creator" : "contributor", Join(f, "abn")),
                "260" => ("publisher", Join(f, "b")),
                "264" when f.Indicator2 == '1' => ("publisher", Join(f, "b")),
                "600" or "610" or "611" or "630" or "648" or "650" or "651" => ("subject", Heading(f)),
                "655" => ("type", Heading(f)),
                _ => ("", ""),
            };
            value = Isbd.Strip(value.TrimEnd(' ', '\u060C', '\u061B'));                              // Arabic comma and semicolon as ISBD punctuation
            if (element.Length > 0 && value.Length > 0) yield return new DcAlternateForm(element, value, lang);
        }
    }

    // "Title : Subtitle" as the hub writes the romanized one: $a $n $p, then $b.
    private static string AlternateTitle(DataField f)
    {
        var title = Join(f, "anp");
        var rest = Join(f, "b");
        return rest.Length == 0 ? title : title.Length == 0 ? rest : title + " : " + rest;
    }

    // A heading with its subdivisions ($v $x $y $z) after "--", as the hub writes subjects.
    private static string Heading(DataField f)
    {
        var parts = new List<string> { Join(f, "abcdfgklmnopqrst") };
        parts.AddRange(f.Subfields.Where(s => s.Code is 'v' or 'x' or 'y' or 'z').Select(s => Text(s.Value)).Where(NotEmpty));
        return string.Join("--", parts.Where(NotEmpty));
    }

    private static bool IsAuthor(DataField f) =>
        f.Values('4').Any(v => v.Trim() is "aut" or "cre") || f.Values('e').Any(v => v.Trim().StartsWith("author", StringComparison.OrdinalIgnoreCase));

    private static string? LinkTerm(string tag) => Array.Find(Links, l => l.Tag == tag).Term;

    private static string Join(DataField f, string codes, bool strip = true)
    {
        var parts = f.Subfields.Where(s => codes.Contains(s.Code, StringComparison.Ordinal)).Select(s => UnicodeNormalizer.ToNfc(s.Value).Trim()).Where(NotEmpty);
        var text = string.Join(" ", parts);
        return strip ? Isbd.Strip(text) : text.Trim();
    }

    private static string Text(string value) => Isbd.Strip(UnicodeNormalizer.ToNfc(value).Trim());

    private static bool NotEmpty(string value) => value.Length > 0;
}
