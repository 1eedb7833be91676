using System.Collections.Immutable;
using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>Hub record to MARC 21 bibliographic record, field by field (docs/mappings/marc21.md).</summary>
internal sealed class MarcRecordComposer(MarcWriteOptions options, TimeProvider clock, IDiagnostics diagnostics)
{
    private const int MaxFieldText = 9000;
    private readonly List<MarcField> _fields = [];
    private bool Isbd => options.Punctuation == MarcPunctuation.Isbd;

    public MarcRecord Compose(CatalogRecord r)
    {
        var now = clock.GetUtcNow();
        var type = ResourceTypeCodes.For(r.ResourceType);
        var sources = r.SourceFields.Where(f => f.Format == SourceFieldCodec.Format).Select(SourceFieldCodec.Decode).OfType<MarcField>().ToList();
        var org = options.OrganizationCode;
        var locals = r.Identifiers.Where(i => i.Type == IdentifierType.Local).ToList();
        var rda = DescriptionConventions.FollowsRda(r);

        if (locals.Count > 0) Control("001", locals[0].Value);                                        // row: Cx Number -> 001
        if (locals.Count > 0 && org is not null) Control("003", org);                                  // row: org code -> 003
        Control("005", LastModifiedText.ToMarc005(r.LastModified ?? now));                             // row: last modified -> 005, else the clock
        if (!sources.Exists(f => f.Tag == "007") && Fixed007.Of(r.ResourceType) is string f007) Control("007", f007);  // row: 007 for online resources, videos, audio discs
        Control("008", Fixed008.Build(r, now, r.ResourceType == ResourceType.Dataset ? 'a' : 'b'));      // row: 008
        foreach (var id in r.Identifiers) Identifier(id, id == (locals.Count > 0 ? locals[0] : null), org);
        if (!sources.Exists(f => f.Tag == "040"))
        {
            var subs = new List<Subfield>();
            if (org is not null) subs.Add(new Subfield('a', org));
            subs.Add(new Subfield('b', "eng"));
            if (rda) subs.Add(new Subfield('e', "rda"));                                            // row: 040 $e rda only for RDA wording
            if (org is not null) subs.Add(new Subfield('c', org));
            Data("040", ' ', ' ', [.. subs]);                                                          // row: 040
        }

        if (r.Languages.Length > 1 || r.TranslatedFrom.Length > 0)                                    // row: languages -> 041 (ind1 1 and $h for a translation)
        {
            Data("041", r.TranslatedFrom.Length > 0 ? '1' : '0', ' ', [.. r.Languages.Select(l => new Subfield('a', l)), .. r.TranslatedFrom.Select(l => new Subfield('h', l))]);
        }
        var hasMain = MainEntry.FirstIsMain(r);                                                       // row: contributors -> 1XX (creator roles)
        for (var i = 0; i < r.Contributors.Length; i++) _fields.Add(NameFields.Write(r.Contributors[i], hasMain && i == 0, options.Punctuation));
        Title(r, hasMain);
        if (r.Edition is not null) Data("250", ' ', ' ', new Subfield('a', Isbd ? global::Exporter.Formats.Marc.Crosswalk.Isbd.Period(r.Edition) : r.Edition));
        Publication(r);
        Extent(r.Extent);
        Data("336", ' ', ' ', new Subfield('a', type.Content), new Subfield('b', type.ContentCode), new Subfield('2', "rdacontent"));
        Data("337", ' ', ' ', new Subfield('a', type.Media), new Subfield('b', type.MediaCode), new Subfield('2', "rdamedia"));
        Data("338", ' ', ' ', new Subfield('a', type.Carrier), new Subfield('b', type.CarrierCode), new Subfield('2', "rdacarrier"));
        foreach (var s in r.Series) Series(s, r);

        if (r.LanguageNote is not null) Data("546", ' ', ' ', new Subfield('a', Isbd ? global::Exporter.Formats.Marc.Crosswalk.Isbd.Period(r.LanguageNote) : r.LanguageNote)); // row: language note -> 546 $a

        if (r.FirstPublished is int first && first != r.YearPublished) Note("Originally published: " + first.ToString(CultureInfo.InvariantCulture) + ".", true);  // row: first published -> 500 (not the year of this publication itself)
        foreach (var n in r.Notes) Note(n, false);
        if (!r.Contents.IsDefaultOrEmpty) _fields.AddRange(ContentsNote.Write(r.Contents, MaxFieldText));
        var link = 0;
        foreach (var f in SummaryNotes.Write(r, LongText.Split, ref link)) _fields.Add(Isbd ? PeriodOnLast(f, 'a') : f);
        foreach (var rights in r.Rights) Data("540", ' ', ' ', new Subfield(RightsText.IsUri(rights) ? 'u' : 'a', rights)); // row: rights -> 540 $u (URI) or $a (text)
        foreach (var s in r.Subjects) _fields.Add(SubjectFields.Write(s, options.Punctuation));
        if (type.Genre is not null) Data("655", ' ', '7', new Subfield('a', type.Genre), new Subfield('2', type.GenreSource!));
        foreach (var url in r.Identifiers.Where(i => i.Type == IdentifierType.Url))
        {
            Data("856", '4', r.ResourceType is ResourceType.Website or ResourceType.Software or ResourceType.Dataset ? '0' : '2', new Subfield('u', url.Value));
        }

        _fields.AddRange(sources);
        var ordered = _fields.Select((f, i) => (f, i)).OrderBy(x => SortKey(x.f.Tag)).ThenBy(x => x.i).Select(x => x.f);
        var leader = new Leader("00000n" + type.Leader06 + type.Leader07 + " a2200000" + "3" + (Isbd ? rda ? 'i' : 'a' : 'c') + " 4500");  // row: leader/18
        return new MarcRecord(leader, [.. ordered]);
    }

