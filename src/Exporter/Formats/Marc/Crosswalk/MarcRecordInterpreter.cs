using Exporter.Formats.Common.Text;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// MARC 21 bibliographic record to hub record (docs/mappings/marc21.md, "import" column). Fields the hub does not
/// model are kept as <see cref="SourceField"/>s so that MARC -> hub -> MARC writes them back untouched.
/// </summary>
internal sealed partial class MarcRecordInterpreter(MarcReadOptions options, IDiagnostics diagnostics)
{
    /// <summary>The fields the writer makes again (005, and 336/337/338 from the resource type).</summary>
    private static bool IsRegenerated(string tag) => tag is "005" or "336" or "337" or "338";

    /// <summary>The fields a rule has read (by reference): the rest are kept as source fields.</summary>
    private readonly HashSet<MarcField> _used = new(ReferenceEqualityComparer.Instance);
    private readonly List<SourceField> _source = [];
    private readonly StringBuilder _sourceText = new(256);
    private Func<string, string> _clean = s => s;
    private bool _isbd;

    [GeneratedRegex(@"^Originally published:?\s*(-?\d{1,9})\.?$")]
    private static partial Regex OriginallyPublished();

    public CatalogRecord Interpret(MarcRecord m)
    {
        _used.Clear();
        m = Nfc(m);
        var leader = m.Leader;
        var isbd = leader.DescriptiveCatalogingForm is 'a' or 'i' or ' ';
        _clean = isbd ? Isbd.Strip : s => s;
        _isbd = isbd;
        var f008 = Control(m, "008");
        var (date1, date2, _) = Fixed008.Dates(f008);
        var genres = m.DataFields("655").Select(f => (Term: _clean(f['a'] ?? ""), Source: f['2'])).ToList();
        var type = ResourceTypeCodes.From(leader.TypeOfRecord, leader.BibliographicLevel, f008 is { Length: > 26 } ? f008[26] : ' ', genres);

        var record = new CatalogRecord
        {
            ResourceType = type,
            Identifiers = Identifiers(m),
            Contributors = Contributors(m),
            Languages = Languages(m, f008),
            LastModified = LastModifiedText.FromMarc005(m.ControlValue("005")),                       // row: 005 -> last modified
            Rights = [.. m.DataFields("540").Where(IsRightsStatement).Select(f => Use(f)!.Subfields[0].Value)],         // row: 540 $a (text) or $u (URI) -> rights
            TranslatedFrom = [.. m.DataFields("041").Where(f => f.Indicator2 == ' ' && f['a'] is not null).SelectMany(f => f.Values('h')).Select(h => h.Trim('(', ')', ' ')).SelectMany(Split3).Distinct()],  // row: 041 $h -> translated from
        };
        record = Title(m, record);
        record = Publication(m, record, date1);
        var first = date2 ?? FirstFromNote(m);
        record = record with
        {
            FirstPublished = first,
            Edition = Use(m.DataFields("250").FirstOrDefault()) is DataField ed ? _clean(ed['a'] ?? "") : null,
            Extent = Extent(m),
            Series = Series(m),
            LanguageNote = Use(m.DataFields("546").FirstOrDefault(IsLanguageNote)) is DataField note ? _clean(note['a']!) : null,  // row: 546 $a -> language note
            Notes = Notes(m, first),
            Contents = ContentsNote.Read(m.DataFields("505").Select(Use).OfType<DataField>()),
        };
        var (description, abs, reviews) = SummaryNotes.Read(m.DataFields("520").Select(Use).OfType<DataField>(), _clean);
        record = record with { Description = description, Abstract = abs, Reviews = reviews, Subjects = Subjects(m) };
        foreach (var f in m.DataFields("040").Where(IsOurs040)) _used.Add(f);
        var source = _source;
        source.Clear();
        foreach (var f in m.AllFields)
        {
            if (IsRegenerated(f.Tag) || (f is ControlField { Tag: "007" } c007 && c007.Value == Fixed007.Of(type)) || (f.Tag == "655" && f is DataField g && ResourceTypeCodes.IsTypeGenre(_clean(g['a'] ?? ""), g['2']))) _used.Add(f);
            else if (!_used.Contains(f)) source.Add(SourceFieldCodec.Encode(f, _sourceText));
        }

        var sourceFields = ImmutableArray.CreateRange(source);
        source.Clear();
        _used.Clear();
        return record with { SourceFields = sourceFields };
    }

