using System.Collections.Immutable;

namespace Exporter.Model;

/// <summary>
/// A person, organization or family responsible for the resource. <see cref="Name"/> is the name as written in the
/// catalog (e.g. inverted "Serge, Victor"); <see cref="Roles"/> are relator terms (see <see cref="ContributorRoles"/>).
/// </summary>
public sealed record Contributor(string Name, ImmutableArray<string> Roles, AgentKind Kind = AgentKind.Person)
{
    /// <summary>A person with one role.</summary>
    public static Contributor Person(string name, string role = ContributorRoles.Author) => new(name, [role]);

    /// <summary>An organization with one role.</summary>
    public static Contributor Organization(string name, string role = ContributorRoles.Author) =>
        new(name, [role], AgentKind.Organization);

    /// <summary>True when one of the roles is "author".</summary>
    public bool IsAuthor => Roles.Contains(ContributorRoles.Author);

    /// <inheritdoc />
    public bool Equals(Contributor? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && RecordEquality.Seq(Roles, other.Roles);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, RecordEquality.SeqHash(Roles));
}
