using System.Xml;
using Exporter.Diagnostics;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>Makes the reader's <see cref="RdfParseException"/>s, placed at the XML reader's line and column.</summary>
internal sealed class RdfXmlErrors(string? source)
{
    /// <summary>An error at the node <paramref name="reader"/> is on.</summary>
    public RdfParseException At(XmlReader reader, string code, string message)
    {
        var info = reader as IXmlLineInfo;
        return At(info?.LineNumber ?? 0, info?.LinePosition ?? 0, code, message);
    }

    /// <summary>An error at a known place.</summary>
    public RdfParseException At(int line, int column, string code, string message) =>
        new(new Diagnostic(code, Severity.Error, message) { Line = line > 0 ? line : null, Column = column > 0 ? column : null, Source = source });
}
