namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>How the reader treats IRIs in the <c>http://schema.org/</c> namespace.</summary>
public enum SchemaOrgIriHandling
{
    /// <summary>Rewrite <c>http://schema.org/…</c> to <c>https://schema.org/…</c> (default; schema.org says both are the same).</summary>
    NormalizeToHttps,

    /// <summary>Keep IRIs exactly as expanded.</summary>
    Keep,
}
