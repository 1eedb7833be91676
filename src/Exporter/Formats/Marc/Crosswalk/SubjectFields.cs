using System.Collections.Frozen;
using System.Collections.Immutable;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// Subjects as 6XX (crosswalks.md 1.4, rows "Subjects"): tag by kind (600 person ... 655 genre, 653 keyword),
/// second indicator or <c>$2</c> by scheme, "--" subdivisions coded $v $x $y $z by <see cref="SubdivisionCode"/>.
/// </summary>
internal static class SubjectFields
{
    private static readonly (SubjectKind Kind, string Tag)[] Tags =
    [
        (SubjectKind.Person, "600"), (SubjectKind.Organization, "610"), (SubjectKind.Meeting, "611"), (SubjectKind.Title, "630"),
        (SubjectKind.Topical, "650"), (SubjectKind.Geographic, "651"), (SubjectKind.Keyword, "653"), (SubjectKind.Genre, "655"),
    ];

    /// <summary>The tags of <see cref="Tags"/>, for a lookup without a delegate per field.</summary>
    private static readonly FrozenSet<string> SubjectTags = Tags.Select(t => t.Tag).ToFrozenSet(StringComparer.Ordinal);

    private static readonly (char Ind2, string Scheme)[] Schemes =
    [
        ('0', "lcsh"), ('1', "cyac"), ('2', "mesh"), ('3', "nal"), ('5', "cash"), ('6', "rvm"),
    ];

    public static bool IsSubjectTag(string tag) => tag.Length == 3 && tag[0] == '6' && SubjectTags.Contains(tag);

    public static DataField Write(Subject s, MarcPunctuation punctuation)
    {
        var tag = Array.Find(Tags, t => t.Kind == s.Kind).Tag;
        if (tag == "653") return new DataField(tag, ' ', ' ', Finish([.. Subdivisions(s.Heading).Select(k => new Subfield('a', k))], punctuation).ToImmutableArray());   // one $a per keyword (653 $a is repeatable)
        var parts = Subdivisions(s.Heading);
        var name = s.Kind switch
        {
            SubjectKind.Person => PersonalNameParts.SplitWithTitle(parts[0]),                       // $a $b $q $c $d, then $t $n
            SubjectKind.Organization => CorporateNameParts.Split(parts[0]),
            SubjectKind.Meeting => MeetingNameParts.Split(parts[0]) ?? [new Subfield('a', parts[0])],
            _ => [new Subfield('a', parts[0])],
        };
        var ind1 = s.Kind switch
        {
            SubjectKind.Person => PersonIndicator1(name[0].Value),
            SubjectKind.Organization => CorporateNameParts.Indicator1(name),                            // jurisdiction 1, else 2
            SubjectKind.Meeting => '2',
            SubjectKind.Title => '0',
            _ => ' ',
        };
        var ind2 = s.Scheme is null ? '4' : Array.Find(Schemes, x => x.Scheme == s.Scheme).Ind2 is var c and not '\0' ? c : '7';
        var subs = name;
        var previous = 'a';
        foreach (var p in parts.Skip(1))
        {
            previous = SubdivisionCode(p, previous);
            subs.Add(new Subfield(previous, p));
        }

        if (punctuation == MarcPunctuation.Isbd)
        {
            for (var i = 1; i < subs.Count; i++)
            {
                if (subs[i].Code == 't') subs[i - 1] = subs[i - 1] with { Value = Isbd.Period(subs[i - 1].Value) };   // "$d 1775-1817. $t Pride and prejudice"
            }
        }

        subs = Finish(subs, punctuation);
        if (ind2 == '7') subs.Add(new Subfield('2', s.Scheme!));
        return new DataField(tag, ind1, ind2, subs.ToImmutableArray());
    }

    public static Subject Read(DataField f, Func<string, string> clean)
    {
        var kind = Array.Find(Tags, t => t.Tag == f.Tag).Kind;
        if (f.Tag == "653") return new Subject(string.Join("--", f.Values('a').Select(clean)), null, SubjectKind.Keyword);
        var scheme = f.Indicator2 == '7' ? f['2']?.Trim().TrimEnd('.') : Array.Find(Schemes, x => x.Ind2 == f.Indicator2).Scheme;   // "$2 gsafd." is gsafd
        var head = kind is SubjectKind.Person or SubjectKind.Organization or SubjectKind.Meeting ? NameAndTitle(f, clean) : clean(f['a'] ?? "");
        System.Text.StringBuilder? heading = null;
        foreach (var s in f.Subfields)
        {
            if (s.Code is 'v' or 'x' or 'y' or 'z') (heading ??= new System.Text.StringBuilder(head)).Append("--").Append(clean(s.Value));   // "--" subdivisions
        }

        return new Subject(heading?.ToString() ?? head, scheme, kind);
    }

    /// <summary>
    /// The first indicator of a 600 (MARC 21 600 first indicator): 3 for a family name ("Austen family", LCSH H 1631),
    /// 1 for a surname first ("Austen, Jane"), else 0 (forename: "Madhva", "Napoleon").
    /// </summary>
    private static char PersonIndicator1(string a) =>
        a.EndsWith(" family", StringComparison.Ordinal) ? '3' : a.Contains(", ", StringComparison.Ordinal) ? '1' : '0';

