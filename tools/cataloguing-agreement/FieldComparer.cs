using Exporter.Formats.Marc.Model;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// Compares an original record with the MARC made from its catalog page, class by class (issue #13). Only what the
/// original has is checked; a fact the catalog-text layout cannot carry is a <see cref="CheckOutcome.NotStated"/>
/// check, listed but not counted. Each rule below names the fields and subfields it checks.
/// </summary>
public static class FieldComparer
{
    /// <summary>Subject tags checked (653 keywords too; 648 has no kind on the page: not stated).</summary>
    public static readonly string[] SubjectTags = ["600", "610", "611", "630", "648", "650", "651", "653", "655"];

    /// <summary>Subfields of a subject heading the page line can carry: the heading's text and its subdivisions.</summary>
    private const string SubjectText = "abcdqntvxyz";

    private const string NameParts = "abcdqn";

    public static List<FieldCheck> Compare(MarcRecord original, MarcRecord result, string record)
    {
        var checks = new List<FieldCheck>();
        void Add(string cls, string aspect, CheckOutcome outcome, string o, string r) => checks.Add(new FieldCheck(cls, aspect, outcome, o, r) { Record = record });
        void Same(string cls, string aspect, string o, string r) => Add(cls, aspect, o == r ? CheckOutcome.Agree : CheckOutcome.Disagree, o, r);
        void NotStated(string cls, string aspect, string o) => Add(cls, aspect, CheckOutcome.NotStated, o, "");
        void NotValid(string cls, string aspect, string o, string r) => Add(cls, aspect, CheckOutcome.OriginalNotValid, o, r);

        Subjects(original, result, Add, NotStated);
        Fixed(original, result, Add);
        Extent(original, result, Same, NotStated);
        Title(original, result, Same, NotStated, NotValid);
        MainEntry(original, result, Same, NotStated, NotValid);
        if (original.DataFields("250").FirstOrDefault() is DataField ed)
        {
            var r = result.DataFields("250").FirstOrDefault();
            ByCode(AgreementClasses.Edition250, ed, r, "a", Same, NotStated);
        }

        Publication(original, result, Same, NotStated);
        Isbns(original, result, Same, NotStated);
        if (original.DataFields("010").FirstOrDefault() is DataField lccn && lccn['a'] is string a010)
        {
            Same(AgreementClasses.Lccn010, "$a", AgreementNormalizer.Number(a010), AgreementNormalizer.Number(result.DataFields("010").FirstOrDefault()?['a']));
        }

        Languages(original, result, Same, NotStated);
        foreach (var f in original.DataFields("040")) NotStated(AgreementClasses.Source040, "040", Show(f));
        LanguageNote(original, result, Same, NotStated);
        Notes(original, result, "505", AgreementClasses.Contents505, Same, NotStated);
        Notes(original, result, "520", AgreementClasses.Summary520, Same, NotStated);
        Series(original, result, Same, NotStated, NotValid);
        return checks;
    }

    /// <summary>
    /// 6XX: one check per original subject field. It agrees when the page's MARC has a field with the same text whose
    /// tag, name-type indicator (600/610/611), thesaurus (ind2, $2) and the code and value of every text subfield
    /// ($a-$d $q $n $t $v $x $y $z) are the original's. Other subfields ($0 $1 $4 $e ...) are not stated by the page.
    /// </summary>
    private static void Subjects(MarcRecord original, MarcRecord result, Action<string, string, CheckOutcome, string, string> add, Action<string, string, string> notStated)
    {
        var pool = result.DataFields(SubjectTags).ToList();

        // $v (form subdivision) was defined in 1995; a record that codes no subdivision $v codes form subdivisions $x
        // as before. Which convention the cataloguer followed is not on the page: our $v is compared as $x there.
        var formAsGeneral = !original.DataFields(SubjectTags).Any(f => f.Subfields.Any(s => s.Code == 'v'));
        foreach (var f in original.DataFields(SubjectTags))
        {
            if (f.Tag == "648")
            {
                notStated(AgreementClasses.Subjects, "648", Show(f));
                continue;
            }

            foreach (var s in f.Subfields.Where(s => !SubjectText.Contains(s.Code) && s.Code != '2'))
            {
                notStated(AgreementClasses.Subjects, f.Tag + " $" + s.Code, s.Value);
            }

            var key = SubjectKey(f);
            var match = pool.FirstOrDefault(r => SubjectKey(r) == key);
            if (match is not null) pool.Remove(match);
            var o = SubjectCoding(f);
            var r = match is null ? "(none)" : SubjectCoding(match, formAsGeneral);
            add(AgreementClasses.Subjects, f.Tag, !OriginalSubjectField.Valid(f) ? CheckOutcome.OriginalNotValid : o == r ? CheckOutcome.Agree : CheckOutcome.Disagree, o, r);
        }
    }

