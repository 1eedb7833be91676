namespace Exporter.Formats.DublinCore;

/// <summary>
/// The document a Dublin Core writer produces. Writers stream, so they cannot know in advance how many records
/// will come: the choice is the caller's and never depends on the record count.
/// </summary>
public enum DcContainer
{
    /// <summary>
    /// Any number of records (0..n) in one well-known envelope: an OAI-PMH <c>ListRecords</c> response for
    /// oai_dc, a <c>qdcc:collection</c> of DCMI <c>&lt;qualifieddc&gt;</c> elements for qualified DC. The default.
    /// </summary>
    Collection,

    /// <summary>
    /// Exactly one record as the document root (<c>&lt;oai_dc:dc&gt;</c> or <c>&lt;qualifieddc&gt;</c>); zero records
    /// give an empty root, a second record is refused.
    /// </summary>
    SingleRecord,
}
