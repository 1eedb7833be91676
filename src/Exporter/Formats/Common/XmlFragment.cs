using System.Text;
using System.Xml;

namespace Exporter.Formats.Common;

/// <summary>Opens a framed record's bytes as XML on its own, with the namespaces its envelope declared (no DTD, no external entities).</summary>
internal static class XmlFragment
{
    /// <summary>An XML reader over the record's bytes, positioned before its element.</summary>
    public static XmlReader Open(XmlFramedRecord record, bool ignoreWhitespace = false)
    {
        var names = new NameTable();
        var scope = new XmlNamespaceManager(names);
        foreach (var (prefix, uri) in record.Namespaces)
        {
            if (prefix is "xml" or "xmlns") continue;
            scope.AddNamespace(prefix, uri);
        }

        var context = new XmlParserContext(names, scope, null, XmlSpace.None, EncodingOf(record.EncodingName));
        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = ignoreWhitespace,
            CheckCharacters = true,
            MaxCharactersFromEntities = 1024,
            NameTable = names,
        };
        return XmlReader.Create(new MemoryStream(record.Bytes, writable: false), settings, context);
    }

    private static Encoding EncodingOf(string? name)
    {
        if (name is null) return new UTF8Encoding(false);
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return new UTF8Encoding(false);
        }
    }
}