    /// <summary>
    /// What a subject field says, as compared: tag, indicators that the page states, text subfields, $2. A source
    /// code in $2 that a second indicator value names (Subject Heading and Term Source Codes: lcsh 0, lcshac 1, mesh 2,
    /// nal 3, cash 5, rvm 6) is compared as that indicator: <c>655 _7 $2 lcsh</c> and <c>655 _0</c> say the same.
    /// With <paramref name="formAsGeneral"/>, $v is compared as $x (a record coded before $v, see <see cref="Subjects"/>).
    /// </summary>
    public static string SubjectCoding(DataField f, bool formAsGeneral = false)
    {
        var ind1 = f.Tag is "600" or "610" or "611" ? Ind(f.Indicator1) : '_';
        var ind2 = f.Tag == "653" ? '_' : f.Indicator2 == ' ' ? '4' : f.Indicator2;  // blank, undefined for 6XX, is read as 4 "source not specified"
        var source = ind2 == '7' ? SourceIndicator(f['2']) : null;
        var parts = f.Subfields.Where(s => SubjectText.Contains(s.Code) || (s.Code == '2' && ind2 == '7' && source is null))
            .Select(s => "$" + (formAsGeneral && s.Code == 'v' ? 'x' : s.Code) + " " + AgreementNormalizer.Value(s.Value));
        return f.Tag + " " + ind1 + (source ?? ind2) + " " + string.Join(" ", parts);
    }

    private static char? SourceIndicator(string? code) => code?.Trim().TrimEnd('.').ToLowerInvariant() switch
    {
        "lcsh" => '0', "lcshac" => '1', "mesh" => '2', "nal" => '3', "cash" => '5', "rvm" => '6', _ => null,
    };

    private static string SubjectKey(DataField f) => AgreementNormalizer.MatchKey(f.Subfields.Where(s => SubjectText.Contains(s.Code)).Select(s => s.Value));