    private void Identifier(Identifier id, bool isFirstLocal, string? org)
    {
        switch (id.Type)
        {
            case IdentifierType.Local when !isFirstLocal:
                Data("035", ' ', ' ', new Subfield('a', org is null ? id.Value : "(" + org + ")" + id.Value));
                break;
            case IdentifierType.Local when org is not null:
                Data("035", ' ', ' ', new Subfield('a', "(" + org + ")" + id.Value));                 // row: Cx Number -> 035 (ORG)
                break;
            case IdentifierType.Lccn:
                Data("010", ' ', ' ', new Subfield('a', LccnStructure.Of(id.Value)));                   // row: LCCN -> 010 $a structure A/B
                break;
            case IdentifierType.Isbn:
                Isbn(id);
                break;
            case IdentifierType.Issn:
                Data("022", ' ', ' ', new Subfield('a', id.Value));
                break;
            case IdentifierType.Doi:
                Data("024", '7', ' ', new Subfield('a', id.Value), new Subfield('2', "doi"));
                break;
            case IdentifierType.Oclc:
                Data("035", ' ', ' ', new Subfield('a', "(OCoLC)" + id.Value));
                break;
        }
    }

    /// <summary>020 $a with the qualifier in $q; an ISBN whose check digit is wrong goes to $z ("Canceled/invalid ISBN"), with a warning.</summary>
    private void Isbn(Identifier id)
    {
        var valid = IsbnCheckDigit.IsValid(id.Value);
        if (!valid)
        {
            diagnostics.Report(new Diagnostic(MarcDiagnosticCodes.IsbnInvalid, Severity.Warning,
                $"ISBN {id.Value} has a wrong check digit or length; written to 020 $z (canceled/invalid ISBN), not $a") { Field = "020", Subfield = "z" });
        }

        var number = new Subfield(valid ? 'a' : 'z', id.Value);                                       // row: ISBN -> 020 $a, invalid -> $z
        Data("020", ' ', ' ', id.Qualifier is null ? [number] : [number, new Subfield('q', id.Qualifier)]);
    }

    private void Title(CatalogRecord r, bool hasMain)
    {
        var ind2 = NonFiling.Indicator(r.Title, r.Languages.IsDefaultOrEmpty ? null : r.Languages[0]);
        var subs = new List<Subfield> { new('a', r.Title) };
        if (r.Subtitle is not null) subs.Add(new Subfield('b', r.Subtitle));
        if (Isbd)
        {
            if (subs.Count > 1) subs[0] = subs[0] with { Value = global::Exporter.Formats.Marc.Crosswalk.Isbd.Before(r.Title, " :") };
            if (r.StatementOfResponsibility is not null) subs[^1] = subs[^1] with { Value = global::Exporter.Formats.Marc.Crosswalk.Isbd.Before(subs[^1].Value, " /") };
        }

        if (r.StatementOfResponsibility is not null) subs.Add(new Subfield('c', r.StatementOfResponsibility));      // row: statement of responsibility -> 245 $c
        if (Isbd) subs[^1] = subs[^1] with { Value = global::Exporter.Formats.Marc.Crosswalk.Isbd.Period(subs[^1].Value) };

        Data("245", hasMain ? '1' : '0', ind2, [.. subs]);                                             // row: Title -> 245
    }

