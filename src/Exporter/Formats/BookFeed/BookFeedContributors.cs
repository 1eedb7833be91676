using System.Collections.Immutable;
using Exporter.Model;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// The other contributors of a work that has no author: Google's spec takes "other contributors as defined in
/// schema.org/Book" in the author's place (docs/mappings/bookfeed.md, Work <c>author</c> row). Each contributor is
/// written under the schema.org Book property of each of its roles, in the order of <see cref="Properties"/>, then
/// catalog order.
/// </summary>
internal static class BookFeedContributors
{
    /// <summary>The properties, in the order the feed writes them.</summary>
    public static readonly ImmutableArray<string> Properties = ["editor", "translator", "illustrator", "contributor"];

    /// <summary>Roles that do not contribute to the book's content: the publisher names the edition's publisher,
    /// the others (honoree, sponsor, degree granting institution) are about the book, not its makers.</summary>
    private static readonly ImmutableArray<string> NotContributors = [ContributorRoles.Publisher, "honoree", "sponsor", "degree granting institution"];

    /// <summary>The schema.org Book property of a role, or null for a role that is not a contributor's.</summary>
    public static string? PropertyFor(string role) => role switch
    {
        ContributorRoles.Editor or "editor of compilation" => "editor",
        ContributorRoles.Translator => "translator",
        ContributorRoles.Illustrator => "illustrator",
        _ when NotContributors.Contains(role) => null,
        _ => "contributor", // compiler, author of introduction, photographer, narrator..., and a name with no role
    };

    /// <summary>The credits of <paramref name="contributors"/>, each agent once per property.</summary>
    public static ImmutableArray<BookFeedCredit> Of(IEnumerable<Contributor> contributors) =>
    [
        .. contributors
            .SelectMany(c => (c.Roles.IsDefaultOrEmpty ? [""] : c.Roles).Select(PropertyFor).OfType<string>().Select(p => new BookFeedCredit(p, BookFeedAgent.Of(c))))
            .Distinct()
            .OrderBy(c => Properties.IndexOf(c.Property)),
    ];
}
