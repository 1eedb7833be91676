namespace Exporter.Formats.Common;

/// <summary>
/// One record element cut from an XML document by <see cref="XmlRecordFramer"/>: its raw bytes, where they start, the
/// namespaces the envelope declares around it (for parsing the bytes alone), and what framing noticed.
/// </summary>
internal sealed record XmlFramedRecord(long Offset, byte[] Bytes, int Line, IReadOnlyDictionary<string, string> Namespaces)
{
    /// <summary>Why the element did not end as XML says (it is then not well-formed), or null.</summary>
    public string? Damage { get; init; }

    /// <summary>The XML declaration's encoding name, or null (UTF-8).</summary>
    public string? EncodingName { get; init; }

    /// <summary>
    /// True for the stop of an input that cannot be framed on (a DTD, UTF-16 input): <see cref="Bytes"/> are the rest
    /// of the input from <see cref="Offset"/>, and no record follows.
    /// </summary>
    public bool StopsReading { get; init; }
}
