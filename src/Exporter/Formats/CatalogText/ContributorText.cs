using System.Collections.Immutable;
using Exporter.Model;

namespace Exporter.Formats.CatalogText;

/// <summary>
/// A contributor line: "Serge, Victor" (a person, author) or "Name (qualifiers)" where the qualifiers, separated by
/// "; ", are relator terms ("editor") and at most one kind word ("person", "organization", "family").
/// </summary>
internal static class ContributorText
{
    private static readonly string[] KindWords = ["person", "organization", "family"];

    public static Contributor Parse(string line)
    {
        var text = CatalogTextSyntax.TrimValue(line);
        if (!text.EndsWith(')')) return Contributor.Person(text);   // ContributorQualifiers ends with ')'
        var m = CatalogTextSyntax.ContributorQualifiers().Match(text);
        if (!m.Success) return Contributor.Person(text);
        var kind = AgentKind.Person;
        var explicitKind = false;
        var roles = ImmutableArray.CreateBuilder<string>();
        foreach (var q in HeaderParser.SplitRoles(m.Groups[2].Value))
        {
            var k = Array.IndexOf(KindWords, q);
            if (k >= 0) (kind, explicitKind) = ((AgentKind)k, true);
            else roles.Add(q);
        }

        if (roles.Count == 0 && !explicitKind) roles.Add(ContributorRoles.Author);
        return new Contributor(m.Groups[1].Value, roles.ToImmutable(), kind);
    }

    public static string Format(Contributor c)
    {
        var plainAuthor = c.Kind == AgentKind.Person && c.Roles.Length == 1 && c.Roles[0] == ContributorRoles.Author;
        var nameLooksQualified = CatalogTextSyntax.ContributorQualifiers().IsMatch(c.Name);
        if (plainAuthor && !nameLooksQualified) return c.Name;
        var parts = new List<string>();
        if (c.Kind != AgentKind.Person || c.Roles.IsDefaultOrEmpty) parts.Add(KindWords[(int)c.Kind]);
        if (!c.Roles.IsDefaultOrEmpty) parts.AddRange(c.Roles);
        return c.Name + " (" + string.Join("; ", parts) + ")";
    }
}
