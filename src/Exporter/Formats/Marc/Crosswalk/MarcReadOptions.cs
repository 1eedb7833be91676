using Exporter.Formats.Marc.Iso2709;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>MARC-specific reading options (carried in <c>ReadOptions.Formats</c>).</summary>
public sealed record MarcReadOptions
{
    /// <summary>How ISO 2709 bytes are decoded: trust leader/09 (default), detect by content, or force one.</summary>
    public Iso2709Encoding Encoding { get; init; } = Iso2709Encoding.FromLeader;

    /// <summary>The organization whose 035 "(ORG)number" is a local catalog number (besides 001).</summary>
    public string? OrganizationCode { get; init; }
}
