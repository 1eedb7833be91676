namespace Exporter.Formats.DublinCore;

/// <summary>Which Dublin Core the crosswalk produces (docs/mappings/dublin-core.md).</summary>
public enum DublinCoreProfile
{
    /// <summary>Simple (unqualified) DC, the 15 <c>dc:</c> elements, no encoding schemes: what <c>oai_dc</c> carries.</summary>
    Simple,

    /// <summary>Qualified DC: <c>dcterms:</c> refinements (abstract, tableOfContents, issued, extent, isPartOf) and encoding schemes.</summary>
    Qualified,
}
