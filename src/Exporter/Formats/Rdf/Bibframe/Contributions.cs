using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Contributions of the Work from 100/110/111 (PrimaryContribution) and 700/710/711/720 (ConvSpec-1XX,7XX,8XX-names):
/// the agent (an IRI node <c>#Agent{tag}-{position}</c> with class and label) and its roles. 7XX with a title ($t)
/// are related works, not contributions.
/// </summary>
internal static class Contributions
{
    public static void Map(BibframeGraphContext c)
    {
        foreach (var f in c.Fields("100", "110", "111", "700", "710", "711", "720"))
        {
            if (f['t'] is not null && f.Tag[0] == '7') continue;
            if (AgentNames.Label(f) is null) continue;
            var contribution = c.Node(c.Work, B("contribution"), B("Contribution"));       // row: 1XX/7XX -> bf:contribution
            if (f.Tag[0] == '1') c.Add(contribution, RdfType, B("PrimaryContribution"));      // row: 1XX -> PrimaryContribution
            var agent = c.FieldNode("Agent", f);
            c.Add(contribution, B("agent"), agent);
            AgentNames.Describe(c, agent, f);
            Roles(c, contribution, f);
        }
    }

    /// <summary>Roles: $4 codes or IRIs, else $e ($j for meetings) split on "," "and" "&amp;", else aut for the 1XX of a book, else ctb.</summary>
    private static void Roles(BibframeGraphContext c, BlankNode contribution, DataField f)
    {
        var any = false;
        foreach (var code in f.Values('4'))                                                   // row: $4 -> relators/{code}
        {
            var value = code.Trim().TrimEnd('.');
            if (value.Length == 3) Role(c, contribution, Relators + RecordIdentity.Segment(value.ToLowerInvariant()), null);
            else if (value.Contains("://", StringComparison.Ordinal)) Role(c, contribution, value, null);
            else continue;
            any = true;
        }

        if (any) return;
        foreach (var term in f.Values(f.Tag[1..] == "11" ? 'j' : 'e'))                      // row: $e/$j term -> relators/{code}
        {
            foreach (var part in Split(term))
            {
                var label = BibframeText.Chop(part);
                if (label is null) continue;
                any = true;
                if (RelatorTerms.CodeFor(label) is { } code) Role(c, contribution, Relators + code, label);
                else c.Text(c.Node(contribution, B("role"), B("Role")), RdfsLabel, label);
            }
        }

        if (any) return;
        var leader = c.Record.Leader.Value;
        var book = leader[6] == 'a' && leader[7] is 'm' or 'a';
        Role(c, contribution, Relators + (f.Tag[0] == '1' && book ? "aut" : "ctb"), null); // row: no role -> aut (1XX of a book) or ctb
    }

    private static void Role(BibframeGraphContext c, BlankNode contribution, string iri, string? label) =>
        c.Term(contribution, B("role"), iri, B("Role"), label);

    private static IEnumerable<string> Split(string term)
    {
        foreach (var comma in term.Split(','))
        {
            foreach (var and in comma.Split(" and ", StringSplitOptions.None))
            {
                foreach (var amp in and.Split('&')) yield return amp;
            }
        }
    }
}
