namespace Exporter.Model;

/// <summary>
/// Physical extent. <see cref="Pages"/> is the page count when known; <see cref="Text"/> is the statement as written
/// when it says more than a page count (e.g. "xii, 160 p. : ill."), else null.
/// </summary>
public sealed record Extent(int? Pages, string? Text = null)
{
    /// <summary>The statement for display: the text when given, else "N pages".</summary>
    public string Display => Text ?? (Pages is int p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) + " pages" : "");
}