    /// <summary>
    /// 008/06-14, 008/15-17, 008/35-37: the characters as they are. A position the original does not code, or codes
    /// against MARC 21 (<see cref="OriginalFixedField"/>), is not counted. A place code with no place of publication in
    /// the original (no 260/264 $a) is not stated by the page: the country is then only in 008, and the page has no
    /// label for a country code. Nor is it when the page (our 260/264) states no place while the original's 260/264 $a
    /// does (a 260 the page could not carry, e.g. its subfields broken): the code then rests on a place the page lacks.
    /// </summary>
    private static void Fixed(MarcRecord original, MarcRecord result, Action<string, string, CheckOutcome, string, string> add)
    {
        var o = original.ControlValue("008");
        var r = result.ControlValue("008") ?? "";
        if (o is null) return;
        void Check(string cls, string aspect, string ov, string rv, bool valid) =>
            add(cls, aspect, !valid ? CheckOutcome.OriginalNotValid : ov == rv ? CheckOutcome.Agree : CheckOutcome.Disagree, ov, rv);

        if (o.Length >= 15) Check(AgreementClasses.Dates008, "008/06-14", o[6..15], Slice(r, 6, 9), OriginalFixedField.DatesValid(o[6..15]));
        if (o.Length >= 18)
        {
            var places = original.DataFields("260", "264").SelectMany(f => f.Values('a')).ToList();
            var hasPlace = places.Any(a => a.Any(char.IsLetter));
            var place = o[15..18];
            var pagePlace = result.DataFields("260", "264").SelectMany(f => f.Values('a')).Any(a => a.Any(char.IsLetter));
            if (!hasPlace && OriginalFixedField.PlaceValid(place)) add(AgreementClasses.Place008, "008/15-17 with no 260/264 $a", CheckOutcome.NotStated, place, "");
            else if (!pagePlace && OriginalFixedField.PlaceValid(place)) add(AgreementClasses.Place008, "008/15-17 with no place on the page", CheckOutcome.NotStated, place, Slice(r, 15, 3));
            else Check(AgreementClasses.Place008, "008/15-17", place, Slice(r, 15, 3), OriginalFixedField.PlaceValid(place) && OriginalFixedField.PlaceConsistent(place, places));
        }

        if (o.Length >= 38) Check(AgreementClasses.Language008, "008/35-37", o[35..38], Slice(r, 35, 3), OriginalFixedField.LanguageValid(o[35..38]));
    }

    private static string Slice(string s, int at, int length) => s.Length >= at + length ? s.Substring(at, length) : "";

    /// <summary>300 (the first): $a $b $c $e each as written; other subfields ($3 $f $g) and further 300s are not stated.</summary>
    private static void Extent(MarcRecord original, MarcRecord result, Action<string, string, string, string> same, Action<string, string, string> notStated)
    {
        var fields = original.DataFields("300").ToList();
        if (fields.Count == 0) return;
        ByCode(AgreementClasses.Extent300, fields[0], result.DataFields("300").FirstOrDefault(), "abce", same, notStated);
        foreach (var f in fields.Skip(1)) notStated(AgreementClasses.Extent300, "second 300", Show(f));
    }

    /// <summary>245: ind1 (main entry or not), ind2 (non-filing), $a $b $n $p; $c $h $f $g $k $s are not stated.</summary>
    private static void Title(MarcRecord original, MarcRecord result, Action<string, string, string, string> same, Action<string, string, string> notStated, Action<string, string, string, string> notValid)
    {
        if (original.DataFields("245").FirstOrDefault() is not DataField o) return;
        var r = result.DataFields("245").FirstOrDefault();
        Indicator(AgreementClasses.Title245, o, 1, r?.Indicator1.ToString() ?? "", same, notValid);
        Indicator(AgreementClasses.Title245, o, 2, r?.Indicator2.ToString() ?? "", same, notValid);
        ByCode(AgreementClasses.Title245, o, r, "abcnp", same, notStated);
    }

    /// <summary>
    /// 1XX: the tag (100/110/111), ind1, the name parts $a $b $c $d $q $n and relators $e $4 each as written; 130 and
    /// the other subfields ($0 $1 $t $u ...) are not stated.
    /// </summary>
    private static void MainEntry(MarcRecord original, MarcRecord result, Action<string, string, string, string> same, Action<string, string, string> notStated, Action<string, string, string, string> notValid)
    {
        if (original.DataFields("100", "110", "111", "130").FirstOrDefault() is not DataField o) return;
        if (o.Tag == "130")
        {
            notStated(AgreementClasses.MainEntry1XX, "130", Show(o));
            return;
        }

        var r = result.DataFields("100", "110", "111", "130").FirstOrDefault();
        same(AgreementClasses.MainEntry1XX, "tag", o.Tag, r?.Tag ?? "");
        Indicator(AgreementClasses.MainEntry1XX, o, 1, r?.Indicator1.ToString() ?? "", same, notValid);
        ByCode(AgreementClasses.MainEntry1XX, o, r, NameParts + "e4", same, notStated);
    }

