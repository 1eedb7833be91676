namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>Options of the hub to MARC crosswalk (carried in <c>WriteOptions.Formats</c>).</summary>
public sealed record MarcWriteOptions
{
    /// <summary>
    /// MARC organization code for 003, 035 and 040 (e.g. "CaOTX"). Null (default): none is invented; 003 and 040
    /// $a/$c are left out.
    /// </summary>
    public string? OrganizationCode { get; init; }

    /// <summary>Minimal (default) or ISBD punctuation.</summary>
    public MarcPunctuation Punctuation { get; init; } = MarcPunctuation.Minimal;

    /// <summary>Encoding of ISO 2709 output: UTF-8 (default) or MARC-8.</summary>
    public Iso2709.Iso2709OutputEncoding Encoding { get; init; } = Iso2709.Iso2709OutputEncoding.Utf8;
}
