using System.Xml;
using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Passes an <see cref="XmlReader"/> through, throwing <see cref="XmlNestingLimitException"/> when elements nest deeper than a
/// limit. <see cref="System.Xml.Linq.XElement.Load(XmlReader, System.Xml.Linq.LoadOptions)"/> checks ancestors on
/// every add, so thousands of nested elements cost seconds (quadratic): the limit keeps a hostile record cheap.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, int maxDepth, string optionName = "DublinCoreReaderOptions.MaxNesting") : XmlReader, IXmlLineInfo, IXmlNamespaceResolver
{
    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override string Value => inner.Value;

    public int LineNumber => (inner as IXmlLineInfo)?.LineNumber ?? 0;

    public int LinePosition => (inner as IXmlLineInfo)?.LinePosition ?? 0;

    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

    public override bool Read()
    {
        if (!inner.Read()) return false;
        if (inner.NodeType == XmlNodeType.Element && inner.Depth > maxDepth)
            throw new XmlNestingLimitException($"elements nest deeper than {maxDepth} levels inside one record", DiagnosticHint.LimitOf("nesting depth", optionName), LineNumber, LinePosition);
        return true;
    }

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    public IDictionary<string, string> GetNamespacesInScope(XmlNamespaceScope scope) =>
        inner is IXmlNamespaceResolver r ? r.GetNamespacesInScope(scope) : new Dictionary<string, string>();

    public string? LookupPrefix(string namespaceName) => inner is IXmlNamespaceResolver r ? r.LookupPrefix(namespaceName) : null;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