    // A 540 the hub holds whole: no indicators, one $a that is a text or one $u that is a URI (others stay source fields).
    private static bool IsRightsStatement(DataField f) =>
        f.Indicator1 == ' ' && f.Indicator2 == ' ' && f.Subfields.Length == 1 && f.Subfields[0] is var (code, v)
        && v.Length > 0 && v == v.Trim() && (code == 'a' && !RightsText.IsUri(v) || code == 'u' && RightsText.IsUri(v));

    /// <summary>The 040 this crosswalk writes ($a/$c the organization, $b eng, $e rda for RDA wording) is regenerated, any other kept.</summary>
    private bool IsOurs040(DataField f)
    {
        var org = options.OrganizationCode;
        var written = string.Concat(f.Subfields.Select(s => s.ToString()));
        var core = written.Replace("$erda", "", StringComparison.Ordinal);
        return core == (org is null ? "$beng" : "$a" + org + "$beng$c" + org);
    }

    /// <summary>
    /// The hub holds NFC; MARC read for pass-through keeps its bytes as they are, so normalise here (DESIGN: strings
    /// are NFC; crosswalk, not codec, because MARC -> MARCXML -> MARC must not change a byte).
    /// </summary>
    private static MarcRecord Nfc(MarcRecord m)
    {
        static string N(string s) => UnicodeNormalizer.ToNfc(s);
        var all = m.AllFields;
        ImmutableArray<MarcField>.Builder? fields = null;
        for (var i = 0; i < all.Length; i++)
        {
            var f = all[i];
            MarcField nf = f switch
            {
                ControlField c => N(c.Value) is var v && !ReferenceEquals(v, c.Value) ? new ControlField(c.Tag, v) : c,
                DataField d => NfcSubfields(d),
                _ => f,
            };
            if (fields is null)
            {
                if (ReferenceEquals(nf, f)) continue;
                fields = ImmutableArray.CreateBuilder<MarcField>(all.Length);
                for (var j = 0; j < i; j++) fields.Add(all[j]);
            }

            fields.Add(nf);
        }

        return fields is null ? m : new MarcRecord(m.Leader, fields.MoveToImmutable());
    }

    /// <summary>The field with its subfields in NFC (the same instance when all already are; each value normalised once).</summary>
    private static DataField NfcSubfields(DataField d)
    {
        var subfields = d.Subfields;
        ImmutableArray<Subfield>.Builder? changed = null;
        for (var i = 0; i < subfields.Length; i++)
        {
            var s = subfields[i];
            var n = UnicodeNormalizer.ToNfc(s.Value);
            if (changed is null)
            {
                if (ReferenceEquals(n, s.Value)) continue;
                changed = ImmutableArray.CreateBuilder<Subfield>(subfields.Length);
                for (var j = 0; j < i; j++) changed.Add(subfields[j]);
            }

            changed.Add(ReferenceEquals(n, s.Value) ? s : s with { Value = n });
        }

        return changed is null ? d : d with { Subfields = changed.MoveToImmutable() };
    }

    private ImmutableArray<Identifier> Identifiers(MarcRecord m)
    {
        var ids = new List<Identifier>();
        if (m["001"] is ControlField c001)
        {
            _used.Add(c001);
            ids.Add(new Identifier(IdentifierType.Local, c001.Value));
            if (m["003"] is ControlField c003) _used.Add(c003);
        }

        foreach (var f in m.DataFields("010").Where(f => f['a'] is string a && a.Trim().Length > 0))
        {
            ids.Add(new Identifier(IdentifierType.Lccn, LccnStructure.Read(Use(f)!['a']!)));     // row: 010 $a: structure A/B read as the normalized LCCN
        }

        foreach (var f in m.DataFields("020").Where(f => f['a'] is not null))
        {
            var a = Use(f)!['a']!.TrimEnd(' ', '.', ':', ';');                              // "0123 (acid-free paper) :" still ends with ')'

            var q = f['q'] is string qq ? _clean(qq) : null;
            var paren = a.IndexOf(" (", StringComparison.Ordinal);
            if (q is null && paren > 0 && a.EndsWith(')')) (a, q) = (a[..paren], a[(paren + 2)..^1]);
            ids.Add(new Identifier(IdentifierType.Isbn, _clean(a).Replace("-", "", StringComparison.Ordinal), q));   // hyphens of the number only, never of the qualifier
        }

        foreach (var f in m.DataFields("022").Where(f => f['a'] is not null)) ids.Add(new Identifier(IdentifierType.Issn, _clean(Use(f)!['a']!)));
        foreach (var f in m.DataFields("024").Where(f => f.Indicator1 == '7' && f['2'] == "doi" && f['a'] is not null)) ids.Add(new Identifier(IdentifierType.Doi, Use(f)!['a']!));
        var local = ids.Count > 0 && ids[0].Type == IdentifierType.Local ? ids[0].Value : null;
        foreach (var f in m.DataFields("035"))
        {
            if (f['a'] is not string a || f.Subfields.Length != 1) continue;
            if (a.StartsWith("(OCoLC)", StringComparison.Ordinal))
            {
                Use(f);
                ids.Add(new Identifier(IdentifierType.Oclc, a[7..]));
            }
            else if (options.OrganizationCode is string org && a.StartsWith("(" + org + ")", StringComparison.Ordinal))
            {
                Use(f);
                var v = a[(org.Length + 2)..];
                if (v != local) ids.Add(new Identifier(IdentifierType.Local, v));
            }
            else if (!a.StartsWith('(') || options.OrganizationCode is null) // row: 035 without the org code -> local id (as written)
            {
                Use(f);
                ids.Add(new Identifier(IdentifierType.Local, a));                        // row: other 035 -> local number as written
            }
        }

        foreach (var f in m.DataFields("856"))
        {
            if (f['u'] is string u && f.Subfields.Length == 1)
            {
                Use(f);
                ids.Add(new Identifier(IdentifierType.Url, u));
            }
        }

        return [.. ids];
    }

