using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// Contributor roles that schema.org names as properties; any other role goes through a <c>schema:Role</c> node
/// (<c>contributor [ a Role ; roleName "compiler" ; contributor &lt;#agent-3&gt; ]</c>). Roles are written, and read
/// back, in this order.
/// </summary>
internal static class RoleProperties
{
    public static readonly (string Role, string Property, bool BookOnly)[] Direct =
    [
        (ContributorRoles.Author, "author", false), (ContributorRoles.Editor, "editor", false),
        (ContributorRoles.Translator, "translator", false), (ContributorRoles.Illustrator, "illustrator", true),
        (ContributorRoles.Contributor, "contributor", false), (ContributorRoles.Creator, "creator", false),
    ];

    /// <summary>The roles of a contributor in the order the graph carries them.</summary>
    public static IEnumerable<string> Ordered(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        foreach (var (role, _, _) in Direct)
        {
            if (list.Contains(role)) yield return role;
        }

        foreach (var role in list)
        {
            if (Array.FindIndex(Direct, d => d.Role == role) < 0) yield return role;
        }
    }
}
