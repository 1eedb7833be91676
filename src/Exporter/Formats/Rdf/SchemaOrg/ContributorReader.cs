using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>Collects the agents linked from an edition (direct role properties and Role nodes) with their roles.</summary>
internal sealed class ContributorReader(GraphIndex g)
{
    public IEnumerable<Contributor> Read(RdfTerm edition, RdfTerm? work)
    {
        var roles = new Dictionary<RdfTerm, List<string>>();
        var order = new List<(RdfTerm Agent, int Seen)>();
        foreach (var (role, property, _) in RoleProperties.Direct)
        {
            foreach (var o in g.Ordered(edition, property))
            {
                if (g.HasType(o, "Role"))
                {
                    var agent = g.Objects(o, property).FirstOrDefault();
                    if (agent is not null) Note(agent, g.Text(o, "roleName") ?? role);
                }
                else
                {
                    Note(o, role);
                }
            }
        }

        foreach (var c in g.Objects(edition, Vocab.Bf + "contribution", true))
        {
            var agent = g.Objects(c, Vocab.Bf + "agent", true).FirstOrDefault();
            if (agent is null) continue;
            var roleNodes = g.Objects(c, Vocab.Bf + "role", true).ToList();
            if (roleNodes.Count == 0) Note(agent, null);
            foreach (var r in roleNodes) Note(agent, RoleTerm(r));
        }

        if (work is not null)
        {
            foreach (var a in g.Ordered(work, "author"))
            {
                if (!roles.ContainsKey(a)) Note(a, ContributorRoles.Author);
            }
        }

        // Agents come back in the order the graph first describes them (our writers describe them in hub order); older
        // output and others' data numbered them (#agent-1, #agent-2), which is kept when every agent has a number.
        var numbered = order.TrueForAll(x => Number(x.Agent) != long.MaxValue);
        foreach (var (agent, _) in order.OrderBy(x => numbered ? Number(x.Agent) : g.Position(x.Agent)).ThenBy(x => x.Seen))
        {
            yield return new Contributor(NameOf(agent), [.. RoleProperties.Ordered(roles[agent])], KindOf(agent));
        }

        void Note(RdfTerm agent, string? role)
        {
            if (!roles.TryGetValue(agent, out var list))
            {
                roles[agent] = list = [];
                order.Add((agent, order.Count));
            }

            if (role is not null && !list.Contains(role)) list.Add(role);
        }
    }

    private string? RoleTerm(RdfTerm role) => role switch
    {
        Iri i when i.Value.StartsWith(Vocab.Relators, StringComparison.Ordinal) => ContributorRoles.TermFor(i.Value[Vocab.Relators.Length..]) ?? i.Value[Vocab.Relators.Length..],
        Literal l => l.Lexical,
        _ => g.Objects(role, Vocab.RdfsLabel, true).OfType<Literal>().Select(l => l.Lexical).FirstOrDefault(),
    };

    private string NameOf(RdfTerm agent)
    {
        if (agent is Literal l) return l.Lexical;
        var family = g.Text(agent, "familyName");
        var given = g.Text(agent, "givenName");
        return family is not null && given is not null ? NameParts.Join(family, given) : g.Text(agent, "name") ?? "";
    }

    private AgentKind KindOf(RdfTerm agent)
    {
        if (g.Objects(agent, "additionalType").OfType<Iri>().Any(i => i.Value == Vocab.Mads + "FamilyName")) return AgentKind.Family;
        return g.HasType(agent, "Organization") ? AgentKind.Organization : AgentKind.Person;
    }

    private static long Number(RdfTerm agent)
    {
        if (agent is not Iri iri) return long.MaxValue;
        var dash = iri.Value.LastIndexOf("#agent-", StringComparison.Ordinal);
        return dash >= 0 && long.TryParse(iri.Value[(dash + 7)..], out var n) ? n : long.MaxValue;
    }
}