    /// <summary>An indicator of the original, compared when MARC 21 defines its value (<see cref="OriginalFixedField.IndicatorValid"/>).</summary>
    private static void Indicator(string cls, DataField o, int which, string r, Action<string, string, string, string> same, Action<string, string, string, string> notValid)
    {
        var value = which == 1 ? o.Indicator1 : o.Indicator2;
        var aspect = "ind" + which;
        if (OriginalFixedField.IndicatorValid(o.Tag, which, value)) same(cls, aspect, value.ToString(), r);
        else notValid(cls, aspect, value.ToString(), r);
    }

    /// <summary>264 _1 (else 260): the first $a $b $c; further places, publishers and dates and $e $f $g are not stated.</summary>
    private static void Publication(MarcRecord original, MarcRecord result, Action<string, string, string, string> same, Action<string, string, string> notStated)
    {
        static DataField? Pick(MarcRecord m) => m.DataFields("264").FirstOrDefault(x => x.Indicator2 == '1') ?? m.DataFields("260").FirstOrDefault();
        if (Pick(original) is not DataField o) return;
        var r = Pick(result);
        foreach (var code in "abc")
        {
            var values = o.Values(code).ToList();
            if (values.Count == 0) continue;
            same(AgreementClasses.Publication264, "$" + code, AgreementNormalizer.Value(values[0]), AgreementNormalizer.Value(r?[code]));
            foreach (var v in values.Skip(1)) notStated(AgreementClasses.Publication264, "second $" + code, v);
        }

        foreach (var s in o.Subfields.Where(s => s.Code is not ('a' or 'b' or 'c'))) notStated(AgreementClasses.Publication264, "$" + s.Code, s.Value);
    }

    /// <summary>
    /// 020: each field matched by its number. "$a" compares the ISBN itself (hyphens and spaces ignored); "qualifier"
    /// compares $q, or a qualifier written in parentheses after the number in $a as older records do; $z $c are not stated.
    /// </summary>
    private static void Isbns(MarcRecord original, MarcRecord result, Action<string, string, string, string> same, Action<string, string, string> notStated)
    {
        var pool = result.DataFields("020").ToList();
        foreach (var o in original.DataFields("020"))
        {
            foreach (var s in o.Subfields.Where(s => s.Code is not ('a' or 'q'))) notStated(AgreementClasses.Isbn020, "$" + s.Code, s.Value);
            if (o['a'] is not string a) continue;
            var digits = IsbnDigits(a);
            var r = pool.FirstOrDefault(x => x['a'] is string ra && IsbnDigits(ra) == digits);
            if (r is not null) pool.Remove(r);
            same(AgreementClasses.Isbn020, "$a", digits, r?['a'] is string rav ? IsbnDigits(rav) : "");
            var q = Qualifier(o);
            if (q.Length > 0) same(AgreementClasses.Isbn020, "qualifier", q, r is null ? "" : Qualifier(r));
        }
    }

    /// <summary>The ISBN's qualifier: the $q values, or what stands in parentheses after the number in $a.</summary>
    public static string Qualifier(DataField f)
    {
        var q = f.Values('q').Select(AgreementNormalizer.Value).ToList();
        if (q.Count == 0 && f['a'] is string a && a.IndexOf('(', StringComparison.Ordinal) is var open and > 0)
        {
            var inner = a[(open + 1)..].TrimEnd(' ', '.', ':', ';');
            q.Add(AgreementNormalizer.Value(inner.EndsWith(')') ? inner[..^1] : inner));
        }

        return string.Join(" ; ", q);
    }