    private ImmutableArray<Contributor> Contributors(MarcRecord m) =>
        [.. m.DataFields("100", "110", "111", "700", "710", "711").Select(f => NameFields.Read(Use(f)!, f.Tag[0] == '1', _clean))];

    private ImmutableArray<string> Languages(MarcRecord m, string? f008)
    {
        var from041 = m.DataFields("041").Where(f => f.Indicator2 == ' ').SelectMany(f => Use(f)!.Values('a')).SelectMany(Split3).ToList();
        if (from041.Count > 0) return [.. from041.Distinct()];
        return Fixed008.Language(f008) is string l ? [l] : [];
    }

    private static IEnumerable<string> Split3(string packed)
    {
        for (var i = 0; i + 3 <= packed.Length; i += 3) yield return packed.Substring(i, 3);
    }

    private CatalogRecord Title(MarcRecord m, CatalogRecord r)
    {
        if (Use(m.DataFields("245").FirstOrDefault()) is not DataField t)
        {
            diagnostics.Report(new Diagnostic("MARCX001", Severity.Warning, "record has no 245 title") { Field = "245" });
            return r;
        }

        var title = string.Join(" ", t.Subfields.Where(s => s.Code is 'a' or 'n' or 'p').Select(s => _clean(s.Value)));
        return r with { Title = title, Subtitle = t['b'] is string b ? _clean(b) : null, StatementOfResponsibility = t['c'] is string c ? _clean(c) : null };  // row: 245 $c -> statement of responsibility
    }

    private CatalogRecord Publication(MarcRecord m, CatalogRecord r, int? date1)
    {
        var f = m.DataFields("264").FirstOrDefault(x => x.Indicator2 == '1') ?? m.DataFields("260").FirstOrDefault();
        if (f is null) return r with { YearPublished = date1 };
        Use(f);
        var place = PublicationPlaceholders.Value(f['a'] is string a ? _clean(a) : null);
        var publisher = PublicationPlaceholders.Value(f['b'] is string b ? _clean(b) : null);
        var date = PublicationPlaceholders.Value(f['c'] is string c ? _clean(c) : null);
        int? year = date is not null && int.TryParse(date, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y) ? y : date1;
        var stated = date is not null && date != year?.ToString(CultureInfo.InvariantCulture) ? date : null;   // row: 264 $c as written -> date of publication
        return r with { Place = place, Publisher = publisher, YearPublished = year, DateOfPublication = stated };
    }

