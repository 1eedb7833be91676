using System.Xml.Linq;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// A MARC-namespace record element loaded by <see cref="MarcXmlReader"/> but not parsed yet, so that parsing can run
/// on a worker thread while the reader goes on through the document.
/// </summary>
internal sealed record MarcXmlPendingRecord(XElement Element, long Index, int Line, MarcXmlReaderOptions Options) : IPendingMarcRecord
{
    /// <summary>Parses the element (never null: a MARC-namespace record always gives a record or a rejection).</summary>
    public MarcReadResult Parse() =>
        MarcXmlReader.ParseElement(Element, Options, Index) ?? throw new InvalidOperationException("a MARC-namespace record gave no result");
}
