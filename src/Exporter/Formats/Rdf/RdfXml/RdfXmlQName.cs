using System.Text;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>An IRI split into an XML namespace and an NCName local part, with the prefix it is written with (null: not yet declared).</summary>
internal sealed record RdfXmlQName(string Namespace, string LocalName, string? Prefix)
{
    /// <summary>The name as written (<c>prefix:local</c>, or <c>local</c> for the default namespace) in UTF-8, made once; null when the prefix is not declared.</summary>
    public byte[]? Utf8 { get; } = Prefix is null ? null : Encoding.UTF8.GetBytes(Prefix.Length > 0 ? Prefix + ":" + LocalName : LocalName);
}