    private int? FirstFromNote(MarcRecord m)
    {
        foreach (var f in m.DataFields("500"))
        {
            if (f['a'] is string a && OriginallyPublished().Match(a) is { Success: true } match) return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return null;
    }

    private ImmutableArray<string> Notes(MarcRecord m, int? first)
    {
        var notes = new List<string>();
        var skipped = false;
        string? lastLink = null;
        foreach (var f in m.DataFields("500"))
        {
            if (f.Subfields.Any(s => s.Code is not ('a' or '8'))) continue;
            Use(f);
            var a = f['a'] ?? "";
            if (!skipped && first is not null && OriginallyPublished().Match(a) is { Success: true } match && match.Groups[1].Value == first.Value.ToString(CultureInfo.InvariantCulture))
            {
                skipped = true;
                continue;
            }

            var link = f['8'];
            if (link is not null && link == lastLink) notes[^1] += a;
            else notes.Add(a);
            lastLink = link;
        }

        return [.. notes.Select(_clean)];
    }

    private Extent? Extent(MarcRecord m)
    {
        int? pages = null;
        string? text = null;
        foreach (var f in m.DataFields("300"))
        {
            if (f['a'] is not string a) continue;
            Use(f);
            var value = ExtentStatement.Join(f, _isbd);                                         // row: 300 $a $b $c $e -> Extent text
            if (_isbd) value = value.TrimEnd(' ', ';', ':');
            if (ExtentText.SimplePages(value) is int simple) pages = simple;
            else if (text is null)
            {
                text = value;
                pages ??= ExtentText.PagesIn(text);
            }
        }

        return pages is null && text is null ? null : new Extent(pages, text);
    }

    private ImmutableArray<Subject> Subjects(MarcRecord m)
    {
        var subjects = ImmutableArray.CreateBuilder<Subject>();
        foreach (var field in m.AllFields)
        {
            if (field is not DataField f || !SubjectFields.IsSubjectTag(f.Tag)) continue;
            if (f.Tag == "655" && ResourceTypeCodes.IsTypeGenre(_clean(f['a'] ?? ""), f['2'])) continue;
            subjects.Add(SubjectFields.Read(Use(f)!, _clean));
        }

        return subjects.DrainToImmutable();
    }

    private string? Control(MarcRecord m, string tag)
    {
        if (m[tag] is not ControlField c) return null;
        _used.Add(c);
        return c.Value;
    }

    /// <summary>A 546 the hub holds whole: blank indicators and one $a (one with $b scripts, $3 or links stays a source field).</summary>
    private static bool IsLanguageNote(DataField f) =>
        f.Indicator1 == ' ' && f.Indicator2 == ' ' && f.Subfields is [{ Code: 'a' }];

    /// <summary>
    /// 490 $a $v; a traced 490 (ind1 1) takes the heading of its 830 ($a, and $v when it numbers otherwise) when the
    /// record traces every traced 490 in an 830, in order (a series traced in 800/810/811, or an 830 the hub cannot
    /// hold, is left as it is: the 8XX stay source fields and the 490 is read as transcribed).
    /// </summary>
    private ImmutableArray<SeriesStatement> Series(MarcRecord m)
    {
        var statements = m.DataFields("490").ToList();
        var traced = statements.Where(f => f.Indicator1 == '1').ToList();
        var headings = m.DataFields("830").ToList();
        var series = statements.Select(f => new SeriesStatement(_clean(f['a'] ?? ""), f['v'] is string v ? _clean(v) : null)).ToList();
        var paired = traced.Count > 0 && traced.Count == headings.Count && !m.DataFields("800", "810", "811").Any()
            && traced.Zip(headings).All(p => IsSeriesHeading(p.Second) && (p.First['v'] is null || p.Second['v'] is not null));
        var tracedSoFar = 0;
        for (var i = 0; i < statements.Count; i++)
        {
            Use(statements[i]);
            if (statements[i].Indicator1 != '1') continue;
            var nth = tracedSoFar++;   // by place, not by value: two traced 490s can be equal fields
            if (!paired) continue;
            var heading = Use(headings[nth])!;
            var number = Clean(heading['v']);
            series[i] = series[i] with { Heading = _clean(heading['a']!), HeadingNumber = number == series[i].Number ? null : number };  // row: 490 1# + 830 $a $v -> series heading
        }

        return [.. series];
    }

    // An 830 whose heading the hub holds: one $a, at most one $v, besides them only identifiers ($0 $1 authority, $w
    // control number, $x ISSN) and the 880 link $6, which are not kept (as for 490); no part, version or date subfields.
    private static bool IsSeriesHeading(DataField f) =>
        f.Indicator1 == ' ' && f.Subfields.Count(s => s.Code == 'a') == 1 && f.Subfields.Count(s => s.Code == 'v') <= 1
        && f.Subfields.All(s => s.Code is 'a' or 'v' or '0' or '1' or 'w' or 'x' or '6');

    private string? Clean(string? s) => s is null ? null : _clean(s);

    private DataField? Use(DataField? f)
    {
        if (f is not null) _used.Add(f);
        return f;
    }
}
