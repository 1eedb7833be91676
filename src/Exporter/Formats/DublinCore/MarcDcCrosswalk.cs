using Exporter.Formats.Common.Text;
using System.Collections.Immutable;
using System.Globalization;
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

    public static MarcDcFacts Read(MarcRecord m) => new()
    {
        Publishers = [.. Imprints(m).SelectMany(f => f.Values('b')).Select(Text).Where(NotEmpty)],                  // row publisher: every 260 / 264 _1 $b
        Dates = [.. Imprints(m).SelectMany(f => f.Values('c')).Select(Text).Where(NotEmpty)],                       // row date: 260 / 264 _1 $c as written
        Notes = [.. m.DataFields().Where(IsNote).Select(f => Join(f, "3abcdefghijklmnopqrstuvwxyz", strip: false)).Where(NotEmpty)], // row notes: other 5XX
        Links = [.. m.DataFields("856").SelectMany(f => f.Values('u').Select(u => (f.Indicator2 == '2' ? "relation" : "identifier", u.Trim())))], // row 856 $u
        Relations = [.. m.DataFields("530").Select(f => ("hasFormat", Join(f, "abcdu")))                            // row 530 other formats
            .Concat(m.DataFields().Where(f => LinkTerm(f.Tag) is not null).Select(f => (LinkTerm(f.Tag)!, Join(f, "astbdghkmnoxz")))) // row 760-787 $a $t ...
            .Where(r => r.Item2.Length > 0)],
        Places = [.. m.DataFields("662", "752").Select(f => Join(f, "abcdfgh")).Where(NotEmpty)],                    // row coverage: 662, 752
        Rights = [.. m.DataFields("506").Select(f => ("accessRights", Join(f, "3abcdefu", strip: false)))             // row rights: 506 access
            .Concat(m.DataFields("540").Select(f => ("rights", Join(f, "3abcdu", strip: false))))                     // row rights: 540 use
            .Where(r => r.Item2.Length > 0)],
        LastChanged = Day(m.ControlValue("005")),                                                                   // row datestamp: 005
    };

    // 260, and 264 with second indicator 1 (publication).
    private static IEnumerable<DataField> Imprints(MarcRecord m) => m.DataFields("260", "264").Where(f => f.Tag == "260" || f.Indicator2 == '1');

    // A note the hub does not keep: any 5XX but those above, and the 500 the hub holds ($a, $8 only).
    private static bool IsNote(DataField f) =>
        f.Tag[0] == '5' && !f.Tag.StartsWith("59", StringComparison.Ordinal) && Array.IndexOf(NotNotes, f.Tag) < 0
        && !(f.Tag == "500" && f.Subfields.All(s => s.Code is 'a' or '8'));

    private static string? LinkTerm(string tag) => Array.Find(Links, l => l.Tag == tag).Term;

    private static string Join(DataField f, string codes, bool strip = true)
    {
        var parts = f.Subfields.Where(s => codes.Contains(s.Code, StringComparison.Ordinal)).Select(s => UnicodeNormalizer.ToNfc(s.Value).Trim()).Where(NotEmpty);
        var text = string.Join(" ", parts);
        return strip ? Isbd.Strip(text) : text.Trim();
    }

    private static string Text(string value) => Isbd.Strip(UnicodeNormalizer.ToNfc(value).Trim());

    private static bool NotEmpty(string value) => value.Length > 0;

    // 005 yyyymmddhhmmss.f -> yyyy-mm-dd (OAI-PMH day granularity), null when it is no date.
    private static string? Day(string? f005) =>
        f005 is { Length: >= 8 } && DateOnly.TryParseExact(f005[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
