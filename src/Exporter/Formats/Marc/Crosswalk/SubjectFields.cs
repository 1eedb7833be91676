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

    public static bool IsSubjectTag(string tag) => SubjectTags.Contains(tag);

    public static DataField Write(Subject s, MarcPunctuation punctuation)
    {
        var tag = Array.Find(Tags, t => t.Kind == s.Kind).Tag;
        if (tag == "653") return new DataField(tag, ' ', ' ', Finish([new Subfield('a', s.Heading)], punctuation).ToImmutableArray());
        var parts = Subdivisions(s.Heading);
        var name = s.Kind switch
        {
            SubjectKind.Person => PersonalNameParts.Split(parts[0]),
            SubjectKind.Organization => CorporateNameParts.Split(parts[0]),
            _ => [new Subfield('a', parts[0])],
        };
        var ind1 = s.Kind switch
        {
            SubjectKind.Person => name[0].Value.Contains(", ", StringComparison.Ordinal) ? '1' : '0',   // surname first, else forename
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

        subs = Finish(subs, punctuation);
        if (ind2 == '7') subs.Add(new Subfield('2', s.Scheme!));
        return new DataField(tag, ind1, ind2, subs.ToImmutableArray());
    }

    public static Subject Read(DataField f, Func<string, string> clean)
    {
        var kind = Array.Find(Tags, t => t.Tag == f.Tag).Kind;
        if (f.Tag == "653") return new Subject(string.Join("--", f.Values('a').Select(clean)), null, SubjectKind.Keyword);
        var scheme = f.Indicator2 == '7' ? f['2']?.Trim() : Array.Find(Schemes, x => x.Ind2 == f.Indicator2).Scheme;
        var head = kind is SubjectKind.Person or SubjectKind.Organization or SubjectKind.Meeting ? NameFields.Name(f, clean) : clean(f['a'] ?? "");
        var subdivisions = f.Subfields.Where(s => s.Code is 'v' or 'x' or 'y' or 'z').Select(s => clean(s.Value));
        return new Subject(string.Join("--", new[] { head }.Concat(subdivisions)), scheme, kind);
    }

    /// <summary>
    /// The code of a "--" subdivision (row: Subjects, subdivisions): the term's code in Tables/subdivisions.tsv (mined
    /// from the corpus, LCSH form subdivisions, $y date patterns, geographic names), else $z when the whole term is a
    /// place of Tables/places.tsv, else $x.
    /// </summary>
    public static char SubdivisionCode(string term, char previous) =>
        Tables.SubdivisionCodes.CodeOf(term) ?? (Tables.PlaceCodes.CodeOf(term) is not null && IsPlaceName(term) ? 'z' : 'x');

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
