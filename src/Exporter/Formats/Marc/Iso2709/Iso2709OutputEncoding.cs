namespace Exporter.Formats.Marc.Iso2709;

/// <summary>The character encoding the ISO 2709 writer uses.</summary>
public enum Iso2709OutputEncoding
{
    /// <summary>UTF-8, leader/09 'a' (default).</summary>
    Utf8,

    /// <summary>MARC-8, leader/09 blank (characters MARC-8 lacks become &amp;#xXXXX; references).</summary>
    Marc8,
}
