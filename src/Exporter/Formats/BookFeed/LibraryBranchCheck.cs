namespace Exporter.Formats.BookFeed;

/// <summary>
/// What Google's Library feed requires of a member (docs/mappings/bookfeed.md, "The Library feed"): an <c>@id</c>
/// (here an absolute http(s) URL), a <c>name</c>, and a <c>location</c> with at least one address part; the country
/// an ISO 3166-1 alpha-2 code.
/// </summary>
internal static class LibraryBranchCheck
{
    /// <summary>What is wrong with <paramref name="branch"/>, or null when the feed can carry it.</summary>
    public static string? Problem(LibraryBranch branch)
    {
        if (!BookFeedFormatOptions.IsHttpUrl(branch.Id ?? "")) return $"its @id must be an absolute http or https URL, not '{branch.Id}'";
        if (string.IsNullOrWhiteSpace(branch.Name)) return $"{branch.Id} has no name";
        if (new[] { branch.StreetAddress, branch.AddressLocality, branch.AddressRegion, branch.PostalCode, branch.AddressCountry }.All(string.IsNullOrWhiteSpace))
            return $"{branch.Id} has no address (its location needs at least one of streetAddress, addressLocality, addressRegion, postalCode, addressCountry)";
        if (branch.AddressCountry is { Length: > 0 } country && !(country.Length == 2 && country.All(char.IsAsciiLetterUpper)))
            return $"{branch.Id}: addressCountry must be an ISO 3166-1 alpha-2 code in capitals (US, DE...), not '{country}'";
        return null;
    }
}
