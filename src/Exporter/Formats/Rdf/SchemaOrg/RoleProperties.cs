using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// Contributor roles that schema.org names as properties (some only on one class: illustrator on Book, director on
/// VideoObject); any other role goes through a <c>bf:contribution</c> node. Roles are written, and read back, in
/// this order.
/// </summary>
internal static class RoleProperties
{
    public static readonly (string Role, string Property, string? OnlyOn)[] Direct =
    [
        (ContributorRoles.Author, "author", null), (ContributorRoles.Editor, "editor", null),
        (ContributorRoles.Translator, "translator", null), (ContributorRoles.Illustrator, "illustrator", "Book"),
        (ContributorRoles.Contributor, "contributor", null), (ContributorRoles.Creator, "creator", null),
        (ContributorRoles.Director, "director", "VideoObject"), ("producer", "producer", null),
    ];

    /// <summary>The schema.org property for <paramref name="role"/> on a node of <paramref name="schemaClass"/>, or
    /// null when schema.org has none there (illustrator is Book's, director is VideoObject's).</summary>
    public static string? PropertyFor(string role, string schemaClass)
    {
        var direct = Array.Find(Direct, d => d.Role == role);
        return direct.Property is not null && (direct.OnlyOn is null || direct.OnlyOn == schemaClass) ? direct.Property : null;
    }

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
