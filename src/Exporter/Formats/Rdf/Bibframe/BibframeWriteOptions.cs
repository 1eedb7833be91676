namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Writer options of the <c>bibframe</c> format (<c>WriteOptions.Formats.Get&lt;BibframeWriteOptions&gt;()</c>).
/// </summary>
public sealed record BibframeWriteOptions
{
    /// <summary>
    /// Writes a <c>bf:Item</c> per holdings or item field (852, 876-878, Koha 952, 945/949, SirsiDynix 999): shelf
    /// mark, sublocation, holder, barcode, public notes (docs/mappings/bibframe.md, Items). Off by default: item data is
    /// local to the library. Staff notes of those fields are written only with <c>WriteOptions.IncludeLocal</c> too.
    /// </summary>
    public bool Items { get; init; }
}