    private void Publication(CatalogRecord r)
    {
        if (r.Place is null && r.Publisher is null && r.YearPublished is null) return;
        var place = r.Place ?? PublicationPlaceholders.Place;
        var publisher = r.Publisher ?? PublicationPlaceholders.Publisher;
        var date = r.DateOfPublication ?? r.YearPublished?.ToString(CultureInfo.InvariantCulture) ?? PublicationPlaceholders.Date;   // row: 264 $c as stated
        if (Isbd)
        {
            place = global::Exporter.Formats.Marc.Crosswalk.Isbd.Before(place, " :");
            publisher = global::Exporter.Formats.Marc.Crosswalk.Isbd.Before(publisher, ",");
            date = global::Exporter.Formats.Marc.Crosswalk.Isbd.Period(date);
        }

        Data("264", ' ', '1', new Subfield('a', place), new Subfield('b', publisher), new Subfield('c', date));  // row: 264 #1
    }

    /// <summary>
    /// 490 $a $v as the resource states the series; a traced series (with a heading) is 490 1# plus 830 #0 $a heading
    /// $v number (MARC 21 490 ind1 `1` "Series traced": the series is traced in an 8XX; 830 ind2 nonfiling characters,
    /// counted on the heading, normally 0: RDA 6.2.1.7 alternative, applied by LC-PCC PS 6.2.1.7, omits initial articles).
    /// </summary>
    private void Series(SeriesStatement s, CatalogRecord r)
    {
        var traced = s.Heading is not null;
        Data("490", traced ? '1' : '0', ' ', SeriesSubfields(s.Title, s.Number, false));                   // row: Series -> 490 0# / 490 1# traced
        if (s.Heading is null) return;
        var ind2 = NonFiling.Indicator(s.Heading, r.Languages.IsDefaultOrEmpty ? null : r.Languages[0]);
        Data("830", ' ', ind2, SeriesSubfields(s.Heading, s.HeadingNumber ?? s.Number, Isbd));            // row: Series heading -> 830 #0 $a $v
    }

    private Subfield[] SeriesSubfields(string title, string? number, bool period)
    {
        var a = number is not null && Isbd ? global::Exporter.Formats.Marc.Crosswalk.Isbd.Before(title, " ;") : title;
        Subfield[] subs = number is null ? [new('a', a)] : [new('a', a), new('v', number)];
        if (period) subs[^1] = subs[^1] with { Value = global::Exporter.Formats.Marc.Crosswalk.Isbd.Period(subs[^1].Value) };
        return subs;
    }

    private void Extent(Extent? extent)
    {
        if (extent is null) return;
        var pages = extent.Pages?.ToString(CultureInfo.InvariantCulture) + " pages";
        if (extent.Text is null)
        {
            if (extent.Pages is not null) Data("300", ' ', ' ', new Subfield('a', pages));             // row: Pages -> 300 "N pages"
            return;
        }

        Data("300", ' ', ' ', ExtentStatement.Split(extent.Text, Isbd));                               // row: Extent -> 300 $a : $b ; $c + $e
        if (extent.Pages is not null && ExtentText.PagesIn(extent.Text) != extent.Pages) Data("300", ' ', ' ', new Subfield('a', pages));
    }

    private void Note(string text, bool generated)
    {
        var pieces = LongText.Split(text, MaxFieldText).ToList();
        var link = pieces.Count > 1 ? "0." + _fields.Count.ToString(CultureInfo.InvariantCulture) + "\\x" : null;
        foreach (var p in pieces)
        {
            var value = Isbd && !generated && p == pieces[^1] ? global::Exporter.Formats.Marc.Crosswalk.Isbd.Period(p) : p;
            Data("500", ' ', ' ', link is null ? [new Subfield('a', value)] : [new Subfield('8', link), new Subfield('a', value)]);
        }
    }

    private static DataField PeriodOnLast(DataField f, char code)
    {
        var subs = f.Subfields.ToBuilder();
        for (var i = subs.Count - 1; i >= 0; i--)
        {
            if (subs[i].Code != code) continue;
            subs[i] = subs[i] with { Value = global::Exporter.Formats.Marc.Crosswalk.Isbd.Period(subs[i].Value) };
            break;
        }

        return f with { Subfields = subs.ToImmutable() };
    }

    private void Control(string tag, string value) => _fields.Add(new ControlField(tag, value));

    private void Data(string tag, char ind1, char ind2, params Subfield[] subfields) => _fields.Add(new DataField(tag, ind1, ind2, ImmutableArray.Create(subfields)));

    /// <summary>
    /// Fields go in ascending tag order, except that subject fields (600-655) and added entries (700-711) each keep
    /// the hub's order as one block, so that the order of subjects and of contributors survives the round trip.
    /// </summary>
    private static int SortKey(string tag)
    {
        if (!int.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return 1000;
        return n switch
        {
            >= 600 and <= 655 when SubjectFields.IsSubjectTag(tag) => 600,
            >= 700 and <= 711 when tag is "700" or "710" or "711" => 700,
            _ => n,
        };
    }
}
