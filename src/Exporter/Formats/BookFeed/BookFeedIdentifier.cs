namespace Exporter.Formats.BookFeed;

/// <summary>An edition's <c>identifier</c> PropertyValue: <c>propertyID</c> OCLC_NUMBER or LCCN, and the normalized value.</summary>
internal sealed record BookFeedIdentifier(string PropertyId, string Value);
