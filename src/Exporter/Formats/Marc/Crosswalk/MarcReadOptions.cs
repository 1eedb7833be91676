using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>MARC-specific reading options (carried in <c>ReadOptions.Formats</c>).</summary>
public sealed record MarcReadOptions
{
    /// <summary>How ISO 2709 bytes are decoded: trust leader/09 (default), detect by content, or force one.</summary>
    public Iso2709Encoding Encoding { get; init; } = Iso2709Encoding.FromLeader;

    /// <summary>The organization whose 035 "(ORG)number" is a local catalog number (besides 001).</summary>
    public string? OrganizationCode { get; init; }

    /// <summary>
    /// Unicode normalization of the MARC records read: none (default: records pass through to MARC output with their
    /// characters as they are) or NFC, each record it changes reported (MARC0132). The hub is NFC either way.
    /// </summary>
    public UnicodeNormalization Normalization { get; init; } = UnicodeNormalization.None;
}
