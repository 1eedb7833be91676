using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>A record the reader could not take, with its XML text (namespaces in scope declared on its root).</summary>
/// <param name="RecordIndex">0-based index among the records found in the input.</param>
/// <param name="RawXml">The record element's XML (an OAI-PMH <c>record</c>, or the DC container element).</param>
/// <param name="Reason">The error diagnostic that rejected it.</param>
public sealed record RejectedDcRecord(long RecordIndex, string RawXml, Diagnostic Reason);