    /// <summary>
    /// A name heading with the title of a work ($t, with $n and $p after it) as the page writes it: "Austen, Jane,
    /// 1775-1817. Pride and prejudice", "Mahler, Gustav, 1860-1911. Symphonies, no. 4" (the inverse of
    /// <see cref="PersonalNameParts.SplitWithTitle"/>).
    /// </summary>
    private static string NameAndTitle(DataField f, Func<string, string> clean)
    {
        var t = -1;
        for (var i = 0; i < f.Subfields.Length && t < 0; i++) t = f.Subfields[i].Code == 't' ? i : -1;
        if (t < 0) return NameFields.Name(f, clean);
        var sb = new System.Text.StringBuilder(NameFields.Name(f with { Subfields = f.Subfields[..t] }, clean));
        foreach (var p in f.Subfields[t..])
        {
            if (p.Code is not ('t' or 'n' or 'p')) continue;
            var v = clean(p.Value.Trim());
            if (sb.Length > 0) sb.Append(p.Code == 'n' ? ", " : sb[^1] == '.' ? " " : ". ");   // "1775-1817." keeps its one period
            sb.Append(v);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The code of a "--" subdivision (row: Subjects, subdivisions): the term's code in Tables/subdivisions.tsv (mined
    /// from the corpus, LCSH form subdivisions, $y date patterns, geographic names), else <see cref="UnlistedCode"/>.
    /// </summary>
    public static char SubdivisionCode(string term, char previous) => Tables.SubdivisionCodes.CodeOf(term) ?? UnlistedCode(term, previous);

    /// <summary>
    /// The code of a term the table does not list, by rule: $z for a group of countries ("Foreign countries",
    /// "English-speaking countries": LCSH geographic headings, coded $z as subdivisions, SHM H 830), $z for a whole
    /// place of Tables/places.tsv, $z for a proper name right after a $z (SHM H 830, indirect geographic subdivision:
    /// the country or state, then the locality within it: "$z New Jersey $z Bridgeton", "$z China $z Manchuria"),
    /// else $x.
    /// </summary>
    internal static char UnlistedCode(string term, char previous)
    {
        if (term.EndsWith(" countries", StringComparison.Ordinal)) return 'z';
        if (Tables.PlaceCodes.CodeOf(term) is not null && IsPlaceName(term)) return 'z';
        return previous == 'z' && IsProperName(term) ? 'z' : 'x';
    }

    /// <summary>Function words a place name may have in lower case ("Stratford-upon-Avon", "Rio de Janeiro").</summary>
    private static readonly FrozenSet<string> PlaceNameParticles = FrozenSet.ToFrozenSet(
        ["de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las", "el", "of", "and", "the", "on", "upon", "am", "an", "im", "in", "bei", "sur", "en", "y", "e", "et", "van", "von", "aan"],
        StringComparer.Ordinal);

    /// <summary>
    /// Written as a proper name of several words, or of one word with a parenthetical qualifier: no digits, and every
    /// word but the particles of <see cref="PlaceNameParticles"/> capitalized ("Tompkins County", "Hopeh Province",
    /// "Ithaca (N.Y.)"). LCSH topical subdivisions capitalize only their first word ("Social life and customs"), place
    /// names every word; a single word ("Admission", "Ithaca") says nothing either way and stays $x unless listed.
    /// </summary>
    private static bool IsProperName(string term)
    {
        var open = term.IndexOf(" (", StringComparison.Ordinal);
        var name = open > 0 && term.EndsWith(')') ? term[..open] : term;
        if (name.Length == 0 || name.Any(char.IsDigit) || name.IndexOfAny([',', ':', ';', '[']) >= 0) return false;
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || (name.IndexOf(' ', StringComparison.Ordinal) < 0 && name.Length == term.Length)) return false;   // one word alone ("Admission", "Costs") may be a topic
        return char.IsUpper(words[0][0]) && words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || PlaceNameParticles.Contains(w));
    }

    /// <summary>
    /// The heading split at "--"; a third hyphen belongs to the part before ("Afghan War, 2001---Aerial operations"
    /// is "Afghan War, 2001-" and "Aerial operations").
    /// </summary>
    public static List<string> Subdivisions(string heading)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i + 1 < heading.Length; i++)
        {
            if (heading[i] != '-' || heading[i + 1] != '-') continue;
            var at = i;
            while (at + 2 < heading.Length && heading[at + 2] == '-') at++;
            parts.Add(heading[start..at]);
            start = at + 2;
            i = start - 1;
        }

        parts.Add(heading[start..]);
        return parts;
    }

    /// <summary>A term that is a place name as a whole (a known place of publication), not a topic that merely starts with one.</summary>
    private static bool IsPlaceName(string term) => term.IndexOfAny([',', '(', '[', ':', ';']) < 0;

    private static List<Subfield> Finish(List<Subfield> subs, MarcPunctuation punctuation)
    {
        if (punctuation == MarcPunctuation.Isbd && !subs[^1].Value.EndsWith(')') && !subs[^1].Value.EndsWith('-'))
        {
            subs[^1] = subs[^1] with { Value = Isbd.Period(subs[^1].Value) };
        }

        return subs;
    }
}
