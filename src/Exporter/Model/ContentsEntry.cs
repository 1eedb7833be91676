namespace Exporter.Model;

/// <summary>One contents entry: a title and its number as printed ("1"), or null for unnumbered (front/back) matter.</summary>
public sealed record ContentsEntry(string Title, string? Number = null)
{
    /// <summary>True for front/back matter: entries that carry no number.</summary>
    public bool IsUnnumbered => Number is null;
}
