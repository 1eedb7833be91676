namespace Exporter.Formats.Common.Text;

/// <summary>
/// A rights statement (<see cref="Model.CatalogRecord.Rights"/>) is a URI or a text, and every format decides the same
/// way: MARC 540 $u or $a, Dublin Core's URI scheme, schema.org <c>license</c> or <c>copyrightNotice</c>, a link or
/// plain text on the published page.
/// </summary>
internal static class RightsText
{
    private static readonly System.Buffers.SearchValues<char> NotInUri = System.Buffers.SearchValues.Create(" \t\r\n<>\"");

    /// <summary>True for an absolute http(s) URI without white space ("http://rightsstatements.org/vocab/CNE/1.0/").</summary>
    public static bool IsUri(string statement) =>
        (statement.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || statement.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && !statement.AsSpan().ContainsAny(NotInUri) && Uri.TryCreate(statement, UriKind.Absolute, out _);

    /// <summary>True for a Creative Commons licence (not a public-domain mark or dedication): DCMI's <c>dcterms:license</c>.</summary>
    public static bool IsLicence(string statement) =>
        IsUri(statement) && statement.Contains("creativecommons.org/licenses/", StringComparison.OrdinalIgnoreCase);
}
