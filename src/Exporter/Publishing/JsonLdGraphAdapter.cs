using System.Text;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Publishing;

/// <summary>
/// The one place publishing gets a record's schema.org graph: the registered <c>jsonld</c> format's own encoder,
/// writing the record as a whole JSON-LD document, so the page embeds exactly the graph <c>--to jsonld</c> gives
/// for that record (and the <c>.jsonld</c> alternate is the same bytes). When the linked-data writers become one
/// per-record formatter, only this adapter changes.
/// </summary>
internal sealed class JsonLdGraphAdapter
{
    /// <summary>The format name the graph is taken from.</summary>
    public const string FormatName = "jsonld";

    private readonly RecordDocumentEncoder _document;

    public JsonLdGraphAdapter(FormatRegistry registry, WriteOptions options)
    {
        var format = registry.Get(FormatName);
        _document = new RecordDocumentEncoder(format, format.CreateEncoder(options));
    }

    private JsonLdGraphAdapter(RecordDocumentEncoder document) => _document = document;

    /// <summary>The JSON-LD format (its media type and extension name the alternate).</summary>
    public IRecordFormat Format => _document.Format;

    /// <summary>A copy for one worker thread.</summary>
    public JsonLdGraphAdapter ForWorker() => new(_document.ForWorker());

    /// <summary>The record as a JSON-LD document (UTF-8).</summary>
    public byte[] Document(ReadResult record, IDiagnostics diagnostics) => _document.Encode(record, diagnostics);

    /// <summary>
    /// The document as the text of a <c>&lt;script type="application/ld+json"&gt;</c> element: every '&lt;' written
    /// as the JSON escape <c>\u003c</c>, so no string in it can end the script (<c>&lt;/script</c>) or open a comment
    /// (<c>&lt;!--</c>); a '&lt;' can only stand inside a JSON string, where the escape means the same character.
    /// </summary>
    public static string ScriptText(byte[] document) =>
        Encoding.UTF8.GetString(document).Replace("<", "\\u003c", StringComparison.Ordinal).TrimEnd('\n');
}
