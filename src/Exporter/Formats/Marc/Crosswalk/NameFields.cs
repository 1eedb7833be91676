using System.Collections.Immutable;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// Contributors as 100/110 (main entry) and 700/710 (added entries): <c>$a</c> name as written, <c>$e</c> relator
/// terms, <c>$4</c> relator codes (crosswalks.md 1.4, row "Author").
/// </summary>
internal static class NameFields
{
    public static DataField Write(Contributor c, bool main, MarcPunctuation punctuation)
    {
        var org = c.Kind == AgentKind.Organization;
        var tag = main ? (org ? "110" : "100") : (org ? "710" : "700");
        var meeting = org ? MeetingNameParts.Split(c.Name) : null;
        if (meeting is not null) tag = main ? "111" : "711";                                                      // row: meeting name -> 111/711
        var subs = c.Kind switch
        {
            AgentKind.Person => PersonalNameParts.Split(c.Name),                                                  // row: name -> $a $b $q $c $d
            AgentKind.Organization => meeting ?? CorporateNameParts.Split(c.Name),                                // row: name -> $a $b, meeting $a $n $d $c
            _ => [new Subfield('a', c.Name)],
        };
        var ind1 = c.Kind switch
        {
            AgentKind.Organization when meeting is not null => '2',
            AgentKind.Organization => CorporateNameParts.Indicator1(subs),
            AgentKind.Family => '3',
            _ => subs[0].Value.Contains(", ", StringComparison.Ordinal) ? '1' : '0',
        };
        foreach (var role in c.Roles) subs.Add(new Subfield(meeting is null ? 'e' : 'j', role));             // X11 $e is a subordinate unit, its relator term is $j
        if (punctuation == MarcPunctuation.Isbd)
        {
            var lastText = subs.Count - 1;
            for (var i = 0; i < lastText; i++)
            {
                if (meeting is null && NeedsComma(subs[i + 1])) subs[i] = subs[i] with { Value = Isbd.Before(subs[i].Value, ",") };
            }

            if (meeting is null || !subs[lastText].Value.EndsWith(')')) subs[lastText] = subs[lastText] with { Value = Isbd.Period(subs[lastText].Value) };
        }

        foreach (var role in c.Roles)
        {
            if (ContributorRoles.CodeFor(role) is string code) subs.Add(new Subfield('4', code));
        }

        return new DataField(tag, ind1, ' ', subs.ToImmutableArray());
    }

    /// <summary>ISBD: a comma ends the part before the next one, except before a fuller form, a numeration or a parenthetical.</summary>
    private static bool NeedsComma(Subfield next) => next.Code is not ('q' or 'b') && !(next.Code == 'c' && next.Value.StartsWith('('));

    public static Contributor Read(DataField f, bool main, Func<string, string> clean)
    {
        var kind = f.Tag[1..] is "10" or "11" ? AgentKind.Organization : f.Indicator1 == '3' ? AgentKind.Family : AgentKind.Person;
        var name = Name(f, clean);
        var roles = new List<string>();
        foreach (var e in f.Values('e').Concat(f.Values('j')))
        {
            var term = ContributorRoles.Normalize(e);
            if (term.Length > 0 && !roles.Contains(term)) roles.Add(term);
        }

        foreach (var code in f.Values('4'))
        {
            var c = code.Trim().TrimEnd('.');
            var term = ContributorRoles.TermFor(c) ?? (c.StartsWith("http", StringComparison.Ordinal) ? ContributorRoles.TermFor(c[(c.LastIndexOf('/') + 1)..]) : null) ?? c;
            if (!roles.Contains(term)) roles.Add(term);
        }

        if (roles.Count == 0 && main) roles.Add(ContributorRoles.Author);
        return new Contributor(name, [.. roles], kind);
    }

    /// <summary>The heading's name parts ($a $b $c $q $d) as one string, ISBD commas and periods handled.</summary>
    public static string Name(DataField f, Func<string, string> clean)
    {
        static bool IsNamePart(Subfield s) => s.Code is 'a' or 'b' or 'c' or 'q' or 'd' or 'n';
        var count = 0;
        var only = default(Subfield);
        foreach (var s in f.Subfields)
        {
            if (!IsNamePart(s)) continue;
            count++;
            only = s;
        }

        if (count == 1) return clean(only.Value);
        var corporate = f.Tag[1..] is "10" or "11";
        if (f.Tag[1..] == "11") return MeetingNameParts.Join(f.Subfields.Where(IsNamePart).Select(s => s with { Value = s.Code == 'a' ? clean(s.Value.Trim()) : s.Value.Trim() }).ToList());
        var sb = new System.Text.StringBuilder();
        foreach (var p in f.Subfields)
        {
            if (!IsNamePart(p)) continue;
            var v = clean(p.Value.Trim());
            if (sb.Length > 0 && (p.Code is 'd' || (!corporate && p.Code is 'c' && !v.StartsWith('('))))
            {
                // the dates and a title of a person follow ", " (PersonalNameParts): a comma the record already has is not doubled ("Austen, Jane, $d 1775-1817" unpunctuated by leader/18)
                while (sb.Length > 0 && sb[^1] is ',' or ' ') sb.Length--;
                sb.Append(", ");
            }
            else if (sb.Length > 0 && corporate && p.Code is 'b')
            {
                // a subordinate unit follows ". " (CorporateNameParts)
                while (sb.Length > 0 && sb[^1] is ' ') sb.Length--;
                sb.Append(sb.Length > 0 && sb[^1] == '.' ? " " : ". ");
            }
            else if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(v);
        }

        return sb.ToString();
    }
}
