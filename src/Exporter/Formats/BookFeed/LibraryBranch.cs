namespace Exporter.Formats.BookFeed;

/// <summary>
/// A member of the library system in Google's Library feed: a <c>Library</c> with a physical address (a branch).
/// <see cref="Id"/> is its <c>@id</c>, an absolute http(s) URL; the address parts are the <c>PostalAddress</c>
/// properties of its <c>location</c>, as many as apply (at least one), <see cref="AddressCountry"/> an ISO 3166-1
/// alpha-2 code.
/// </summary>
public sealed record LibraryBranch(string Id, string Name)
{
    /// <summary>The street address ("710 W. César Chávez St.").</summary>
    public string? StreetAddress { get; init; }

    /// <summary>The locality, e.g. the city.</summary>
    public string? AddressLocality { get; init; }

    /// <summary>The region, e.g. the state ("TX").</summary>
    public string? AddressRegion { get; init; }

    /// <summary>The postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>The country, an ISO 3166-1 alpha-2 code ("US").</summary>
    public string? AddressCountry { get; init; }
}
