using Exporter.Model;

namespace Exporter.Formats.BookFeed;

/// <summary>An author or other contributor of the work: <c>Person</c> or <c>Organization</c>, and the name as cataloged.</summary>
internal sealed record BookFeedAgent(string Type, string Name)
{
    /// <summary>The agent of <paramref name="contributor"/>: an <c>Organization</c> for corporate names, else a <c>Person</c>.</summary>
    public static BookFeedAgent Of(Contributor contributor) =>
        new(contributor.Kind == AgentKind.Organization ? "Organization" : "Person", contributor.Name);
}
