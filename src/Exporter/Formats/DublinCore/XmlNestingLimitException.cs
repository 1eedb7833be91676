using System.Xml;
using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>Thrown by <see cref="DepthLimitedXmlReader"/>: the XML nests deeper than the limit; <see cref="Hint"/>
/// names the limit for the diagnostic the reader makes of it. The message has no "Line 1, position 2." suffix: the
/// diagnostic carries the position.</summary>
internal sealed class XmlNestingLimitException(string message, DiagnosticHint hint, int line, int column)
    : XmlException(message, null, line, column)
{
    public DiagnosticHint Hint { get; } = hint;

    public override string Message { get; } = message;
}