    public static string IsbnDigits(string s) => new([.. s.TakeWhile(c => c != '(').Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x').Select(char.ToUpperInvariant)]);

    /// <summary>
    /// 041: the language codes of $a in order (packed codes split in threes); ind1 and the other subfields are not
    /// stated, nor the codes of a 041 _7 (ISO 639-3 and other $2 sources; the page states MARC language codes). A 041
    /// with one $a alone is compared with our 041, or with our 008/35-37 when we write no 041.
    /// </summary>
    private static void Languages(MarcRecord original, MarcRecord result, Action<string, string, string, string> same, Action<string, string, string> notStated)
    {
        var fields = original.DataFields("041").ToList();
        if (fields.Count == 0) return;
        foreach (var f in fields.Where(f => f.Indicator2 == '7')) notStated(AgreementClasses.Language041, "$a of 041 _7 (codes of the $2 source)", Show(f));
        fields = [.. fields.Where(f => f.Indicator2 != '7')];
        var o = Codes(fields);
        var r = Codes(result.DataFields("041").Where(f => f.Indicator2 != '7'));

        // One language and nothing else: that is what 008/35-37 says, and MARC 21 uses 041 only when 008/35-37 cannot
        // say it all (several languages, a translation). A record with no 041 then says its language in 008/35-37.
        var alone = o.Length == 3 && fields.All(f => f.Subfields.All(s => s.Code == 'a'));
        if (alone && r.Length == 0 && result.ControlValue("008") is { Length: >= 38 } r008) r = r008[35..38];
        if (o.Length > 0) same(AgreementClasses.Language041, "$a", o, r);

        // $h: the languages a translation was made from ("Translated From" on the page), in order, each once.
        var oh = string.Join(" ", Codes(fields, 'h').Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct());
        if (oh.Length > 0) same(AgreementClasses.Language041, "$h", oh, Codes(result.DataFields("041").Where(f => f.Indicator2 != '7'), 'h'));
        notStated(AgreementClasses.Language041, "ind1", fields[0].Indicator1.ToString());
        foreach (var s in fields.SelectMany(f => f.Subfields).Where(s => s.Code is not ('a' or 'h'))) notStated(AgreementClasses.Language041, "$" + s.Code, s.Value);
    }

    private static string Codes(IEnumerable<DataField> fields, char code = 'a') =>
        string.Join(" ", fields.SelectMany(f => f.Values(code)).Select(v => v.Trim('(', ')', ' ')).SelectMany(v => Enumerable.Range(0, v.Trim().Length / 3).Select(i => v.Trim().Substring(i * 3, 3))));

    /// <summary>505 and 520: what all the fields say together (letters and digits), and ind1; coding ($t $r $g, ind2) is not stated.</summary>
    private static void Notes(MarcRecord original, MarcRecord result, string tag, string cls, Action<string, string, string, string> same, Action<string, string, string> notStated)
    {
        var fields = original.DataFields(tag).ToList();
        if (fields.Count == 0) return;
        var texts = result.DataFields(tag).ToList();
        same(cls, "text", NoteText(fields), NoteText(texts));
        if (tag == "520") same(cls, "ind1", fields[0].Indicator1.ToString(), texts.FirstOrDefault()?.Indicator1.ToString() ?? "");
        else notStated(cls, "ind1", fields[0].Indicator1.ToString());
        if (tag == "505" && fields[0].Indicator2 == '0') notStated(cls, "enhanced coding ($t $r $g)", Show(fields[0]));
        foreach (var s in fields.SelectMany(f => f.Subfields).Where(s => s.Code is 'u' or 'c' or '3')) notStated(cls, "$" + s.Code, s.Value);
    }

    private static string NoteText(IEnumerable<DataField> fields) =>
        AgreementNormalizer.Text(fields.SelectMany(f => f.Subfields).Where(s => s.Code is 'a' or 'b' or 'g' or 'r' or 't').Select(s => s.Value));

    /// <summary>490: $a and $v of each field, in order; ind1 (traced), $x and 830 are not stated.</summary>
    private static void Series(MarcRecord original, MarcRecord result, Action<string, string, string, string> same, Action<string, string, string> notStated, Action<string, string, string, string> notValid)
    {
        // A series traced in 800/810/811 (a name and title) has no label on the page: its tracing is not stated.
        var tracedByName = original.DataFields("800", "810", "811").Any();
        var anyTracing = tracedByName || original.DataFields("830").Any();
        var results = result.DataFields("490").ToList();
        var i = 0;
        foreach (var o in original.DataFields("490"))
        {
            var r = i < results.Count ? results[i] : null;
            i++;
            ByCode(AgreementClasses.Series490, o, r, "av", same, notStated);
            var ind1 = r?.Indicator1.ToString() ?? "";
            // MARC 21 490 ind1: 0 "Series not traced", 1 "Series traced" (in an 8XX of the record); anything else, or
            // a 1 with no 8XX in the record, is no coding a page could be held to.
            if (o.Indicator1 is not ('0' or '1') || o.Indicator1 == '1' && !anyTracing) notValid(AgreementClasses.Series490, "490 ind1", o.Indicator1.ToString(), ind1);
            else if (tracedByName) notStated(AgreementClasses.Series490, "490 ind1", o.Indicator1.ToString());
            else same(AgreementClasses.Series490, "490 ind1", o.Indicator1.ToString(), ind1);
        }

        var headings = result.DataFields("830").ToList();
        var n = 0;
        foreach (var o in original.DataFields("830"))
        {
            // "Series Heading" states an 830's title; its number is the series statement's, its other subfields none.
            var r = n < headings.Count ? headings[n] : null;
            n++;
            var ind2 = r?.Indicator2.ToString() ?? "";
            if (char.IsAsciiDigit(o.Indicator2)) same(AgreementClasses.Series490, "830 ind2", o.Indicator2.ToString(), ind2);
            else notValid(AgreementClasses.Series490, "830 ind2", o.Indicator2.ToString(), ind2);               // 830 ind2: nonfiling characters 0-9
            ByCode(AgreementClasses.Series490, o, r, "av", same, notStated);
        }

        foreach (var f in original.DataFields("800", "810", "811")) notStated(AgreementClasses.Series490, f.Tag, Show(f));
    }

    /// <summary>546: the first note's $a ("Language Note" on the page); further 546s and other subfields are not stated.</summary>
    private static void LanguageNote(MarcRecord original, MarcRecord result, Action<string, string, string, string> same, Action<string, string, string> notStated)
    {
        var first = true;
        foreach (var o in original.DataFields("546"))
        {
            if (!first || o.Indicator1 != ' ' || o.Indicator2 != ' ' || o.Subfields is not [{ Code: 'a' }])
            {
                notStated(AgreementClasses.LanguageNote546, "546", Show(o));
                continue;
            }

            first = false;
            var r = result.DataFields("546").FirstOrDefault();
            ByCode(AgreementClasses.LanguageNote546, o, r, "a", same, notStated);
        }
    }

    /// <summary>
    /// One check per occurrence of each code in <paramref name="codes"/> (the n-th $a against the n-th $a); every
    /// other subfield is not stated.
    /// </summary>
    private static void ByCode(string cls, DataField o, DataField? r, string codes, Action<string, string, string, string> same, Action<string, string, string> notStated)
    {
        foreach (var code in codes)
        {
            var ov = o.Values(code).ToList();
            var rv = r?.Values(code).ToList() ?? [];
            for (var n = 0; n < ov.Count; n++)
            {
                same(cls, "$" + code, AgreementNormalizer.Value(ov[n]), n < rv.Count ? AgreementNormalizer.Value(rv[n]) : "");
            }
        }

        foreach (var s in o.Subfields.Where(s => !codes.Contains(s.Code))) notStated(cls, "$" + s.Code, s.Value);
    }

    /// <summary>A field as one line ("650 _0 $a ... $x ...").</summary>
    public static string Show(DataField f) =>
        f.Tag + " " + Ind(f.Indicator1) + Ind(f.Indicator2) + " " + string.Join(" ", f.Subfields.Select(s => "$" + s.Code + " " + s.Value));

    private static char Ind(char c) => c == ' ' ? '_' : c;
}
